package org.elyte.analysis.cycling.differential;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;

/**
 * Options of {@link DifferentialCapacity}.
 *
 * @param kind dQ/dV or dV/dQ
 * @param voltageBinV voltage grid step for dQ/dV, V (default 0.005)
 * @param capacityBins number of capacity grid points per half cycle for dV/dQ (default 200)
 * @param window Savitzky–Golay window, grid points, odd ≥ 3 (default 9)
 * @param order Savitzky–Golay polynomial order, below the window (default 2)
 * @param zeroCurrentFraction rows with |I| ≤ this fraction of the largest |I| are rests, left out (default 0.005)
 */
public record DifferentialOptions(DifferentialKind kind, double voltageBinV, int capacityBins, int window, int order,
                                  double zeroCurrentFraction) {
    /**
     * @param kind kind
     * @param voltageBinV bin, V (&gt; 0)
     * @param capacityBins bins (≥ 5)
     * @param window window (odd, ≥ 3)
     * @param order order (0 ≤ order &lt; window, ≥ 1 for a derivative)
     * @param zeroCurrentFraction fraction in [0, 1)
     * @throws InvalidInputException when a value is out of range
     */
    public DifferentialOptions {
        Objects.requireNonNull(kind, "kind");
        if (!(voltageBinV > 0)) {
            throw new InvalidInputException("voltage bin must be positive, got " + voltageBinV + " V");
        }
        if (capacityBins < 5) {
            throw new InvalidInputException("capacity bins must be at least 5, got " + capacityBins);
        }
        if (window < 3 || window % 2 == 0 || order < 1 || order >= window) {
            throw new InvalidInputException("Savitzky–Golay window must be odd and ≥ 3 and order in [1, window), got window "
                    + window + ", order " + order);
        }
        if (!(zeroCurrentFraction >= 0 && zeroCurrentFraction < 1)) {
            throw new InvalidInputException("zero-current fraction must be in [0, 1), got " + zeroCurrentFraction);
        }
    }

    /** @return dQ/dV, 5 mV bins, Savitzky–Golay window 9 order 2 */
    public static DifferentialOptions defaults() {
        return new DifferentialOptions(DifferentialKind.DQ_DV, 0.005, 200, 9, 2, 0.005);
    }

    /** @param k kind @return a copy with it */
    public DifferentialOptions withKind(DifferentialKind k) {
        return new DifferentialOptions(k, voltageBinV, capacityBins, window, order, zeroCurrentFraction);
    }

    /** @param v bin, V @return a copy with it */
    public DifferentialOptions withVoltageBinV(double v) {
        return new DifferentialOptions(kind, v, capacityBins, window, order, zeroCurrentFraction);
    }

    /** @param w window @param o order @return a copy with them */
    public DifferentialOptions withSmoothing(int w, int o) {
        return new DifferentialOptions(kind, voltageBinV, capacityBins, w, o, zeroCurrentFraction);
    }
}
