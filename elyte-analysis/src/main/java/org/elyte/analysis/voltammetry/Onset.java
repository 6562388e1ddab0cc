package org.elyte.analysis.voltammetry;

/**
 * Onset of decomposition in one sweep.
 *
 * @param thresholdV potential at which |j| crossed the threshold for the last time before the sweep
 *     end (start of the final excursion beyond it), linearly interpolated, V
 * @param tangentV potential where the baseline tangent and the steep-rise tangent intersect, V (NaN
 *     when the lines do not intersect inside the sweep)
 * @param baselineSlope baseline line d(j)/dE, A m⁻² V⁻¹ (j signed along the sweep, rising positive)
 * @param baselineIntercept baseline j at E = 0, A/m²
 * @param riseSlope steep-rise tangent slope, A m⁻² V⁻¹
 * @param riseIntercept steep-rise tangent j at E = 0, A/m²
 * @param risePointV potential of the steepest point, V
 */
public record Onset(double thresholdV, double tangentV, double baselineSlope, double baselineIntercept,
        double riseSlope, double riseIntercept, double risePointV) {
}
