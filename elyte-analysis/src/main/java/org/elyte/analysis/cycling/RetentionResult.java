package org.elyte.analysis.cycling;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.elyte.core.provenance.Provenance;

/**
 * Capacity retention against a reference cycle.
 *
 * @param referenceCycle reference cycle number
 * @param referenceCapacityAh its capacity, A·h
 * @param points retention of every cycle from the reference on
 * @param fadePerCyclePercent (100 − retention of the last cycle) ÷ (last − reference cycle), % per cycle
 * @param fadePer100CyclesPercent the same × 100, % per 100 cycles
 * @param cycleBelowThreshold first cycle after the reference whose retention is below the threshold, if any
 * @param failureCycle first cycle of an abrupt failure (criterion in {@link Retention}), if any
 * @param provenance method and options
 */
public record RetentionResult(int referenceCycle, double referenceCapacityAh, List<Point> points,
                              double fadePerCyclePercent, double fadePer100CyclesPercent,
                              OptionalInt cycleBelowThreshold, OptionalInt failureCycle, Provenance provenance) {
    /**
     * @param referenceCycle reference
     * @param referenceCapacityAh capacity, Ah
     * @param points points, copied
     * @param fadePerCyclePercent fade, %/cycle
     * @param fadePer100CyclesPercent fade, %/100 cycles
     * @param cycleBelowThreshold threshold cycle
     * @param failureCycle failure cycle
     * @param provenance provenance
     */
    public RetentionResult {
        points = List.copyOf(points);
        Objects.requireNonNull(cycleBelowThreshold, "cycleBelowThreshold");
        Objects.requireNonNull(failureCycle, "failureCycle");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * One cycle's retention.
     *
     * @param cycle cycle number
     * @param capacityAh capacity, A·h
     * @param retentionPercent capacity ÷ reference capacity, %
     */
    public record Point(int cycle, double capacityAh, double retentionPercent) {
    }
}
