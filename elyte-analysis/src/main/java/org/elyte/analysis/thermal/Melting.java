package org.elyte.analysis.thermal;

import org.elyte.core.provenance.Provenance;

/**
 * A melting endotherm integrated by {@link Dsc#melting}.
 *
 * @param enthalpyJPerG melting enthalpy ΔHm per gram of sample, J/g (positive)
 * @param peakTemperatureK temperature of the peak maximum above the baseline, K
 * @param onsetTemperatureK extrapolated onset: the tangent at the steepest point of the leading
 *     edge meets the baseline, K
 * @param endsetTemperatureK extrapolated end on the trailing edge, K
 * @param lowK lower integration limit used, K
 * @param highK upper integration limit used, K
 * @param peakHeight height of the peak above the baseline, W or W/kg as the input
 * @param heatingRateKPerS heating rate used or measured, K/s (NaN if not needed)
 * @param direction sign convention applied (never AUTO)
 * @param baseline baseline kind
 * @param provenance method and options
 */
public record Melting(double enthalpyJPerG, double peakTemperatureK, double onsetTemperatureK,
        double endsetTemperatureK, double lowK, double highK, double peakHeight, double heatingRateKPerS,
        EndothermDirection direction, DscBaseline baseline, Provenance provenance) {
}
