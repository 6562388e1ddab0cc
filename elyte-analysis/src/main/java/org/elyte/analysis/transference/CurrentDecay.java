package org.elyte.analysis.transference;

import java.util.List;

/**
 * Initial and steady-state current of a chronoamperogram. Currents are magnitudes.
 *
 * @param initialA I_0, A
 * @param initialStderrA its standard uncertainty, A (the noise of the final window for the first
 *     point; the propagated fit uncertainty for the extrapolation)
 * @param steadyA I_ss, A (mean of the final window)
 * @param steadyStderrA standard error of that mean, A
 * @param drift slope × window duration / I_ss over the final window (dimensionless, signed)
 * @param windowStartS start of the final window, s
 * @param windowEndS end of the final window, s
 * @param windowPoints points in the final window
 * @param initial how I_0 was taken
 * @param warnings what a reader should know
 */
public record CurrentDecay(double initialA, double initialStderrA, double steadyA, double steadyStderrA, double drift,
        double windowStartS, double windowEndS, int windowPoints, InitialCurrent initial, List<String> warnings) {
    /** Copies. */
    public CurrentDecay {
        warnings = List.copyOf(warnings);
    }

    /** @return I_ss / I_0, the uncorrected current ratio (dimensionless) */
    public double ratio() {
        return steadyA / initialA;
    }
}
