package org.elyte.analysis.cycling;

import java.util.Objects;
import java.util.OptionalInt;

import org.elyte.core.error.InvalidInputException;

/**
 * Options of {@link Retention}.
 *
 * @param basis which capacity (default discharge)
 * @param referenceCycle reference cycle number; empty for the first complete cycle (charge and discharge
 *     capacity both positive), or, when no cycle is complete, the first whose capacity is positive
 * @param thresholdPercent end-of-life threshold, % of the reference (default 80)
 * @param failureWindow cycles before a candidate failure whose median is the comparison level (default 5)
 * @param failureDropFraction relative drop below that median that counts as an abrupt failure (default 0.2)
 */
public record RetentionOptions(CapacityBasis basis, OptionalInt referenceCycle, double thresholdPercent,
                               int failureWindow, double failureDropFraction) {
    /**
     * @param basis basis
     * @param referenceCycle reference cycle
     * @param thresholdPercent threshold, % in (0, 100]
     * @param failureWindow window ≥ 1
     * @param failureDropFraction drop in (0, 1)
     * @throws InvalidInputException when a value is out of range
     */
    public RetentionOptions {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(referenceCycle, "referenceCycle");
        if (!(thresholdPercent > 0 && thresholdPercent <= 100)) {
            throw new InvalidInputException("retention threshold must be in (0, 100] %, got " + thresholdPercent);
        }
        if (failureWindow < 1) {
            throw new InvalidInputException("failure window must be at least 1 cycle, got " + failureWindow);
        }
        if (!(failureDropFraction > 0 && failureDropFraction < 1)) {
            throw new InvalidInputException("failure drop fraction must be in (0, 1), got " + failureDropFraction);
        }
    }

    /** @return discharge basis, first complete cycle as reference, 80 %, window 5, drop 0.2 */
    public static RetentionOptions defaults() {
        return new RetentionOptions(CapacityBasis.DISCHARGE, OptionalInt.empty(), 80, 5, 0.2);
    }

    /** @param cycle reference cycle number @return a copy with it */
    public RetentionOptions withReferenceCycle(int cycle) {
        return new RetentionOptions(basis, OptionalInt.of(cycle), thresholdPercent, failureWindow, failureDropFraction);
    }

    /** @param percent threshold, % @return a copy with it */
    public RetentionOptions withThresholdPercent(double percent) {
        return new RetentionOptions(basis, referenceCycle, percent, failureWindow, failureDropFraction);
    }

    /** @param b basis @return a copy with it */
    public RetentionOptions withBasis(CapacityBasis b) {
        return new RetentionOptions(b, referenceCycle, thresholdPercent, failureWindow, failureDropFraction);
    }
}
