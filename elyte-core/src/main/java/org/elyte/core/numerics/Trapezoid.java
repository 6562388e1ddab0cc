package org.elyte.core.numerics;

import org.elyte.core.error.InvalidInputException;

/** Trapezoid-rule integration of sampled data (abscissae need not be evenly spaced). */
public final class Trapezoid {
    private Trapezoid() {
    }

    /**
     * ∫ y dx over samples {@code from..to} inclusive, by the trapezoid rule.
     *
     * @param x abscissae (any monotonic order; a decreasing x gives a negative integral)
     * @param y ordinates, same length
     * @param from first index (inclusive)
     * @param to last index (inclusive), {@code ≥ from}
     * @return the integral in units of x·y
     * @throws InvalidInputException on mismatched lengths or indices out of range
     */
    public static double integrate(double[] x, double[] y, int from, int to) {
        if (x.length != y.length) {
            throw new InvalidInputException("integration: x has " + x.length + " values, y has " + y.length);
        }
        if (from < 0 || to >= x.length || from > to) {
            throw new InvalidInputException("integration: index range " + from + ".." + to + " outside 0.." + (x.length - 1));
        }
        double s = 0;
        for (int i = from; i < to; i++) {
            s += 0.5 * (y[i] + y[i + 1]) * (x[i + 1] - x[i]);
        }
        return s;
    }

    /**
     * ∫ y dx over all samples.
     *
     * @param x abscissae
     * @param y ordinates
     * @return the integral in units of x·y (0 for fewer than two points)
     */
    public static double integrate(double[] x, double[] y) {
        if (x.length < 2) {
            if (x.length != y.length) {
                throw new InvalidInputException("integration: x has " + x.length + " values, y has " + y.length);
            }
            return 0;
        }
        return integrate(x, y, 0, x.length - 1);
    }

    /**
     * Running integral: {@code out[i] = ∫ y dx} from sample {@code from} to sample {@code i}
     * (0 before {@code from}, constant after {@code to}).
     *
     * @param x abscissae
     * @param y ordinates
     * @param from first index
     * @param to last index
     * @return cumulative integral, same length as x
     */
    public static double[] cumulative(double[] x, double[] y, int from, int to) {
        integrate(x, y, from, to);
        double[] out = new double[x.length];
        for (int i = from; i < to; i++) {
            out[i + 1] = out[i] + 0.5 * (y[i] + y[i + 1]) * (x[i + 1] - x[i]);
        }
        for (int i = to + 1; i < x.length; i++) {
            out[i] = out[to];
        }
        return out;
    }
}
