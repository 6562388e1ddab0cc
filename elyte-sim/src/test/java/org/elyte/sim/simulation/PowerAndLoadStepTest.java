package org.elyte.sim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.sim.model.HalfCellMesh;
import org.junit.jupiter.api.Test;

/** Constant-power and constant-load discharges and charges: the control equation holds at every recorded point. */
class PowerAndLoadStepTest {
    private static Simulation cell() {
        return Simulation.of("pebax12-lfp", List.of()).withMesh(new HalfCellMesh(8, 8, 8));
    }

    @Test
    void constantPowerDischargeDeliversThatPowerUntilTheCutOff() {
        Simulation sim = cell();
        double watts = 0.5e-3; // about 0.9 C for this 1 cm2 cell at 3.3 V
        SimulationResult r = sim.run("Discharge at 0.5 mW until 3.0 V");
        assertThat(r.succeeded()).as(r.message()).isTrue();
        Recording rec = r.recording();
        double[] v = rec.require(Quantity.VOLTAGE);
        double[] i = rec.require(Quantity.CURRENT);
        for (int k = 0; k < v.length; k++) {
            assertThat(-v[k] * i[k]).as("row " + k).isCloseTo(watts, within(1e-6 * watts)); // W, BDF sign
        }
        assertThat(v[v.length - 1]).isCloseTo(3.0, within(1e-4)); // V, ended by its condition
        assertThat(r.steps().get(0).ended()).isEqualTo("until 3 V");
        // the current rises as the voltage falls at constant power
        assertThat(-i[i.length - 1]).isGreaterThan(-i[1]);
        double e = 0;
        double[] t = rec.require(Quantity.TEST_TIME);
        for (int k = 1; k < t.length; k++) {
            e += watts * (t[k] - t[k - 1]) / 3600;
        }
        double meanV = e / rec.require(Quantity.DISCHARGING_CAPACITY)[v.length - 1];
        assertThat(meanV).isBetween(3.0, v[0]); // V: energy / capacity lies between the end voltages
    }

    @Test
    void constantPowerChargeIsNegativePower() {
        SimulationResult r = cell().run("Discharge at 1C for 30 minutes", "Charge at 0.3 mW for 10 minutes");
        assertThat(r.succeeded()).as(r.message()).isTrue();
        Recording rec = r.recording();
        double[] v = rec.require(Quantity.VOLTAGE);
        double[] i = rec.require(Quantity.CURRENT);
        double[] step = rec.require(Quantity.STEP_COUNT);
        int n = 0;
        for (int k = 0; k < v.length; k++) {
            if (step[k] == step[v.length - 1]) {
                assertThat(v[k] * i[k]).as("row " + k).isCloseTo(0.3e-3, within(1e-6 * 0.3e-3)); // W, charging
                n++;
            }
        }
        assertThat(n).isGreaterThan(5);
        assertThat(r.steps().get(1).endS() - r.steps().get(1).startS()).isCloseTo(600, within(1e-6)); // s
    }

    @Test
    void loadResistanceDischargeFollowsOhmsLaw() {
        double ohms = 20e3; // about 1 C at 3.4 V
        SimulationResult r = cell().run("Discharge at 20000 Ohm until 3.2 V");
        assertThat(r.succeeded()).as(r.message()).isTrue();
        double[] v = r.recording().require(Quantity.VOLTAGE);
        double[] i = r.recording().require(Quantity.CURRENT);
        for (int k = 0; k < v.length; k++) {
            assertThat(-i[k] * ohms).as("row " + k).isCloseTo(v[k], within(1e-6 * v[k])); // V
        }
        assertThat(v[v.length - 1]).isCloseTo(3.2, within(1e-4)); // V
    }
}
