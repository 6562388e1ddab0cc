package org.elyte.sim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.elyte.sim.model.HalfCellMesh;
import org.junit.jupiter.api.Test;

class RateBruceVincentCalibrationTest {

    @Test
    void rateTestReproducesTheReferenceTable() {
        Simulation sim = Simulation.of("hse40-lfp", List.of());
        List<RateTest.Point> pts = RateTest.run(sim, new double[] {0.1, 1}, ProgressListener.NONE);
        // §6.1: fractions of nominal (0.98 x theoretical) 0.984 and 0.969; V at Q/Qnom = 0.5: 3.384, 3.285 V
        assertThat(pts.get(0).capacityFraction() / 0.98).isCloseTo(0.984, within(0.01));
        assertThat(pts.get(1).capacityFraction() / 0.98).isCloseTo(0.969, within(0.01));
        assertThat(pts.get(0).midVoltageV()).isCloseTo(3.384, within(0.005)); // V
        assertThat(pts.get(1).midVoltageV()).isCloseTo(3.285, within(0.006)); // V (mid of delivered, not of nominal)
        assertThat(pts.get(0).specificMAhPerG()).isCloseTo(0.984 * 0.98 * 169.9, within(2.0)); // mAh/g
    }

    @Test
    void bruceVincentReturnsTheTransferenceThatWentIn() {
        var p = CellMapping.load("hse40-lfp", List.of());
        BruceVincentExperiment bv = BruceVincentExperiment.run(p, 328.15, 0.01, 8,
                new double[] {1e5, 1e3, 10, 1, 0.1, 1e-2, 1e-3});
        // ideal closure with TF = 1: rho+ = t+ (up to the rounding of D in the set, 0.1 %)
        assertThat(bv.currentFraction()).isCloseTo(0.58, within(0.002));
        assertThat(bv.transferenceFromModel(0.01)).isCloseTo(bv.currentFraction(), within(0.01)); // BV at 10 mV
        assertThat(bv.before().real(0)).isCloseTo(bv.bulkResistanceOhm(), within(0.02 * bv.bulkResistanceOhm()));
    }

    @Test
    void calibrationRecoversTheDiffusivityThatMadeTheData() {
        Simulation truth = Simulation.of("hse40-lfp", List.of("Positive particle diffusivity [m2.s-1]=2e-18"))
                .withMesh(new HalfCellMesh(6, 6, 6));
        var data = truth.run("Discharge at 1C until 2.8 V").recording();
        Simulation start = Simulation.of("hse40-lfp", List.of()).withMesh(new HalfCellMesh(6, 6, 6));
        Calibration.Result fit = Calibration.fitDischarge(start, data,
                List.of("Positive particle diffusivity [m2.s-1]"), ProgressListener.NONE);
        assertThat(fit.parameters().get(0).value()).isCloseTo(2e-18, within(0.1e-18)); // m2/s, 5 %
        assertThat(fit.rmsVoltageV()).isLessThan(0.003); // V
    }
}
