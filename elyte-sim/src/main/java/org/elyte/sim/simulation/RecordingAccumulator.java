package org.elyte.sim.simulation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;

/** Grows the columns of the experiment's recording, point by point. */
final class RecordingAccumulator {
    private static final Quantity[] COLS = {Quantity.TEST_TIME, Quantity.VOLTAGE, Quantity.CURRENT,
        Quantity.CYCLE_COUNT, Quantity.STEP_ID, Quantity.STEP_COUNT, Quantity.CHARGING_CAPACITY,
        Quantity.DISCHARGING_CAPACITY};
    private double[][] data = new double[COLS.length][256];
    private int size;

    /**
     * @param t time, s
     * @param v voltage, V
     * @param ampsCharge current, A (charge positive)
     * @param cycle cycle, 1-based
     * @param stepId step within the cycle, 1-based
     * @param stepCount running step, 1-based
     * @param qch charge capacity since the step start, Ah
     * @param qdis discharge capacity since the step start, Ah
     */
    void add(double t, double v, double ampsCharge, int cycle, int stepId, int stepCount, double qch, double qdis) {
        if (size == data[0].length) {
            for (int c = 0; c < data.length; c++) {
                data[c] = java.util.Arrays.copyOf(data[c], 2 * size);
            }
        }
        double[] row = {t, v, ampsCharge, cycle, stepId, stepCount, qch, qdis};
        for (int c = 0; c < row.length; c++) {
            data[c][size] = row[c];
        }
        size++;
    }

    int size() {
        return size;
    }

    double voltage(int k) {
        return data[1][k];
    }

    Recording build(Metadata md) {
        Map<Quantity, double[]> cols = new LinkedHashMap<>();
        for (int c = 0; c < COLS.length; c++) {
            cols.put(COLS[c], java.util.Arrays.copyOf(data[c], size));
        }
        return Recording.of(cols, md);
    }
}
