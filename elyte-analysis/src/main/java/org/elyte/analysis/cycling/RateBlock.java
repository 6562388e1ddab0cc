package org.elyte.analysis.cycling;

/**
 * Consecutive cycles at one current.
 *
 * @param firstCycle first cycle number
 * @param lastCycle last cycle number
 * @param count number of cycles
 * @param currentA mean current of the block's cycles, A (magnitude)
 * @param cRate current ÷ 1C capacity, 1/h
 * @param meanCapacityAh mean capacity, A·h
 * @param stdCapacityAh sample standard deviation of the capacity, A·h (NaN for one cycle)
 * @param retentionPercent mean capacity ÷ the first block's, %
 */
public record RateBlock(int firstCycle, int lastCycle, int count, double currentA, double cRate,
                        double meanCapacityAh, double stdCapacityAh, double retentionPercent) {
}
