package org.elyte.io.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class StepCountTest {

    @Test
    void countsChangesOfStepOrCycle() {
        double[] step = {1, 1, 2, 2, 2, 1, 1, Double.NaN, Double.NaN, 3};
        double[] cycle = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2};
        assertThat(StepCount.derive(step, null, step.length)).containsExactly(1, 1, 2, 2, 2, 3, 3, 4, 4, 5);
        assertThat(StepCount.derive(step, cycle, step.length)).containsExactly(1, 1, 2, 3, 3, 4, 5, 6, 6, 7);
        assertThat(StepCount.derive(step, cycle, 0)).isEmpty();
    }

    @Test
    void fillWritesIntoTheGivenArrayOnlyItsRows() {
        SplittableRandom rnd = new SplittableRandom(3);
        int n = 10_000;
        double[] step = new double[n];
        double[] cycle = new double[n];
        for (int i = 0; i < n; i++) {
            step[i] = rnd.nextInt(8) == 0 ? rnd.nextInt(4) : i == 0 ? 1 : step[i - 1];
            cycle[i] = rnd.nextInt(50) == 0 ? rnd.nextInt(3) : i == 0 ? 0 : cycle[i - 1];
        }
        for (double[] c : new double[][] {null, cycle}) {
            double[] out = new double[n + 2];
            Arrays.fill(out, -7);
            assertThat(StepCount.fill(step, c, n, out)).isSameAs(out);
            assertThat(Arrays.copyOf(out, n)).containsExactly(reference(step, c, n));
            assertThat(out[n]).isEqualTo(-7);
            assertThat(out[n + 1]).isEqualTo(-7);
        }
    }

    @Test
    void rangesFilledOneAfterAnotherEqualOneFill() {
        SplittableRandom rnd = new SplittableRandom(4);
        int n = 3_000;
        double[] step = new double[n];
        double[] cycle = new double[n];
        for (int i = 0; i < n; i++) {
            step[i] = rnd.nextInt(5) == 0 ? rnd.nextInt(3) : i == 0 ? 1 : step[i - 1];
            cycle[i] = rnd.nextInt(30) == 0 ? rnd.nextInt(2) : i == 0 ? 0 : cycle[i - 1];
        }
        for (double[] c : new double[][] {null, cycle}) {
            double[] expected = reference(step, c, n);
            for (int block : new int[] {1, 2, 7, 2048, n}) {
                double[] out = new double[n];
                for (int r0 = 0; r0 < n; r0 += block) {
                    StepCount.fill(step, c, r0, Math.min(n, r0 + block), out);
                }
                assertThat(out).as("blocks of " + block).containsExactly(expected);
            }
        }
    }

    /** The definition, row by row. */
    private static double[] reference(double[] stepId, double[] cycle, int rows) {
        double[] out = new double[rows];
        double count = 1;
        for (int i = 0; i < rows; i++) {
            if (i > 0 && (Double.compare(stepId[i], stepId[i - 1]) != 0
                    || (cycle != null && Double.compare(cycle[i], cycle[i - 1]) != 0))) {
                count++;
            }
            out[i] = count;
        }
        return out;
    }
}
