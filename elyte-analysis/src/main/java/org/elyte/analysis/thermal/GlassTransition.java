package org.elyte.analysis.thermal;

import org.elyte.core.provenance.Provenance;

/**
 * A glass-transition step found by {@link Dsc#glassTransition}.
 *
 * @param midpointK half-height (half-step) temperature: the signal is midway between the
 *     extrapolated baselines before and after the step (ISO 11357-2 "T_mg", ASTM E1356 midpoint), K
 * @param inflectionK temperature of the steepest slope of the step (ASTM E1356 inflection), K
 * @param onsetK extrapolated onset: the tangent at the inflection meets the lower-temperature baseline, K
 * @param endK extrapolated end: the tangent meets the higher-temperature baseline, K
 * @param stepHeight step in the signal at the midpoint (after − before), W or W/kg as the input
 * @param deltaCpJPerGK heat-capacity step Δcp, J/(g·K); NaN without mass or heating rate
 * @param provenance method and options
 */
public record GlassTransition(double midpointK, double inflectionK, double onsetK, double endK, double stepHeight,
        double deltaCpJPerGK, Provenance provenance) {
}
