/**
 * JMH benchmarks of the impedance pipeline: file reading, CNLS circuit fits (single and batch)
 * and lin-KK. Every benchmark checks in its {@code @Setup} that the code under test reproduces
 * its reference result, so a broken fit cannot report a fast time. Run them from
 * {@code elyte-bench/target/benchmarks.jar}; figures and commands are in the module README.
 */
package org.elyte.bench;
