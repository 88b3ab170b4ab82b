@Codebook("/codebook/jarred.yaml")
package com.example.jarred;

import dev.codebook.Codebook;
