package org.elyte.analysis.voltammetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.junit.jupiter.api.Test;

class StabilityWindowTest {
    static final double AREA = 1e-4; // m2 = 1 cm2

    /** j(E) in A/m2: baseline 0.02 + 0.01 (E - 3), plus 5 (E - 4.5) above 4.5 V, minus 5 (0.5 - E) below 0.5 V. */
    static final DoubleUnaryOperator J = e -> 0.02 + 0.01 * (e - 3) + 5 * Math.max(0, e - 4.5)
            - 5 * Math.max(0, 0.5 - e);

    static Recording sweep(double... vertices) {
        List<Double> es = new ArrayList<>();
        for (int k = 0; k + 1 < vertices.length; k++) {
            int n = (int) Math.round(Math.abs(vertices[k + 1] - vertices[k]) / 1e-3);
            for (int s = (k == 0 ? 0 : 1); s <= n; s++) {
                es.add(vertices[k] + (vertices[k + 1] - vertices[k]) * s / n);
            }
        }
        double[] e = es.stream().mapToDouble(Double::doubleValue).toArray();
        double[] i = new double[e.length];
        double[] t = new double[e.length];
        for (int k = 0; k < e.length; k++) {
            i[k] = J.applyAsDouble(e[k]) * AREA;
            t[k] = k;
        }
        Map<Quantity, double[]> cols = new LinkedHashMap<>();
        cols.put(Quantity.TEST_TIME, t);
        cols.put(Quantity.VOLTAGE, e);
        cols.put(Quantity.CURRENT, i);
        return Recording.of(cols, Metadata.empty().with(Metadata.SOURCE_FILE, "lsv"));
    }

    @Test
    void anodicLsvOnsetByThresholdAndTangent() {
        StabilityWindowResult r = StabilityWindow.analyze(sweep(3, 6), StabilityWindowOptions.of(AREA));
        Onset o = r.anodic().orElseThrow();
        // 0.035 + 5.01 (E - 4.5) = 0.1 A/m2 (10 uA/cm2)
        assertThat(o.thresholdV()).isCloseTo(4.5 + 0.065 / 5.01, within(1e-9)); // V
        assertThat(o.tangentV()).isCloseTo(4.5, within(1e-6)); // V, kink of the piecewise-linear current
        assertThat(o.baselineSlope()).isCloseTo(0.01, within(1e-9)); // A m-2 V-1
        assertThat(o.riseSlope()).isCloseTo(5.01, within(1e-6)); // A m-2 V-1
        assertThat(r.cathodic()).isEmpty();
    }

    @Test
    void cvWithSeveralSweeps() {
        StabilityWindowResult r = StabilityWindow.analyze(sweep(3, 6, 0, 3), StabilityWindowOptions.of(AREA));
        assertThat(r.sweeps()).extracting(Sweep::direction).containsExactly(SweepDirection.ANODIC,
                SweepDirection.CATHODIC, SweepDirection.ANODIC);
        assertThat(r.anodic().orElseThrow().thresholdV()).isCloseTo(4.5 + 0.065 / 5.01, within(1e-9)); // V
        // cathodic sweep: -j = 0.005 + 5.01 (0.5 - E) = 0.1 -> E = 0.5 - 0.095 / 5.01
        assertThat(r.cathodic().orElseThrow().thresholdV()).isCloseTo(0.5 - 0.095 / 5.01, within(1e-9)); // V
        assertThat(r.sweeps().get(2).onset()).isEmpty();
        assertThat(r.widthV().orElseThrow()).isCloseTo(4.0 + 0.065 / 5.01 + 0.095 / 5.01, within(1e-9)); // V
    }

    @Test
    void thresholdNeverReachedIsAClearError() {
        assertThatThrownBy(() -> StabilityWindow.analyze(sweep(3, 4.4), StabilityWindowOptions.of(AREA)))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("never reaches the threshold 10 uA/cm2")
                .hasMessageContaining("Lower --threshold");
    }
}
