package org.elyte.sim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.sim.model.HalfCellMesh;
import org.junit.jupiter.api.Test;

/** Calibration to a rate table and to several discharge curves, on data simulated with a known parameter. */
class CalibrationDataTest {
    private static final String DS = "Positive particle diffusivity [m2.s-1]";
    private static final HalfCellMesh COARSE = new HalfCellMesh(6, 6, 6);

    private static Simulation cell(String... overrides) {
        return Simulation.of("hse40-lfp", List.of(overrides)).withMesh(COARSE);
    }

    @Test
    void rateTableCalibrationRecoversTheDiffusivityThatMadeIt() {
        List<RateTest.Point> measured = RateTest.run(cell(DS + "=2e-18"), new double[] {0.5, 1, 1.5},
                ProgressListener.NONE);
        List<Calibration.RatePoint> table = new ArrayList<>();
        for (RateTest.Point p : measured) {
            table.add(new Calibration.RatePoint(p.cRate(), p.capacityFraction(), p.midVoltageV()));
        }
        Calibration.Result fit = Calibration.fitRateTable(cell(), table, List.of(DS), ProgressListener.NONE);
        assertThat(fit.parameters().get(0).initial()).isCloseTo(5.9e-18, within(0.1e-18)); // m2/s, the set's value
        assertThat(fit.parameters().get(0).value()).isCloseTo(2e-18, within(0.1e-18)); // m2/s, 5 %
        assertThat(fit.rmsCapacityRelative()).isLessThan(0.003); // 0.3 %
        assertThat(fit.rmsVoltageV()).isLessThan(0.003); // V
        assertThat(fit.parameters().get(0).stderr()).isFinite();
    }

    @Test
    void capacitiesAloneAreEnoughForOneParameter() {
        List<RateTest.Point> measured = RateTest.run(cell(DS + "=2e-18"), new double[] {1, 1.5},
                ProgressListener.NONE);
        List<Calibration.RatePoint> table = new ArrayList<>();
        for (RateTest.Point p : measured) {
            table.add(new Calibration.RatePoint(p.cRate(), p.capacityFraction(), Double.NaN));
        }
        Calibration.Result fit = Calibration.fitRateTable(cell(), table, List.of(DS), ProgressListener.NONE);
        assertThat(fit.parameters().get(0).value()).isCloseTo(2e-18, within(0.2e-18)); // m2/s, 10 %
        assertThat(fit.rmsVoltageV()).isNaN();
    }

    @Test
    void twoDischargeCurvesAtDifferentRatesAreFittedTogether() {
        Recording slow = cell(DS + "=2e-18").run("Discharge at 0.5C until 2.8 V").recording();
        Recording fast = cell(DS + "=2e-18").run("Discharge at 1.5C until 2.8 V").recording();
        Calibration.Result fit = Calibration.fitDischarges(cell(), List.of(slow, fast), List.of(DS),
                ProgressListener.NONE);
        assertThat(fit.parameters().get(0).value()).isCloseTo(2e-18, within(0.1e-18)); // m2/s, 5 %
        assertThat(fit.rmsVoltageV()).isLessThan(0.003); // V
    }

    @Test
    void everyContiguousDischargeOfARecordingIsOneCurveAtItsOwnCurrent() {
        Simulation s = cell();
        double oneC = s.theoreticalCapacityAh() * 0.98; // A, nominal = 0.98 x theoretical
        Recording rec = s.run("Discharge at 0.5C until 2.8 V", "Rest for 10 minutes", "Charge at 0.5C until 3.8 V",
                "Discharge at 1C until 2.8 V").recording();
        List<CalibrationData.Curve> curves = CalibrationData.Curve.discharges(rec);
        assertThat(curves).hasSize(2);
        assertThat(curves.get(0).amps()).isCloseTo(0.5 * oneC, within(0.005 * oneC)); // A
        assertThat(curves.get(1).amps()).isCloseTo(oneC, within(0.01 * oneC)); // A
        assertThat(curves.get(1).qEnd()).isLessThan(s.theoreticalCapacityAh()); // Ah: the second alone, not cumulative
    }

    @Test
    void badTablesAndRecordingsWithoutADischargeAreRejected() {
        assertThatThrownBy(() -> new Calibration.RatePoint(0, 0.9, 3.3)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Calibration.fitRateTable(cell(), List.of(), List.of(DS), ProgressListener.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no rows");
        Recording discharge = cell().run("Discharge at 1C until 2.8 V").recording();
        double[] current = discharge.require(Quantity.CURRENT).clone();
        for (int k = 0; k < current.length; k++) {
            current[k] = Math.abs(current[k]); // the same record as a charge
        }
        Recording charge = discharge.withColumn(Quantity.CURRENT, current);
        assertThatThrownBy(() -> Calibration.fitDischarge(cell(), charge, List.of(DS), ProgressListener.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs a discharge");
    }
}
