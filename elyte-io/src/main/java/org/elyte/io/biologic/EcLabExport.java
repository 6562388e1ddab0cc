package org.elyte.io.biologic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Columns EC-Lab computes only when it exports an {@code .mpr} to {@code .mpt}, derived here so an
 * {@code .mpr} gives the same columns as its export (rules verified on the reference pairs,
 * SOURCES.md §6):
 * <ul>
 * <li>{@code cycle number} = ⌊half cycle ÷ 2⌋;</li>
 * <li>{@code Q charge/mA.h} = max(Qcd, 0), {@code Q discharge/mA.h} = max(−Qcd, 0),
 * {@code Capacity/mA.h} = |Qcd|, with Qcd = {@code Q charge/discharge/mA.h};</li>
 * <li>{@code Efficiency/%} = 100 · Q discharge at the end of half cycle 2k+1 ÷ Q charge at the end
 * of half cycle 2k, written on the last row of half cycle 2k+1 (0 elsewhere and when there was no
 * charge);</li>
 * <li>{@code <I>/mA} = dq/mA.h ÷ (Δtime/s ÷ 3600) when the file stores dq but no current (0 on the
 * first row and where Δtime is 0).</li>
 * </ul>
 */
final class EcLabExport {
    private EcLabExport() {
    }

    /**
     * Appends the derived columns that are absent.
     *
     * @param names column names (appended to)
     * @param cols columns (appended to)
     * @param rows number of rows
     */
    static void derive(List<String> names, List<double[]> cols, int rows) {
        double[] half = column(names, cols, "half cycle");
        if (half != null && !names.contains("cycle number")) {
            double[] cycle = new double[rows];
            for (int i = 0; i < rows; i++) {
                cycle[i] = Math.floor(half[i] / 2);
            }
            add(names, cols, "cycle number", cycle);
        }
        double[] qcd = column(names, cols, "Q charge/discharge/mA.h");
        if (qcd != null) {
            double[] qch = new double[rows];
            double[] qdis = new double[rows];
            double[] cap = new double[rows];
            for (int i = 0; i < rows; i++) {
                qch[i] = Math.max(qcd[i], 0);
                qdis[i] = Math.max(-qcd[i], 0);
                cap[i] = Math.abs(qcd[i]);
            }
            add(names, cols, "Q discharge/mA.h", qdis);
            add(names, cols, "Q charge/mA.h", qch);
            add(names, cols, "Capacity/mA.h", cap);
            if (half != null && !names.contains("Efficiency/%")) {
                add(names, cols, "Efficiency/%", efficiency(half, qch, qdis, rows));
            }
        }
        double[] dq = column(names, cols, "dq/mA.h");
        double[] time = column(names, cols, "time/s");
        if (dq != null && time != null && !names.contains("I/mA") && !names.contains("<I>/mA")) {
            double[] current = new double[rows];
            for (int i = 1; i < rows; i++) {
                double dt = time[i] - time[i - 1];
                current[i] = dt != 0 ? dq[i] / (dt / 3600) : 0;
            }
            add(names, cols, "<I>/mA", current);
        }
    }

    private static double[] efficiency(double[] half, double[] qch, double[] qdis, int rows) {
        double[] eff = new double[rows];
        Map<Double, Double> chargeAtEnd = new HashMap<>();
        for (int i = 0; i < rows; i++) {
            boolean lastOfRun = i == rows - 1 || half[i + 1] != half[i];
            if (!lastOfRun) {
                continue;
            }
            double h = half[i];
            if (h % 2 == 0) {
                chargeAtEnd.put(h, qch[i]);
            } else {
                double charge = chargeAtEnd.getOrDefault(h - 1, 0.0);
                eff[i] = charge > 0 ? 100 * qdis[i] / charge : 0;
            }
        }
        return eff;
    }

    private static double[] column(List<String> names, List<double[]> cols, String name) {
        int i = names.indexOf(name);
        return i < 0 ? null : cols.get(i);
    }

    private static void add(List<String> names, List<double[]> cols, String name, double[] values) {
        if (!names.contains(name)) {
            names.add(name);
            cols.add(values);
        }
    }
}
