/** Code generated from this module's catalog, for the tests that check it against the seed page. */
@Codebook("/codebook/fusion-auth.yaml")
package dev.codebook.catalog.fusionauth;

import dev.codebook.Codebook;
