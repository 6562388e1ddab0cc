package org.elyte.io.biologic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.elyte.io.recording.StepCount;

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
 * The {@code .mpr} reader computes them block by block while it decodes the data module
 * ({@link #plan}, {@link Plan#block}), so each derived value is computed from source values that
 * are still in cache and no column is passed over a second time.
 */
final class EcLabExport {
    private EcLabExport() {
    }

    /**
     * Appends the derived columns that are absent, in one pass over all rows.
     *
     * @param names column names (appended to)
     * @param cols columns (appended to)
     * @param rows number of rows
     */
    static void derive(List<String> names, List<double[]> cols, int rows) {
        Plan p = plan(names, cols, rows);
        p.block(0, rows);
        p.finish(rows);
    }

    /**
     * Appends the names and (zeroed) arrays of the derived columns that are absent, in the order
     * {@code cycle number}, {@code Q discharge/mA.h}, {@code Q charge/mA.h}, {@code Capacity/mA.h},
     * {@code Efficiency/%}, {@code <I>/mA}; the returned plan fills them.
     *
     * @param names column names (appended to)
     * @param cols columns (appended to); the source columns are read as {@link Plan#block} is called
     * @param rows number of rows
     * @return the plan that computes the derived values of a block of rows
     */
    static Plan plan(List<String> names, List<double[]> cols, int rows) {
        return new Plan(names, cols, rows);
    }

    /**
     * Computes the derived columns block by block. {@link #block} must be called for consecutive
     * row ranges from 0 on, each after the source columns of that range are filled; {@link #finish}
     * once after the last block.
     */
    static final class Plan {
        private final double[] half;
        private final double[] qcd;
        private final double[] dq;
        private final double[] time;
        private final double[] cycle;
        private final double[] qch;
        private final double[] qdis;
        private final double[] cap;
        private final double[] eff;
        private final double[] current;
        private final double[] ns;
        private final double[] cycleForSteps;
        private final double[] stepCount;
        private final Map<Double, Double> chargeAtEnd = new HashMap<>();

        private Plan(List<String> names, List<double[]> cols, int rows) {
            half = column(names, cols, "half cycle");
            qcd = column(names, cols, "Q charge/discharge/mA.h");
            dq = column(names, cols, "dq/mA.h");
            time = column(names, cols, "time/s");
            cycle = half != null && !names.contains("cycle number") ? add(names, cols, "cycle number", rows) : null;
            if (qcd != null) {
                // Q charge and Q discharge are needed for the efficiency even when the file has
                // columns of those names (which are then kept and these arrays are scratch)
                qdis = orScratch(add(names, cols, "Q discharge/mA.h", rows), rows);
                qch = orScratch(add(names, cols, "Q charge/mA.h", rows), rows);
                cap = add(names, cols, "Capacity/mA.h", rows);
                eff = half != null ? add(names, cols, "Efficiency/%", rows) : null;
            } else {
                qdis = null;
                qch = null;
                cap = null;
                eff = null;
            }
            current = dq != null && time != null && !names.contains("I/mA") && !names.contains("<I>/mA")
                    ? add(names, cols, "<I>/mA", rows) : null;
            // Step Count is no export column: it is computed here, while Ns and the cycle number are
            // in cache, and offered to the assembler (stepCount()), which would derive it alike
            ns = column(names, cols, "Ns");
            cycleForSteps = column(names, cols, "cycle number");
            stepCount = ns != null ? new double[rows] : null;
        }

        /**
         * @return the BDF Step Count ({@link StepCount}) of column {@code Ns} and column {@code cycle
         *     number} (when present) as filled by the blocks, or null when there is no {@code Ns}
         */
        double[] stepCount() {
            return stepCount;
        }

        /** @return the step-number column the step count was computed from, or null */
        double[] stepCountStepIds() {
            return ns;
        }

        /** @return the cycle-number column the step count was computed from, or null */
        double[] stepCountCycles() {
            return cycleForSteps;
        }

        /**
         * Computes the derived values of rows {@code r0 … r1 − 1}.
         *
         * @param r0 first row
         * @param r1 one past the last row
         */
        void block(int r0, int r1) {
            if (cycle != null) {
                for (int i = r0; i < r1; i++) {
                    cycle[i] = Math.floor(half[i] / 2);
                }
            }
            if (qcd != null) {
                for (int i = r0; i < r1; i++) {
                    double q = qcd[i];
                    qch[i] = Math.max(q, 0);
                    qdis[i] = Math.max(-q, 0);
                }
                if (cap != null) {
                    for (int i = r0; i < r1; i++) {
                        cap[i] = Math.abs(qcd[i]);
                    }
                }
            }
            if (eff != null) {
                // row i − 1 ends its half cycle when row i starts another one; the last row of
                // the whole table is handled by finish
                for (int i = Math.max(r0, 1); i < r1; i++) {
                    if (half[i] != half[i - 1]) {
                        endOfHalfCycle(i - 1);
                    }
                }
            }
            if (current != null) {
                for (int i = Math.max(r0, 1); i < r1; i++) {
                    double dt = time[i] - time[i - 1];
                    current[i] = dt != 0 ? dq[i] / (dt / 3600) : 0;
                }
            }
            if (stepCount != null) {
                StepCount.fill(ns, cycleForSteps, r0, r1, stepCount);
            }
        }

        /** @param rows number of rows: the last row ends its half cycle */
        void finish(int rows) {
            if (eff != null && rows > 0) {
                endOfHalfCycle(rows - 1);
            }
        }

        private void endOfHalfCycle(int i) {
            double h = half[i];
            if (h % 2 == 0) {
                chargeAtEnd.put(h, qch[i]);
            } else {
                double charge = chargeAtEnd.getOrDefault(h - 1, 0.0);
                eff[i] = charge > 0 ? 100 * qdis[i] / charge : 0;
            }
        }

        private static double[] orScratch(double[] added, int rows) {
            return added != null ? added : new double[rows];
        }
    }

    private static double[] column(List<String> names, List<double[]> cols, String name) {
        int i = names.indexOf(name);
        return i < 0 ? null : cols.get(i);
    }

    /** @return the new column, or null when a column of that name exists (nothing is added) */
    private static double[] add(List<String> names, List<double[]> cols, String name, int rows) {
        if (names.contains(name)) {
            return null;
        }
        double[] values = new double[rows];
        names.add(name);
        cols.add(values);
        return values;
    }
}
