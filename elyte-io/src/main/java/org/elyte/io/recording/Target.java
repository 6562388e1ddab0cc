package org.elyte.io.recording;

import org.elyte.core.quantity.Quantity;

/**
 * Where an instrument column goes in a normalised recording: the quantity and the affine map
 * {@code si = value · scale + offset} from the instrument's unit to the quantity's SI unit.
 *
 * @param quantity the target quantity
 * @param scale factor to SI (e.g. 1e-3 for mA → A, −1 for a column holding −Z'')
 * @param offset added after scaling (e.g. 273.15 for °C → K)
 */
public record Target(Quantity quantity, double scale, double offset) {

    /** @param q quantity @return identity mapping */
    public static Target of(Quantity q) {
        return new Target(q, 1, 0);
    }

    /** @param q quantity @param scale factor to SI @return scaled mapping */
    public static Target scaled(Quantity q, double scale) {
        return new Target(q, scale, 0);
    }

    /**
     * Converts in place.
     *
     * @param values values in the instrument's unit; overwritten with SI values
     * @param rows number of values to convert
     * @return the same array
     */
    public double[] applyInPlace(double[] values, int rows) {
        if (scale != 1 || offset != 0) {
            for (int i = 0; i < rows; i++) {
                values[i] = values[i] * scale + offset;
            }
        }
        return values;
    }
}
