package org.elyte.analysis.lithium;

/**
 * One plating step on Cu and the stripping step that follows it.
 *
 * @param index 1-based cycle number
 * @param platingStartS start of the plating step, s
 * @param platedAh charge plated, A·h
 * @param strippedAh charge stripped, A·h
 * @param coulombicEfficiency strippedAh / platedAh (dimensionless)
 * @param dipOverpotentialV largest plating overpotential |V| in the plating step (the nucleation dip), V
 * @param plateauOverpotentialV median plating overpotential |V| over the plateau, V
 * @param nucleationOverpotentialV dip − plateau, V
 */
public record PlatingCycle(int index, double platingStartS, double platedAh, double strippedAh,
        double coulombicEfficiency, double dipOverpotentialV, double plateauOverpotentialV,
        double nucleationOverpotentialV) {
}
