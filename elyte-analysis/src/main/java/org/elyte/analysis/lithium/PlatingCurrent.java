package org.elyte.analysis.lithium;

/**
 * Sign of the current while Li is plated on the Cu electrode. With Cu as working electrode and Li
 * as counter (the usual wiring, EC-Lab and Neware alike), plating is a discharge: current negative,
 * voltage going below 0 V. {@link #POSITIVE} is for cells wired the other way round.
 */
public enum PlatingCurrent {
    /** Plating at negative current, voltage below 0 V (default). */
    NEGATIVE,
    /** Plating at positive current, voltage above 0 V. */
    POSITIVE;

    /** @return the current sign of a plating step (−1 or +1) */
    public int sign() {
        return this == NEGATIVE ? -1 : 1;
    }
}
