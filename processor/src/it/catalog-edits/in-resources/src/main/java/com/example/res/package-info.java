@Codebook("shop.yaml")
package com.example.res;

import dev.codebook.Codebook;
