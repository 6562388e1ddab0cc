package org.elyte.analysis.cycling.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.junit.jupiter.api.Test;

/** dQ/dV of a synthetic plateau whose position is known. */
class DifferentialCapacityTest {
    private static final double V0 = 3.42;
    private static final double W = 0.01;

    /** Charge then discharge at 1 mA of 1 mAh with Q(V) logistic about V0 (width W), plus voltage noise. */
    private static Recording plateau(double noiseV) {
        int per = 3600;
        double[] t = new double[2 * per];
        double[] v = new double[2 * per];
        double[] i = new double[2 * per];
        Random rnd = new Random(7);
        for (int k = 0; k < 2 * per; k++) {
            boolean ch = k < per;
            double x = ch ? (k + 0.5) / per : 1 - (k - per + 0.5) / per; // state of charge
            t[k] = k;
            i[k] = ch ? 1e-3 : -1e-3;
            double hyst = ch ? 0.02 : -0.02;
            v[k] = V0 + hyst + W * Math.log(x / (1 - x)) + noiseV * rnd.nextGaussian();
        }
        Map<Quantity, double[]> c = new LinkedHashMap<>();
        c.put(Quantity.TEST_TIME, t);
        c.put(Quantity.VOLTAGE, v);
        c.put(Quantity.CURRENT, i);
        return Recording.of(c, Metadata.empty());
    }

    @Test
    void peakOfASyntheticPlateauIsWhereItWasPut() {
        List<DifferentialCurve> curves = DifferentialCapacity.of(plateau(0.0005), DifferentialOptions.defaults());
        assertThat(curves).hasSize(2);
        DifferentialCurve ch = curves.get(0);
        DifferentialCurve dis = curves.get(1);
        assertThat(ch.charge()).isTrue();
        assertThat(ch.peakX()).isCloseTo(V0 + 0.02, within(0.005)); // V, one bin
        assertThat(dis.peakX()).isCloseTo(V0 - 0.02, within(0.005)); // V
        // logistic: peak height Q/(4W) = 1e-3 Ah / 0.04 V = 0.025 Ah/V; the default 45 mV smoothing window (9 × 5 mV)
        // on a 35 mV-wide peak lowers it by about 20 %
        double peak = 0;
        for (double y : ch.y()) {
            peak = Math.max(peak, y);
        }
        assertThat(peak).isBetween(0.018, 0.025); // Ah/V
        double minDis = 0;
        for (double y : dis.y()) {
            minDis = Math.min(minDis, y);
        }
        assertThat(minDis).isLessThan(-0.02); // Ah/V, discharge peaks are negative
        assertThat(ch.smoothing()).contains("Savitzky-Golay").contains("window 9");
    }

    @Test
    void dvdqOfTheSamePlateauHasItsMinimumMidway() {
        List<DifferentialCurve> curves = DifferentialCapacity.of(plateau(0),
                DifferentialOptions.defaults().withKind(DifferentialKind.DV_DQ));
        double[] x = curves.get(0).x();
        double[] y = curves.get(0).y();
        int best = 0;
        for (int k = 0; k < y.length; k++) {
            if (y[k] < y[best]) {
                best = k;
            }
        }
        // dV/dQ = W/(Q x(1-x)) is smallest at half charge: 0.5 mAh
        assertThat(x[best]).isCloseTo(0.5e-3, within(0.02e-3)); // Ah
        assertThat(y[best]).isCloseTo(4 * W / 1e-3, within(0.05 * 4 * W / 1e-3)); // V/Ah
    }
}
