package org.elyte.analysis.lithium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.junit.jupiter.api.Test;

class SymmetricCellTest {
    static final double J = 1.2; // A/m2 = 0.12 mA/cm2
    static final double AREA = 2e-4; // m2 = 2 cm2

    /**
     * A synthetic symmetric cell: 1 h half cycles, polarization eta0 + growth*t with a 30 % peak decaying
     * over 6 min at each reversal, Gaussian noise; after shortAtH the cell is a 2 ohm resistor.
     */
    static Recording cell(double hours, double eta0, double growthVPerH, double noiseV, double shortAtH, long seed) {
        Random rnd = new Random(seed);
        int n = (int) (hours * 60);
        double[] t = new double[n];
        double[] v = new double[n];
        double[] i = new double[n];
        double current = J * AREA;
        for (int r = 0; r < n; r++) {
            double th = r / 60.0;
            int half = (int) Math.floor(th);
            int sign = half % 2 == 0 ? 1 : -1;
            double tau = th - half;
            t[r] = th * 3600;
            i[r] = sign * current;
            double eta = (eta0 + growthVPerH * th) * (1 + 0.3 * Math.exp(-tau / 0.1));
            v[r] = th >= shortAtH ? sign * current * 2.0 : sign * eta;
            v[r] += noiseV * rnd.nextGaussian();
        }
        Map<Quantity, double[]> cols = new LinkedHashMap<>();
        cols.put(Quantity.TEST_TIME, t);
        cols.put(Quantity.VOLTAGE, v);
        cols.put(Quantity.CURRENT, i);
        return Recording.of(cols, Metadata.empty().with(Metadata.SOURCE_FILE, "synthetic"));
    }

    @Test
    void shortInjectedAt123p4HoursIsFoundWithinOneHalfCycle() {
        Recording r = cell(200, 0.025, 1e-4, 3e-4, 123.4, 1);
        SymmetricCellResult res = SymmetricCell.analyze(r, SymmetricCellOptions.of(J).withArea(AREA));
        assertThat(res.shortCircuit()).isPresent();
        ShortCircuit sc = res.shortCircuit().orElseThrow();
        assertThat(sc.timeS() / 3600).isCloseTo(123.4, within(1.0)); // h, one half cycle
        assertThat(sc.timeS() / 3600).isCloseTo(123.4, within(0.05)); // h, the row resolution is 1 min
        assertThat(sc.confirmed()).isTrue();
        assertThat(res.stableHours()).isCloseTo(123.4, within(0.05)); // h
        assertThat(res.statement()).contains("short circuit at 123.4");
    }

    @Test
    void healthyNoisyRecordWithGrowingPolarizationHasNoShort() {
        Recording r = cell(300, 0.02, 2e-4, 1e-3, Double.POSITIVE_INFINITY, 2);
        SymmetricCellResult res = SymmetricCell.analyze(r, SymmetricCellOptions.of(J).withArea(AREA));
        assertThat(res.shortCircuit()).isEmpty();
        assertThat(res.halfCycles()).hasSize(300);
        assertThat(res.stableHours()).isCloseTo(300, within(0.05)); // h
        assertThat(res.statement()).startsWith("stable for 300.0 h at 0.12 mA/cm2");
        // growth rate given to the generator: 2e-4 V/h on the plateau value (times ~1.0 at the plateau)
        assertThat(res.plateauGrowthVPerS() * 3600).isCloseTo(2e-4, within(2e-5)); // V/h
    }

    @Test
    void overpotentialsAndCapacityPerHalfCycle() {
        Recording r = cell(10, 0.03, 0, 0, Double.POSITIVE_INFINITY, 3);
        SymmetricCellResult res = SymmetricCell.analyze(r, SymmetricCellOptions.of(J).withArea(AREA));
        HalfCycle h = res.halfCycles().get(2);
        assertThat(h.peakOverpotentialV()).isCloseTo(0.039, within(1e-6)); // V: 1.3 x eta at the reversal
        // plateau = median over tau in [0.5, 59/60] h: 0.03 (1 + 0.3 exp(-tau/0.1)), median at tau ~ 0.74 h
        assertThat(h.plateauOverpotentialV()).isCloseTo(0.03 * (1 + 0.3 * Math.exp(-0.741 / 0.1)), within(2e-5)); // V
        // 0.12 mA/cm2 for 59 min (the last row is at 59/60 h) = 0.118 mAh/cm2 = 1.18 Ah/m2
        assertThat(h.capacityAhPerM2()).isCloseTo(1.2 * 59 / 60, within(1e-6)); // Ah/m2
        assertThat(res.halfCycles().get(9).cumulativeAhPerM2()).isCloseTo(10 * 1.2 * 59 / 60, within(1e-5)); // Ah/m2
    }

    @Test
    void areaDerivedFromCurrentDensityWhenNotGiven() {
        Recording r = cell(4, 0.03, 0, 0, Double.POSITIVE_INFINITY, 4);
        SymmetricCellResult res = SymmetricCell.analyze(r, SymmetricCellOptions.of(J));
        assertThat(res.areaM2()).isCloseTo(AREA, within(1e-12)); // m2
        assertThat(res.areaSource()).isEqualTo("current / current density");
    }

    @Test
    void recordWithoutCurrentOrWithOneStepIsRejected() {
        Recording r = cell(1, 0.03, 0, 0, Double.POSITIVE_INFINITY, 5);
        assertThatThrownBy(() -> SymmetricCell.analyze(r, SymmetricCellOptions.of(J)))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("at least 2 half cycles");
        Recording zero = r.withColumn(Quantity.CURRENT, new double[r.rows()]);
        assertThatThrownBy(() -> SymmetricCell.analyze(zero, SymmetricCellOptions.of(J)))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("current is zero");
    }
}
