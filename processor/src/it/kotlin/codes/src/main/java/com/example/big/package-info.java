/** A domain too large for an enum (prebuild.groovy writes its catalog): the class form and its parts. */
@Codebook("big.yaml")
package com.example.big;

import dev.codebook.Codebook;
