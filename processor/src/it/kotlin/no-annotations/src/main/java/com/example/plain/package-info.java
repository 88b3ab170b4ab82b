/** The same catalog as com.example.codes, compiled without any nullness annotations on the class path. */
@Codebook("/com/example/codes/shop.yaml")
package com.example.plain;

import dev.codebook.Codebook;
