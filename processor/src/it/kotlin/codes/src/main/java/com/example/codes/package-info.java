/** The shop's codes, generated from the catalog shared with no-annotations. */
@Codebook("/com/example/codes/shop.yaml")
package com.example.codes;

import dev.codebook.Codebook;
