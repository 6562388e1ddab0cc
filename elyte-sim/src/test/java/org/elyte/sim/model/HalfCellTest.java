package org.elyte.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.elyte.sim.solver.BdfOptions;
import org.junit.jupiter.api.Test;

/** Conservation, limits and convergence of the DFN half cell. */
class HalfCellTest {

    @Test
    void lithiumIsConservedToSolverTolerance() {
        HalfCell cell = ReferenceCells.hse(15);
        HalfCellResult r = HalfCellSimulation.of(cell).discharge(1, 0.98, 2.8);
        int last = r.size() - 1;
        double salt0 = r.electrolyteLithium()[0];
        for (int k = 0; k <= last; k++) {
            assertThat(r.electrolyteLithium()[k]).isCloseTo(salt0, within(1e-12 * salt0)); // mol/m2, rounding
            double gained = r.solidLithium()[k] - r.solidLithium()[0];
            double passed = r.dischargeCharge()[k] / Physics.FARADAY;
            assertThat(gained).isCloseTo(passed, within(1e-6 * r.solidLithium()[0] + 1e-9 * passed)); // mol/m2
        }
    }

    @Test
    void recordingHasCoreColumnsWithChargingPositiveCurrent() {
        HalfCell cell = ReferenceCells.pebax(10);
        HalfCellResult r = HalfCellSimulation.of(cell).discharge(2, 0.98, 2.8);
        double[] amps = r.recording().column(Quantity.CURRENT).orElseThrow();
        double[] ah = r.recording().column(Quantity.DISCHARGING_CAPACITY).orElseThrow();
        assertThat(amps[1]).isNegative();
        assertThat(ah[ah.length - 1]).isCloseTo(r.finalDischargeCharge() * cell.areaM2() / 3600,
                within(1e-15)); // Ah
        assertThat(r.recording().column(Quantity.VOLTAGE).orElseThrow()[ah.length - 1]).isCloseTo(2.8, within(1e-4)); // V
    }

    @Test
    void singleIonLowRateApproachesOcpMinusOhmicDrop() {
        double t = 328.15;
        HalfCell base = ReferenceCells.hse(10);
        HalfCell cell = base.withElectrolyte(new ConstantElectrolyte(3.64e-3, 5e-13, 1.0, 1.0));
        double rate = 0.01;
        HalfCellResult r = HalfCellSimulation.of(cell).discharge(rate, 0.98, 2.8);
        double qn = 0.98 * cell.cathode().theoreticalCharge();
        double i = rate * cell.oneCCurrentDensity(0.98);
        double x0 = cell.cathode().initialStoichiometry();
        OpenCircuitPotential u = cell.cathode().material().ocp();
        double rOhm = cell.separatorThicknessM() / 3.64e-3 + Physics.thermalVoltage(t) / 2.0;
        for (double f : new double[] {0.25, 0.5, 0.75}) {
            double x = x0 + f * 0.98;
            assertThat(r.voltageAtCharge(f * qn)).isCloseTo(u.value(x) - i * rOhm, within(1e-4)); // V, 0.1 mV
        }
        // capacity → equilibrium stoichiometry where U(x) = 2.8 V (bisection), fraction of nominal within 0.003
        double lo = 0.5;
        double hi = 1 - 1e-4;
        for (int k = 0; k < 60; k++) {
            double mid = 0.5 * (lo + hi);
            if (u.value(mid) - i * rOhm > 2.8) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertThat(r.finalDischargeCharge() / qn).isCloseTo((lo - x0) / 0.98, within(0.003));
        HalfCellModel model = new HalfCellModel(cell);
        for (int k = 0; k < cell.mesh().separator() + cell.mesh().cathode(); k++) {
            assertThat(r.finalState()[model.concentrationIndex(k)]).isEqualTo(1000.0); // t+ = 1: c exactly c0
        }
    }

    @Test
    void spatialDiscretisationIsSecondOrder() {
        double[] v = new double[4];
        int[] ns = {5, 10, 20, 40};
        for (int k = 0; k < ns.length; k++) {
            HalfCell cell = ReferenceCells.hse(10).withMesh(new HalfCellMesh(ns[k], ns[k], 6));
            HalfCellSimulation sim = new HalfCellSimulation(cell, BdfOptions.defaults().withTolerances(1e-9, 1e-9),
                    1e-6);
            HalfCellResult r = sim.run(cell.oneCCurrentDensity(0.98), 900, 2.0, 5.0);
            v[k] = r.voltage()[r.size() - 1];
        }
        for (int k = 0; k + 2 < ns.length; k++) {
            double order = Math.log((v[k + 1] - v[k]) / (v[k + 2] - v[k + 1])) / Math.log(2);
            assertThat(order).as("observed order %d", k).isGreaterThanOrEqualTo(1.9); // log2 of error ratio
        }
    }

    @Test
    void ncm811DischargeReachesCutoff() {
        CompositeCathode cat = new CompositeCathode(20e-6, 0.5, 0.4, 1.5, 10, CathodeMaterial.ncm811Chen2020(), 0.27);
        HalfCell cell = new HalfCell(30e-6, cat, ConstantElectrolyte.idealClosure(0.05, 0.4, 1000, 333.15), 1000,
                ReferenceCells.lithiumFoil(), 1e-4, 1e-4, 333.15, HalfCellMesh.uniform(10));
        HalfCellResult r = HalfCellSimulation.of(cell).run(cell.oneCCurrentDensity(0.6) * 0.5, 3 * 3600, 3.6, 4.4);
        assertThat(r.event()).contains("voltage cut-off");
        double used = r.finalDischargeCharge() / cat.theoreticalCharge();
        assertThat(used).isBetween(0.4, 0.6); // swing from x = 0.27 to below 0.85 (U(0.85) = 3.61 V)
        assertThat(r.voltage()[0]).isBetween(4.1, 4.3); // V, fit at x = 0.27
    }

    @Test
    void ocpFitsHaveDocumentedValuesAndSmoothTails() {
        OpenCircuitPotential lfp = OpenCircuitPotential.lfp();
        assertThat(lfp.value(0.5)).isCloseTo(3.398, within(1e-3)); // V (reference §4.1)
        assertThat(lfp.value(-0.1)).isGreaterThan(lfp.value(0)).isFinite();
        assertThat(lfp.value(1.1)).isLessThan(lfp.value(1.0)).isFinite();
        OpenCircuitPotential ncm = OpenCircuitPotential.ncm811();
        for (double x = 0.27; x < 0.9; x += 0.01) {
            double fd = (ncm.value(x + 1e-6) - ncm.value(x - 1e-6)) / 2e-6;
            assertThat(ncm.slope(x)).isCloseTo(fd, within(1e-4 * Math.abs(fd) + 1e-6)); // V
            assertThat(ncm.slope(x)).isNegative();
        }
    }

    @Test
    void invalidInputsAreRejected() {
        assertThatThrownBy(() -> new CompositeCathode(10e-6, 0.7, 0.5, 1.5, 1, CathodeMaterial.lfpPrada2013(), 0.02))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("eps_s + eps_e");
        assertThatThrownBy(() -> new HalfCellMesh(0, 5, 5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> HalfCellSimulation.of(ReferenceCells.hse(5)).discharge(-1, 0.98, 2.8))
                .isInstanceOf(InvalidInputException.class);
    }
}
