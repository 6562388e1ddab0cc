package org.elyte.analysis.cycling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.junit.jupiter.api.Test;

/** Step classification on a noisy synthetic protocol and on the Neware CC-CV-CC export. */
class StepsTest {

    @Test
    void noisyProtocolIsClassifiedStepByStep() {
        // OCV 600 s, CC charge 3000 s, CV 1800 s (current decays), rest 600 s, 10 s pulse, rest, CC discharge
        Random rnd = new Random(3);
        int n = 0;
        double[] t = new double[10000];
        double[] v = new double[10000];
        double[] i = new double[10000];
        double[][] plan = {{600, 0, 0}, {3000, 1e-3, 1}, {1800, 1e-3, 2}, {600, 0, 0}, {10, -3e-3, 1}, {600, 0, 0},
            {3000, -1e-3, 1}};
        double time = 0;
        double volt = 3.3;
        for (double[] p : plan) {
            for (double s = 0; s < p[0]; s += 5) {
                t[n] = time + s;
                double noise = 1 + 0.003 * rnd.nextGaussian();
                if (p[2] == 2) {
                    i[n] = p[1] * Math.exp(-s / 400) * noise;
                    v[n] = 3.6 + 0.0005 * rnd.nextGaussian();
                } else {
                    i[n] = p[1] * noise + 2e-7 * rnd.nextGaussian();
                    volt += p[1] == 0 ? 0 : Math.signum(p[1]) * 1e-3;
                    v[n] = volt + 0.0005 * rnd.nextGaussian();
                }
                n++;
            }
            time += p[0];
        }
        Map<Quantity, double[]> c = new LinkedHashMap<>();
        c.put(Quantity.TEST_TIME, java.util.Arrays.copyOf(t, n));
        c.put(Quantity.VOLTAGE, java.util.Arrays.copyOf(v, n));
        c.put(Quantity.CURRENT, java.util.Arrays.copyOf(i, n));
        Map<Quantity, double[]> withIds = new LinkedHashMap<>(c);
        double[] ids = new double[n];
        int row = 0;
        for (int s = 0; s < plan.length; s++) {
            for (double d = 0; d < plan[s][0]; d += 5) {
                ids[row++] = s + 1;
            }
        }
        withIds.put(Quantity.STEP_ID, ids);
        List<Step> steps = Steps.classify(Recording.of(withIds, Metadata.empty()), StepOptions.defaults());
        assertThat(steps).extracting(Step::kind).containsExactly(StepKind.OPEN_CIRCUIT, StepKind.CONSTANT_CURRENT,
                StepKind.CONSTANT_VOLTAGE, StepKind.REST, StepKind.PULSE, StepKind.REST, StepKind.CONSTANT_CURRENT);
        // without a step column the CC and CV of the charge share one current sign: one OTHER step
        List<Step> bySign = Steps.classify(Recording.of(c, Metadata.empty()), StepOptions.defaults());
        assertThat(bySign).extracting(Step::kind).containsExactly(StepKind.OPEN_CIRCUIT, StepKind.OTHER,
                StepKind.REST, StepKind.PULSE, StepKind.REST, StepKind.CONSTANT_CURRENT);
    }

    @Test
    void newareExportHasCcCvCcPerCycle() throws IOException {
        Recording r = RefData.btsda(RefData.cycling("fastnda/nw4-120-1-6-53.btsda.csv.gz"));
        List<Step> steps = Steps.classify(r, StepOptions.defaults());
        long cv = steps.stream().filter(s -> s.kind() == StepKind.CONSTANT_VOLTAGE).count();
        long cc = steps.stream().filter(s -> s.kind() == StepKind.CONSTANT_CURRENT).count();
        assertThat(cv).isGreaterThanOrEqualTo(149); // BTSDA: one CV Chg step per cycle; cycle 1's opens with a 34 mV transient (OTHER)
        assertThat(cc).isGreaterThanOrEqualTo(299); // CC Chg and CC DChg of 150 cycles
    }
}
