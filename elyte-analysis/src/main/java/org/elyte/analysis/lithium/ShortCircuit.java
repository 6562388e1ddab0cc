package org.elyte.analysis.lithium;

/**
 * A detected short circuit.
 *
 * @param timeS time after which the polarization stayed below the threshold, s
 * @param halfCycle 1-based index of the first half cycle that met the criterion
 * @param thresholdV the overpotential threshold that was crossed, V
 * @param referenceV the reference plateau overpotential it was compared with, V
 * @param confirmed whether the following half cycle met the criterion too (false when the
 *     suspect half cycle is the last one of the record)
 */
public record ShortCircuit(double timeS, int halfCycle, double thresholdV, double referenceV, boolean confirmed) {
}
