package org.elyte.analysis.transference;

/**
 * How the initial current I_0 is taken from a chronoamperogram. Tools differ: most papers read the
 * first recorded point (what EC-Lab's cursor gives); the first point lags the true t = 0 current by
 * the sampling interval, which an extrapolation of the early decay corrects.
 */
public enum InitialCurrent {
    /** The first point of the record (default). */
    FIRST_POINT,
    /**
     * Extrapolated to the first time stamp by a straight-line fit of ln|I − I_ss| against t over
     * the early points (a single-exponential decay towards I_ss), extrapolated to the start of the
     * selected time range when one is given (the moment the polarization was switched on), else to
     * the first time stamp.
     */
    EXTRAPOLATED
}
