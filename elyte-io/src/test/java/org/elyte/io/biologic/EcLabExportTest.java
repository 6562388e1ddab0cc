package org.elyte.io.biologic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The export columns computed block by block equal those computed over all rows at once. */
class EcLabExportTest {
    private static final int ROWS = 5_000;

    @Test
    void blockSizesDoNotChangeTheDerivedColumns() {
        SplittableRandom rnd = new SplittableRandom(5);
        double[] half = new double[ROWS];
        double[] qcd = new double[ROWS];
        double[] dq = new double[ROWS];
        double[] time = new double[ROWS];
        double h = 0;
        double q = 0;
        double t = 0;
        for (int i = 0; i < ROWS; i++) {
            if (rnd.nextInt(40) == 0) {
                h++;
                q = 0;
            }
            double step = (h % 2 == 0 ? 1 : -1) * rnd.nextDouble() * 1e-3;
            q += step;
            t += rnd.nextInt(6) == 0 ? 0 : rnd.nextDouble(); // Δtime 0 on some rows
            half[i] = h;
            qcd[i] = rnd.nextInt(50) == 0 ? 0.0 : q;
            dq[i] = step;
            time[i] = t;
        }
        List<String> names = new ArrayList<>();
        List<double[]> all = columns(names, half, qcd, dq, time);
        EcLabExport.derive(names, all, ROWS);
        assertThat(names).containsExactly("half cycle", "Q charge/discharge/mA.h", "dq/mA.h", "time/s",
                "cycle number", "Q discharge/mA.h", "Q charge/mA.h", "Capacity/mA.h", "Efficiency/%", "<I>/mA");
        double[] eff = all.get(names.indexOf("Efficiency/%"));
        assertThat(java.util.Arrays.stream(eff).filter(e -> e > 0).count()).as("efficiency rows").isGreaterThan(10);
        assertThat(eff).containsExactly(efficiencyWithLookAhead(half, all.get(names.indexOf("Q charge/mA.h")),
                all.get(names.indexOf("Q discharge/mA.h"))));
        for (int block : new int[] {1, 2, 3, 39, 40, 2048, ROWS + 1}) {
            List<String> n2 = new ArrayList<>();
            List<double[]> c2 = columns(n2, half, qcd, dq, time);
            EcLabExport.Plan p = EcLabExport.plan(n2, c2, ROWS);
            for (int r0 = 0; r0 < ROWS; r0 += block) {
                p.block(r0, Math.min(ROWS, r0 + block));
            }
            p.finish(ROWS);
            assertThat(n2).isEqualTo(names);
            assertThat(p.stepCount()).as("no Ns column, no step count").isNull();
            for (int c = 0; c < names.size(); c++) {
                assertThat(c2.get(c)).as(names.get(c) + ", blocks of " + block).containsExactly(all.get(c));
            }
        }
        double[] cycle = all.get(names.indexOf("cycle number"));
        double[] qch = all.get(names.indexOf("Q charge/mA.h"));
        double[] qdis = all.get(names.indexOf("Q discharge/mA.h"));
        double[] current = all.get(names.indexOf("<I>/mA"));
        for (int i = 1; i < ROWS; i++) {
            assertThat(cycle[i]).isEqualTo(Math.floor(half[i] / 2));
            assertThat(qch[i] - qdis[i]).isEqualTo(qcd[i] == 0 ? 0 : qcd[i]);
            double dt = time[i] - time[i - 1];
            assertThat(current[i]).isEqualTo(dt != 0 ? dq[i] / (dt / 3600) : 0);
        }
    }

    @Test
    void columnsTheFileHasAreNotDerivedAgain() {
        List<String> names = new ArrayList<>(List.of("half cycle", "cycle number", "I/mA", "dq/mA.h", "time/s"));
        List<double[]> cols = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            cols.add(new double[] {1, 2, 3});
        }
        EcLabExport.derive(names, cols, 3);
        assertThat(names).containsExactly("half cycle", "cycle number", "I/mA", "dq/mA.h", "time/s");
    }

    /** The former whole-column rule: a row ends its half cycle when the next row's differs. */
    private static double[] efficiencyWithLookAhead(double[] half, double[] qch, double[] qdis) {
        int rows = half.length;
        double[] eff = new double[rows];
        java.util.Map<Double, Double> chargeAtEnd = new java.util.HashMap<>();
        for (int i = 0; i < rows; i++) {
            if (i != rows - 1 && half[i + 1] == half[i]) {
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

    private static List<double[]> columns(List<String> names, double[] half, double[] qcd, double[] dq, double[] time) {
        names.addAll(List.of("half cycle", "Q charge/discharge/mA.h", "dq/mA.h", "time/s"));
        return new ArrayList<>(List.of(half, qcd, dq, time));
    }
}
