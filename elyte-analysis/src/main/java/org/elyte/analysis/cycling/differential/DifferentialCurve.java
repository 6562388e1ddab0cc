package org.elyte.analysis.cycling.differential;

import java.util.Objects;

/**
 * dQ/dV or dV/dQ of one half cycle.
 *
 * @param halfCycle half-cycle index, 0-based, in order of appearance (a new one at every change of current sign)
 * @param cycle the recording's cycle count at the half cycle's first row, or the half-cycle pair index + 1
 *     when the recording has none
 * @param charge whether the half cycle is a charge
 * @param kind the derivative
 * @param x grid: voltage, V (dQ/dV) or capacity since the half cycle's start, A·h (dV/dQ); copied
 * @param y derivative: A·h/V or V/(A·h); copied
 * @param smoothing how it was computed, in words (bin, interpolation, Savitzky–Golay window and order)
 */
public record DifferentialCurve(int halfCycle, int cycle, boolean charge, DifferentialKind kind, double[] x, double[] y,
                                String smoothing) {
    /**
     * @param halfCycle half cycle
     * @param cycle cycle
     * @param charge charge
     * @param kind kind
     * @param x grid
     * @param y derivative
     * @param smoothing description
     */
    public DifferentialCurve {
        Objects.requireNonNull(kind, "kind");
        x = x.clone();
        y = y.clone();
        Objects.requireNonNull(smoothing, "smoothing");
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** @return the grid value where |y| is largest (the main peak), V or A·h */
    public double peakX() {
        int best = 0;
        for (int i = 1; i < y.length; i++) {
            if (Math.abs(y[i]) > Math.abs(y[best])) {
                best = i;
            }
        }
        return x[best];
    }
}
