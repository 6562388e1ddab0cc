package org.elyte.analysis.cycling;

import org.elyte.core.error.InvalidInputException;

/**
 * Thresholds of {@link Steps}.
 *
 * @param zeroCurrentFraction |I| ≤ this fraction of the largest |I| is zero current (default 0.005)
 * @param currentNoise a step is constant-current when the standard deviation of I is at most this
 *     fraction of |mean I| (default 0.02, above typical cycler noise of 0.1–0.5 %)
 * @param voltageFlatnessV a current step is constant-voltage when max V − min V ≤ this, V (default 0.005)
 * @param pulseMaxDurationS a current step no longer than this is a pulse, s (default 30)
 */
public record StepOptions(double zeroCurrentFraction, double currentNoise, double voltageFlatnessV,
                          double pulseMaxDurationS) {
    /**
     * @param zeroCurrentFraction fraction in [0, 1)
     * @param currentNoise fraction &gt; 0
     * @param voltageFlatnessV V &gt; 0
     * @param pulseMaxDurationS s ≥ 0
     * @throws InvalidInputException when a value is out of range
     */
    public StepOptions {
        if (!(zeroCurrentFraction >= 0 && zeroCurrentFraction < 1) || !(currentNoise > 0) || !(voltageFlatnessV > 0)
                || !(pulseMaxDurationS >= 0)) {
            throw new InvalidInputException("step thresholds out of range: zero fraction " + zeroCurrentFraction
                    + ", current noise " + currentNoise + ", voltage flatness " + voltageFlatnessV + " V, pulse "
                    + pulseMaxDurationS + " s");
        }
    }

    /** @return 0.5 % zero current, 2 % current noise, 5 mV flatness, 30 s pulses */
    public static StepOptions defaults() {
        return new StepOptions(0.005, 0.02, 0.005, 30);
    }
}
