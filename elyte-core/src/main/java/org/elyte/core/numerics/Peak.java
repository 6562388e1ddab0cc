package org.elyte.core.numerics;

/**
 * A local maximum found by {@link PeakFinder}.
 *
 * @param index sample index of the maximum
 * @param position abscissa of the maximum refined by a parabola through the three highest samples
 * @param height ordinate at the maximum (of the signal searched)
 * @param prominence height above the higher of the two lowest points that separate it from higher
 *     peaks (or the data ends), in units of the ordinate
 * @param leftBase index of the lowest point between this peak and the next higher one on the left
 * @param rightBase index of the lowest point between this peak and the next higher one on the right
 * @param widthAtHalf full width at half prominence, in units of the abscissa (linear interpolation)
 */
public record Peak(int index, double position, double height, double prominence, int leftBase, int rightBase,
        double widthAtHalf) {
}
