package org.elyte.sim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.sim.experiment.Experiment;
import org.elyte.sim.model.HalfCellMesh;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static double last(double[] a) {
        return a[a.length - 1];
    }

    @Test
    void fiveLineRunReproducesTheReferenceRow() {
        Simulation sim = Simulation.of("hse40-lfp", List.of());
        SimulationResult r = sim.run("Discharge at 1C until 2.8 V");
        Recording rec = r.recording();
        assertThat(r.status()).isEqualTo(SimulationResult.Status.COMPLETED);
        double qNominal = sim.oneCAmps(); // Ah per 1 h
        assertThat(last(rec.require(Quantity.DISCHARGING_CAPACITY)) / qNominal).isCloseTo(0.969, within(0.01)); // §6.1
        assertThat(last(rec.require(Quantity.VOLTAGE))).isCloseTo(2.8, within(1e-4)); // V, at the cut-off
        assertThat(rec.require(Quantity.CURRENT)[3]).isCloseTo(-sim.oneCAmps(), within(1e-12)); // A, discharge < 0
        assertThat(r.steps().get(0).ended()).contains("2.8");
    }

    @Test
    void cycleWithConstantVoltageHoldCarriesTheState() {
        Simulation sim = Simulation.of("pebax12-lfp", List.of()).withMesh(new HalfCellMesh(6, 6, 6));
        double oneC = sim.oneCAmps();
        SimulationResult r = sim.run(Experiment.parse(List.of(
                "(Discharge at 1C until 3.0 V, Rest for 10 minutes, Charge at 1C until 3.6 V, Hold at 3.6 V until C/20)"))
                .repeat(2));
        assertThat(r.status()).as(r.message()).isEqualTo(SimulationResult.Status.COMPLETED);
        assertThat(r.steps()).hasSize(8);
        Recording rec = r.recording();
        double[] t = rec.require(Quantity.TEST_TIME);
        double[] v = rec.require(Quantity.VOLTAGE);
        double[] i = rec.require(Quantity.CURRENT);
        double[] sc = rec.require(Quantity.STEP_COUNT);
        double[] cyc = rec.require(Quantity.CYCLE_COUNT);
        for (int k = 1; k < t.length; k++) {
            assertThat(t[k]).isGreaterThanOrEqualTo(t[k - 1]);
            if (sc[k] == 4) {
                assertThat(v[k]).isCloseTo(3.6, within(1e-6)); // V, held
                assertThat(i[k]).isPositive(); // charging current
            }
        }
        assertThat(Math.abs(last(i))).isCloseTo(oneC / 20, within(oneC * 1e-3)); // A, ends at C/20
        assertThat(last(cyc)).isEqualTo(2.0);
        SimulationResult.StepReport d1 = r.steps().get(0);
        SimulationResult.StepReport d2 = r.steps().get(4);
        double charged = r.steps().get(2).chargeAh() + r.steps().get(3).chargeAh();
        // the second discharge starts from the state the CC-CV charge left: nearly what the first one delivered
        assertThat(d2.dischargeAh() / d1.dischargeAh()).isCloseTo(1, within(0.05));
        assertThat(charged / d1.dischargeAh()).isCloseTo(1, within(0.05));
        assertThat(r.steps().get(1).endS() - r.steps().get(1).startS()).isCloseTo(600, within(1e-6)); // s
    }

    @Test
    void failingStepReturnsTheDataSoFar() {
        Simulation sim = Simulation.of("pebax12-lfp", List.of()).withMesh(new HalfCellMesh(4, 4, 4));
        SimulationResult r = sim.run("Discharge at C/2 for 10 minutes", "Discharge at 1 W for 1 minute");
        assertThat(r.status()).isEqualTo(SimulationResult.Status.FAILED);
        assertThat(r.message()).contains("step 2").contains("cannot sustain this power"); // 1 W from a 0.2 mAh cell
        assertThat(last(r.recording().require(Quantity.TEST_TIME))).isCloseTo(600, within(1e-6)); // s
    }

    @Test
    void experimentTerminationStopsAfterTheCycle() {
        Simulation sim = Simulation.of("pebax12-lfp", List.of()).withMesh(new HalfCellMesh(4, 4, 4));
        Experiment e = Experiment.parse(List.of("(Discharge at 1C for 20 minutes, Charge at 1C for 10 minutes)"))
                .repeat(5).withTerminations(List.of("40 minutes"));
        SimulationResult r = sim.run(e);
        assertThat(r.status()).isEqualTo(SimulationResult.Status.TERMINATED);
        assertThat(last(r.recording().require(Quantity.CYCLE_COUNT))).isEqualTo(2.0);
    }

    @Test
    void stepTemperatureChangesTheCell() {
        Simulation sim = Simulation.of("pebax12-lfp", List.of()).withMesh(new HalfCellMesh(4, 4, 4));
        SimulationResult warm = sim.run("Discharge at 2C for 5 minutes");
        SimulationResult cold = sim.run(Experiment.parse(List.of("Discharge at 2C for 5 minutes"))
                .withTemperature("20oC"));
        double vw = last(warm.recording().require(Quantity.VOLTAGE));
        double vc = last(cold.recording().require(Quantity.VOLTAGE));
        assertThat(vc).isLessThan(vw - 0.01); // V: colder electrolyte, more overpotential
        assertThat(cold.steps().get(0).temperatureK()).isCloseTo(293.15, within(1e-9)); // K
    }
}
