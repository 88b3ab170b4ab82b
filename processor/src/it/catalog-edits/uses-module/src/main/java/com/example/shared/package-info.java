@Codebook("/codebook/shared.yaml")
package com.example.shared;

import dev.codebook.Codebook;
