package org.elyte.analysis.cycling;

import java.util.Arrays;

/**
 * Per-cycle and per-half-cycle running sums of {@link CycleSummary}'s single pass, in growable
 * primitive arrays (no per-row objects). Package-private and mutable: lives only inside one call.
 */
final class CycleTable {
    /** Number of fields per cycle. */
    static final int QCH_INT = 0;
    static final int QDIS_INT = 1;
    static final int QCH_COL = 2;
    static final int QDIS_COL = 3;
    static final int ECH = 4;
    static final int EDIS = 5;
    static final int TCH = 6;
    static final int TDIS = 7;
    static final int VEND_CH = 8;
    static final int VEND_DIS = 9;
    static final int VMAX = 10;
    static final int VMIN = 11;
    static final int T_FIRST = 12;
    static final int T_LAST = 13;
    static final int FIELDS = 14;

    int cycles;
    int[] number = new int[16];
    int[] firstRow = new int[16];
    int[] lastRow = new int[16];
    double[] values = new double[16 * FIELDS];

    int halves;
    double[] halfCharge = new double[16];
    double[] halfDischarge = new double[16];
    int[] halfLastCycle = new int[16];

    /** Opens a new cycle at a row. */
    void open(int cycleNumber, int row, double time) {
        if (cycles == number.length) {
            int n = cycles * 2;
            number = Arrays.copyOf(number, n);
            firstRow = Arrays.copyOf(firstRow, n);
            lastRow = Arrays.copyOf(lastRow, n);
            values = Arrays.copyOf(values, n * FIELDS);
        }
        number[cycles] = cycleNumber;
        firstRow[cycles] = row;
        lastRow[cycles] = row;
        int o = cycles * FIELDS;
        values[o + VEND_CH] = Double.NaN;
        values[o + VEND_DIS] = Double.NaN;
        values[o + VMAX] = Double.NEGATIVE_INFINITY;
        values[o + VMIN] = Double.POSITIVE_INFINITY;
        values[o + T_FIRST] = time;
        values[o + T_LAST] = time;
        cycles++;
    }

    /** Opens a new half cycle. */
    void openHalf() {
        if (halves == halfCharge.length) {
            int n = halves * 2;
            halfCharge = Arrays.copyOf(halfCharge, n);
            halfDischarge = Arrays.copyOf(halfDischarge, n);
            halfLastCycle = Arrays.copyOf(halfLastCycle, n);
        }
        halves++;
    }

    double get(int cycle, int field) {
        return values[cycle * FIELDS + field];
    }
}
