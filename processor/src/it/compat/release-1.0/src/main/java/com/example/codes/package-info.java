@Codebook("shop.yaml")
package com.example.codes;

import dev.codebook.Codebook;
