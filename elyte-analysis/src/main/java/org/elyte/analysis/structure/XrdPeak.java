package org.elyte.analysis.structure;

/**
 * One diffraction peak.
 *
 * @param twoThetaRad peak position 2θ, rad
 * @param twoThetaSigmaRad its standard error, rad (NaN when not fitted)
 * @param dSpacingM Bragg spacing d = λ / (2 sin θ), m
 * @param height peak height above the background (intensity units)
 * @param fwhmRad measured full width at half maximum in 2θ, rad
 * @param sampleFwhmRad width after the instrumental correction, rad (NaN if not positive)
 * @param crystalliteSizeM Scherrer size K·λ / (β cos θ), m (NaN if the width is not resolved)
 * @param fitted whether a line-shape fit succeeded (otherwise position and width are from the smoothed data)
 */
public record XrdPeak(double twoThetaRad, double twoThetaSigmaRad, double dSpacingM, double height, double fwhmRad,
        double sampleFwhmRad, double crystalliteSizeM, boolean fitted) {
}
