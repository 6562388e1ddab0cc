package org.elyte.sim.experiment;

import java.math.BigDecimal;

import org.elyte.core.error.InvalidInputException;

/** Shared checks and number printing for the experiment package. */
final class Steps {
    private Steps() {
    }

    static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(what + " must be a finite number, got " + v);
        }
    }

    /** Shortest decimal text that reads back to exactly {@code v}, without exponent or trailing zeros. */
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        String plain = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        return plain.length() <= 12 ? plain : Double.toString(v);
    }
}
