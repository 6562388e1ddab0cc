package org.elyte.analysis.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.elyte.core.error.AnalysisException;
import org.junit.jupiter.api.Test;

/** Retention, fade, failure and rate capability on synthetic records. */
class RetentionAndRateTest {

    @Test
    void retentionFadeAndThresholdOfALinearFade() {
        // 0.26 % of Q1 lost per cycle: 80 % is crossed at cycle 78 (retention 79.98 %)
        List<CycleMetrics> c = CycleSummary.of(Synthetic.record(100, Synthetic.fading(1e-3, 0.0026, 0.995, 1e-3), 30, 0),
                CycleOptions.defaults());
        RetentionResult r = Retention.of(c, RetentionOptions.defaults());
        assertThat(r.referenceCycle()).isEqualTo(1);
        assertThat(r.points().get(99).retentionPercent()).isCloseTo(100 * (1 - 0.0026 * 99), within(1e-9)); // %
        assertThat(r.fadePerCyclePercent()).isCloseTo(0.26, within(1e-9)); // %/cycle
        assertThat(r.fadePer100CyclesPercent()).isCloseTo(26, within(1e-7)); // %/100 cycles
        assertThat(r.cycleBelowThreshold()).hasValue(78);
        assertThat(r.failureCycle()).isEmpty();
        assertThat(Retention.lossPercent(c, 1, 51, CapacityBasis.DISCHARGE)).isCloseTo(13, within(1e-9)); // %
        RetentionResult from50 = Retention.of(c, RetentionOptions.defaults().withReferenceCycle(50));
        assertThat(from50.points().get(0).retentionPercent()).isCloseTo(100, within(1e-12)); // %
        assertThatThrownBy(() -> Retention.cycleBelowThreshold(c, RetentionOptions.defaults().withThresholdPercent(50)))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("never falls below 50");
    }

    @Test
    void defaultReferenceIsTheFirstCompleteCycleNotAPartialFirstDischarge() {
        // a cell that starts with a discharge: cycle 0 holds a short discharge and no charge
        List<CycleMetrics> c = new java.util.ArrayList<>(CycleSummary.of(
                Synthetic.record(5, Synthetic.fading(1e-3, 0.01, 0.995, 1e-3), 30, 0), CycleOptions.defaults()));
        c.add(0, new CycleMetrics(0, 0, 0, 0, 0.2e-3, 0, 0, 0, 0, Double.NaN, 0, 0, Double.NaN, Double.NaN, 2.3,
                Double.NaN, Double.NaN, 2.3, 3.0, 2.0, 100, 0, 1e-3));
        RetentionResult r = Retention.of(c, RetentionOptions.defaults());
        assertThat(r.referenceCycle()).isEqualTo(1);
        assertThat(r.points().get(0).retentionPercent()).isCloseTo(100, within(1e-12)); // %
        assertThat(r.points().get(4).retentionPercent()).isCloseTo(96, within(1e-9)); // % (1 % of Q1 per cycle)
        // asked for explicitly, the partial cycle is still accepted as the reference
        assertThat(Retention.of(c, RetentionOptions.defaults().withReferenceCycle(0)).referenceCycle()).isZero();
    }

    @Test
    void seedMethodsSection32Checks() {
        // [000] HSEs-40 %: 136.6 → 112.2 (cycle 100) → 103.3 mAh/g (cycle 200), as capacities per gram
        Synthetic.Plan plan = new Synthetic.Plan() {
            public double chargeAh(int k) {
                return dischargeAh(k);
            }

            public double dischargeAh(int k) {
                double q = k <= 100 ? 136.6 - 24.4 * (k - 1) / 99.0 : 112.2 - 8.9 * (k - 100) / 100.0;
                return q * 1e-6; // 1 mg active mass
            }

            public double currentA(int k) {
                return 0.3 * 170e-6;
            }
        };
        List<CycleMetrics> c = CycleSummary.of(Synthetic.record(200, plan, 120, 0), CycleOptions.defaults());
        assertThat(Retention.lossPercent(c, 1, 100, CapacityBasis.DISCHARGE)).isCloseTo(17.86, within(0.01)); // %
        assertThat(Retention.lossPercent(c, 100, 200, CapacityBasis.DISCHARGE)).isCloseTo(7.93, within(0.01)); // %
        assertThat(Retention.of(c, RetentionOptions.defaults()).points().get(199).retentionPercent())
                .isCloseTo(75.62, within(0.01)); // %
    }

    @Test
    void abruptFailureIsFoundAtTheInjectedCycle() {
        Synthetic.Plan healthy = Synthetic.fading(1e-3, 0.001, 0.995, 1e-3);
        Synthetic.Plan failing = new Synthetic.Plan() {
            public double chargeAh(int k) {
                return healthy.chargeAh(k);
            }

            public double dischargeAh(int k) {
                return k < 37 ? healthy.dischargeAh(k) : healthy.dischargeAh(k) * 0.4;
            }

            public double currentA(int k) {
                return 1e-3;
            }
        };
        List<CycleMetrics> c = CycleSummary.of(Synthetic.record(50, failing, 60, 0.002), CycleOptions.defaults());
        assertThat(Retention.of(c, RetentionOptions.defaults()).failureCycle()).hasValue(37);
        List<CycleMetrics> ok = CycleSummary.of(Synthetic.record(50, healthy, 60, 0.002), CycleOptions.defaults());
        assertThat(Retention.of(ok, RetentionOptions.defaults()).failureCycle()).isEmpty();
    }

    @Test
    void rateBlocksCRatesAndRecovery() {
        double[] rates = {0.2, 0.5, 1, 2, 0.2};
        double[] caps = {149.0, 138.4, 124.3, 97.2, 147.5}; // mAh/g per block, 3 cycles each
        double massKg = 2e-6;
        Synthetic.Plan plan = new Synthetic.Plan() {
            public double chargeAh(int k) {
                return dischargeAh(k) / 0.99;
            }

            public double dischargeAh(int k) {
                int b = (k - 1) / 3;
                return (caps[b] + 0.5 * ((k - 1) % 3 - 1)) * massKg;
            }

            public double currentA(int k) {
                return rates[(k - 1) / 3] * 170 * massKg;
            }
        };
        List<CycleMetrics> c = CycleSummary.of(Synthetic.record(15, plan, 5, 0.003), CycleOptions.defaults());
        RateResult r = RateCapability.of(c, RateOptions.ofActiveMass(massKg, RateOptions.LFP_MAH_PER_G));
        assertThat(r.blocks()).hasSize(5);
        for (int b = 0; b < 5; b++) {
            RateBlock blk = r.blocks().get(b);
            assertThat(blk.count()).isEqualTo(3);
            assertThat(blk.firstCycle()).isEqualTo(3 * b + 1);
            assertThat(blk.cRate()).isCloseTo(rates[b], within(0.002 * rates[b])); // 1/h, 0.3 % current noise
            assertThat(blk.meanCapacityAh() / massKg).isCloseTo(caps[b], within(1e-6)); // mAh/g
            assertThat(blk.stdCapacityAh() / massKg).isCloseTo(0.5, within(1e-6)); // mAh/g
        }
        assertThat(r.recoveryPercent().orElseThrow()).isCloseTo(100 * 147.5 / 149.0, within(1e-6)); // %
        assertThat(r.blocks().get(1).retentionPercent()).isCloseTo(100 * 138.4 / 149.0, within(1e-6)); // %
        assertThatThrownBy(() -> RateCapability.of(c, new RateOptions(CapacityBasis.DISCHARGE,
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), 170, 0.05)))
                .hasMessageContaining("nominal capacity or an active mass");
    }
}
