package org.elyte.analysis.cycling;

/**
 * Where a cycle's charge and discharge capacities come from.
 */
public enum CapacitySource {
    /**
     * The instrument's {@code Charging Capacity} and {@code Discharging Capacity} columns when the
     * recording has both, otherwise {@link #INTEGRATED} (default).
     */
    AUTO,
    /**
     * The instrument's capacity columns, required. A column may restart from zero at every step,
     * half cycle or cycle (Neware, EC-Lab, Arbin) or run on: a cycle's capacity is the sum of the
     * column's increases over the cycle's rows, where a fall to less than half of the previous value
     * is read as a restart from zero and a smaller fall as noise (ignored).
     */
    COLUMNS,
    /**
     * ∫I dt by the trapezoidal rule over consecutive rows, split at the zero crossing of the current
     * (linear interpolation) into a charge part (I &gt; 0) and a discharge part (I &lt; 0).
     */
    INTEGRATED
}
