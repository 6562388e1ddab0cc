package org.elyte.io.neware;

import java.util.Map;

import org.elyte.core.error.FormatException;

/**
 * Neware current ranges as data: the range code stored with each integer record and the factor
 * that turns the stored integer current (and capacity, energy) into mA (mAs, mWs). Codes are
 * the range in the instrument's unit, negative for µA-class ranges. An unknown code is an error.
 */
final class NewareRanges {
    private static final Map<Integer, Double> FACTOR = Map.ofEntries(
            Map.entry(-100000000, 1e1), Map.entry(-200000, 1e-2), Map.entry(-100000, 1e-2), Map.entry(-60000, 1e-2),
            Map.entry(-50000, 1e-2), Map.entry(-40000, 1e-2), Map.entry(-30000, 1e-2), Map.entry(-20000, 1e-2),
            Map.entry(-12000, 1e-2), Map.entry(-10000, 1e-2), Map.entry(-6000, 1e-2), Map.entry(-5000, 1e-2),
            Map.entry(-3000, 1e-2), Map.entry(-2000, 1e-2), Map.entry(-1000, 1e-2), Map.entry(-500, 1e-3),
            Map.entry(-100, 1e-3), Map.entry(-50, 1e-4), Map.entry(-25, 1e-4), Map.entry(-20, 1e-4),
            Map.entry(-10, 1e-4), Map.entry(-5, 1e-5), Map.entry(-2, 1e-5), Map.entry(-1, 1e-5), Map.entry(0, 0.0),
            Map.entry(1, 1e-4), Map.entry(2, 1e-4), Map.entry(5, 1e-4), Map.entry(10, 1e-3), Map.entry(20, 1e-3),
            Map.entry(25, 1e-3), Map.entry(50, 1e-3), Map.entry(100, 1e-2), Map.entry(200, 1e-2),
            Map.entry(250, 1e-2), Map.entry(500, 1e-2), Map.entry(1000, 1e-1), Map.entry(6000, 1e-1),
            Map.entry(10000, 1e-1), Map.entry(12000, 1e-1), Map.entry(20000, 1e-1), Map.entry(30000, 1e-1),
            Map.entry(40000, 1e-1), Map.entry(50000, 1e-1), Map.entry(60000, 1e-1), Map.entry(100000, 1e-1),
            Map.entry(200000, 1e-1));

    private NewareRanges() {
    }

    /**
     * @param source file name for messages
     * @param code the stored range code
     * @param offset byte offset of the code, for messages
     * @return the factor from stored integer to mA
     * @throws FormatException for a code not in the table
     */
    static double factor(String source, int code, long offset) {
        Double f = FACTOR.get(code);
        if (f == null) {
            throw FormatException.atOffset(source, offset, "unknown Neware current range " + code);
        }
        return f;
    }
}
