package org.elyte.analysis.lithium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.junit.jupiter.api.Test;

class LithiumCopperTest {
    static final double I = 1e-3; // A

    /** Builds a Li||Cu record from a list of steps in mAh: negative = plating, positive = stripping. */
    static final class Builder {
        final List<double[]> rows = new ArrayList<>();
        double t = 0;

        Builder step(double mAh) {
            double duration = Math.abs(mAh) * 3.6 / I * 1e-3 * 1000; // s: mAh * 3.6 C/mAh / A
            double sign = Math.signum(mAh);
            for (double tau = 0; tau <= duration + 1e-9; tau += duration / 100) {
                double v = sign < 0 ? -(0.02 + 0.05 * Math.exp(-tau / 60)) : 0.02;
                rows.add(new double[] {t + tau, v, sign * I});
            }
            t += duration;
            for (int r = 1; r <= 5; r++) {
                rows.add(new double[] {t + 60 * r, sign < 0 ? -0.01 : 0.5, 0});
            }
            t += 360;
            return this;
        }

        Recording build() {
            Map<Quantity, double[]> cols = new LinkedHashMap<>();
            cols.put(Quantity.TEST_TIME, rows.stream().mapToDouble(r -> r[0]).toArray());
            cols.put(Quantity.VOLTAGE, rows.stream().mapToDouble(r -> r[1]).toArray());
            cols.put(Quantity.CURRENT, rows.stream().mapToDouble(r -> r[2]).toArray());
            return Recording.of(cols, Metadata.empty().with(Metadata.SOURCE_FILE, "licu"));
        }
    }

    @Test
    void nucleationOverpotentialAndEfficiencyPerCycle() {
        Recording r = new Builder().step(-1).step(0.9).step(-1).step(0.95).step(-1).step(0.97).build();
        LithiumCopperResult res = LithiumCopper.analyze(r, LithiumCopperOptions.defaults());
        assertThat(res.cycles()).hasSize(3);
        PlatingCycle c = res.cycles().get(1);
        assertThat(c.platedAh()).isCloseTo(1e-3, within(1e-9)); // Ah
        assertThat(c.coulombicEfficiency()).isCloseTo(0.95, within(1e-9)); // 1
        assertThat(c.dipOverpotentialV()).isCloseTo(0.07, within(1e-9)); // V: 20 mV plateau + 50 mV dip
        assertThat(c.plateauOverpotentialV()).isCloseTo(0.02, within(1e-6)); // V: exp(-1800/60) ~ 1e-13
        assertThat(c.nucleationOverpotentialV()).isCloseTo(0.05, within(1e-6)); // V
        assertThat(res.meanCoulombicEfficiency()).isCloseTo(0.96, within(1e-9)); // mean of cycles 2 and 3
    }

    @Test
    void aurbachProtocolOfAdams2018() {
        Builder b = new Builder().step(-5).step(4.5).step(-5); // formation, then reservoir Q_T = 5 mAh
        double ce = 0.98;
        b.step(1); // first Q_C strip after the reservoir
        for (int k = 0; k < 9; k++) {
            b.step(-1).step(1);
        }
        b.step(-1);
        double qs = 5 - 10 * (1 - ce) * 1; // reservoir left after 10 cycles each losing (1 - CE) Q_C
        b.step(qs); // final strip of what is left
        LithiumCopperResult res = LithiumCopper.analyze(b.build(),
                LithiumCopperOptions.defaults().withAurbach(OptionalInt.empty()));
        AurbachEfficiency a = res.aurbach().orElseThrow();
        assertThat(a.reservoirCycle()).isEqualTo(2);
        assertThat(a.n()).isEqualTo(10);
        assertThat(a.qTAh()).isCloseTo(5e-3, within(1e-9)); // Ah
        assertThat(a.qCAh()).isCloseTo(1e-3, within(1e-9)); // Ah
        assertThat(a.qSAh()).isCloseTo(qs * 1e-3, within(1e-9)); // Ah
        // (n Q_C + Q_S) / (n Q_C + Q_T) by hand: (10 + 4.8) / (10 + 5)
        assertThat(a.efficiency()).isCloseTo(14.8 / 15, within(1e-9)); // 1
        assertThat(AurbachEfficiency.of(5, 1, 10, 4.8).efficiency()).isCloseTo(14.8 / 15, within(1e-12)); // 1
    }

    @Test
    void noCompleteCycleIsAnError() {
        Recording r = new Builder().step(0.5).step(-1).build();
        assertThatThrownBy(() -> LithiumCopper.analyze(r, LithiumCopperOptions.defaults()))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("no plating step followed by a stripping");
        Recording one = new Builder().step(-1).step(1).build();
        assertThatThrownBy(() -> LithiumCopper.analyze(one, LithiumCopperOptions.defaults().withAurbach(OptionalInt.empty())))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("reservoir");
    }
}
