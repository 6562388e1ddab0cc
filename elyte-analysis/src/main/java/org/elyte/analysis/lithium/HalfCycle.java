package org.elyte.analysis.lithium;

/**
 * One half cycle of a symmetric Li|SSE|Li cell (Li stripped from one electrode and plated on the
 * other). Overpotentials are magnitudes |V|, since the cell voltage of a symmetric cell is the
 * total overpotential.
 *
 * @param index 1-based half-cycle number
 * @param startS start time, s
 * @param endS end time, s
 * @param sign current sign (+1 or −1)
 * @param meanCurrentA mean |I|, A
 * @param peakOverpotentialV maximum |V| in the half cycle, V
 * @param plateauOverpotentialV median |V| over the plateau part (see options), V
 * @param capacityAhPerM2 plated capacity of this half cycle, ∫|I|dt / area, A·h/m² (10 A·h/m² = 1 mAh/cm²)
 * @param cumulativeAhPerM2 plated capacity summed up to and including this half cycle, A·h/m²
 * @param suspect whether the plateau fell below the short criterion
 */
public record HalfCycle(int index, double startS, double endS, int sign, double meanCurrentA, double peakOverpotentialV,
        double plateauOverpotentialV, double capacityAhPerM2, double cumulativeAhPerM2, boolean suspect) {

    /** @return duration, s */
    public double durationS() {
        return endS - startS;
    }
}
