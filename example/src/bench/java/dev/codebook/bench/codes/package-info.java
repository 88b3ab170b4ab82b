/**
 * The benchmarks' synthetic catalog: one domain, {@code Big}, of 20,000 codes, written by
 * {@code example/bench/Gen.java} into {@code target/bench/catalog} and found through
 * {@code -Acodebook.root}.
 */
@Codebook("bench.yaml")
package dev.codebook.bench.codes;

import dev.codebook.Codebook;
