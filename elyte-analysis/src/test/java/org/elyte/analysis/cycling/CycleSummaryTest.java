package org.elyte.analysis.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CycleSummary on synthetic records with known truth. */
class CycleSummaryTest {
    private static final Synthetic.Plan PLAN = Synthetic.fading(1e-3, 0.002, 0.99, 1e-3 / 3);

    @ParameterizedTest
    @EnumSource(value = CapacitySource.class)
    void everyMetricOfALinearCycleIsKnown(CapacitySource source) {
        Recording r = Synthetic.record(5, PLAN, 10, 0);
        List<CycleMetrics> cycles = CycleSummary.of(r, CycleOptions.defaults().withCapacitySource(source)
                .withActiveMassKg(6e-6).withElectrodeAreaM2(1e-4));
        assertThat(cycles).hasSize(5);
        for (CycleMetrics m : cycles) {
            int k = m.cycle();
            double qd = PLAN.dischargeAh(k);
            double qc = PLAN.chargeAh(k);
            assertThat(m.dischargeCapacityAh()).isCloseTo(qd, within(1e-12)); // Ah
            assertThat(m.chargeCapacityAh()).isCloseTo(qc, within(1e-12)); // Ah
            assertThat(m.dischargeSpecificCapacityMahPerG()).isCloseTo(qd / 6e-6, within(1e-6)); // mAh/g
            assertThat(m.dischargeArealCapacityMahPerCm2()).isCloseTo(qd * 1e3 / 1, within(1e-9)); // mAh/cm² (1 cm²)
            assertThat(m.coulombicEfficiencyPercent()).isCloseTo(99, within(1e-8)); // %
            // linear voltage: mean = midpoint; energy = Q × mean voltage
            assertThat(m.meanChargeVoltageV()).isCloseTo(3.45, within(1e-9)); // V
            assertThat(m.meanDischargeVoltageV()).isCloseTo(3.35, within(1e-9)); // V
            assertThat(m.voltageGapV()).isCloseTo(0.10, within(1e-9)); // V
            assertThat(m.dischargeEnergyWh()).isCloseTo(qd * 3.35, within(1e-12)); // Wh
            assertThat(m.energyEfficiencyPercent()).isCloseTo(99 * 3.35 / 3.45, within(1e-7)); // %
            assertThat(m.endOfChargeVoltageV()).isCloseTo(3.6, within(1e-12)); // V
            assertThat(m.endOfDischargeVoltageV()).isCloseTo(3.2, within(1e-12)); // V
            assertThat(m.maxVoltageV()).isCloseTo(3.6, within(1e-12)); // V
            assertThat(m.meanDischargeCurrentA()).isCloseTo(1e-3 / 3, within(1e-12)); // A
            double dur = (qc + qd) / (1e-3 / 3) * 3600 + 60;
            assertThat(m.durationS()).isCloseTo(dur, within(1e-6)); // s
        }
    }

    @Test
    void ceModesAndDerivedBoundaries() {
        Recording r = Synthetic.record(4, PLAN, 10, 0.003);
        CycleOptions o = CycleOptions.defaults().withCapacitySource(CapacitySource.INTEGRATED);
        List<CycleMetrics> doc = CycleSummary.of(r, o);
        List<CycleMetrics> cod = CycleSummary.of(r, o.withCeMode(CoulombicEfficiencyMode.CHARGE_OVER_DISCHARGE));
        List<CycleMetrics> eclab = CycleSummary.of(r, o.withCeMode(CoulombicEfficiencyMode.ECLAB));
        List<CycleMetrics> derived = CycleSummary.of(r, o.withBoundary(CycleBoundary.CURRENT_SIGN));
        for (int k = 0; k < 4; k++) {
            // 0.3 % current noise averages out over ~120 samples: 0.05 % on CE
            assertThat(doc.get(k).coulombicEfficiencyPercent()).isCloseTo(99, within(0.05)); // %
            assertThat(cod.get(k).coulombicEfficiencyPercent()).isCloseTo(100 / 0.99, within(0.05)); // %
            assertThat(eclab.get(k).coulombicEfficiencyPercent())
                    .isCloseTo(doc.get(k).coulombicEfficiencyPercent(), within(1e-9)); // %, charge-first cell
            assertThat(derived.get(k).cycle()).isEqualTo(k + 1);
            assertThat(derived.get(k).dischargeCapacityAh()).isCloseTo(doc.get(k).dischargeCapacityAh(), within(1e-12)); // Ah
        }
        // anode mode with derived boundaries: cycles open at each discharge, so cycle 1 is the opening charge alone
        List<CycleMetrics> anode = CycleSummary.of(r, o.withCeMode(CoulombicEfficiencyMode.CHARGE_OVER_DISCHARGE)
                .withBoundary(CycleBoundary.CURRENT_SIGN));
        assertThat(anode).hasSize(5);
        assertThat(anode.get(0).dischargeCapacityAh()).isZero();
        assertThat(anode.get(0).coulombicEfficiencyPercent()).isNaN(); // no discharge: undefined, not made up
    }

    @Test
    void badInputIsReportedNotGuessed() {
        Map<Quantity, double[]> cols = new LinkedHashMap<>();
        cols.put(Quantity.TEST_TIME, new double[] {0, 1, 2});
        cols.put(Quantity.VOLTAGE, new double[] {3, 3.1, 3.2});
        Recording noCurrent = Recording.of(cols, Metadata.empty().with(Metadata.SOURCE_FILE, "x.csv"));
        assertThatThrownBy(() -> CycleSummary.of(noCurrent, CycleOptions.defaults()))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("x.csv").hasMessageContaining("Current");
        cols.put(Quantity.CURRENT, new double[] {0, 0, 0});
        assertThatThrownBy(() -> CycleSummary.of(Recording.of(cols, Metadata.empty()), CycleOptions.defaults()))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("zero on every row");
        cols.put(Quantity.CURRENT, new double[] {1, 1, 1});
        cols.put(Quantity.TEST_TIME, new double[] {0, 2, 1});
        assertThatThrownBy(() -> CycleSummary.of(Recording.of(cols, Metadata.empty()), CycleOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 3");
        assertThatThrownBy(() -> CycleOptions.defaults().withActiveMassKg(0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("active mass");
        assertThatThrownBy(() -> CycleSummary.of(Recording.of(cols, Metadata.empty()),
                CycleOptions.defaults().withCapacitySource(CapacitySource.COLUMNS)))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("COLUMNS");
    }
}
