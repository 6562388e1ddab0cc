package org.elyte.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.elyte.core.quantity.Quantity;
import org.elyte.sim.solver.DaeSolution.Status;
import org.junit.jupiter.api.Test;

class SymmetricCellTest {
    private static final double T55 = 328.15;
    private static final double L_HSE = 120e-6;
    /** HSE of cell_model_reference §4.2: κ 3.64e-3 S/m, t+ 0.58, D 5.2e-13 m²/s (ideal closure). */
    private static final ConstantElectrolyte HSE = new ConstantElectrolyte(3.64e-3, 5.2e-13, 0.58, 1.0);

    private static SymmetricCell cell(ElectrolyteTransport e, double l, double temp, ElectrodeKinetics k, int n) {
        return new SymmetricCell(l, 1e-4, temp, 1000, e, k, n, false);
    }

    /** Cells clustered at the interfaces: the t = 0+ boundary layer is resolved (I₀ exact to O(h_wall)). */
    private static SymmetricCell clustered(ElectrolyteTransport e, double l, double temp, ElectrodeKinetics k) {
        return new SymmetricCell(l, 1e-4, temp, 1000, e, k, 80, true);
    }

    private static double tau(SymmetricCell c) {
        return SymmetricCellTheory.relaxationTime(c.electrolyte(), 1000, c.temperatureK(), c.thicknessM());
    }

    @Test
    void idealClosureGivesTheReferenceDiffusivity() {
        ConstantElectrolyte e = ConstantElectrolyte.idealClosure(3.64e-3, 0.58, 1000, T55);
        assertThat(e.diffusivity()).isCloseTo(5.2e-13, within(0.05e-13)); // m²/s, §4.2 quotes 2 digits
    }

    @Test
    void potentiostaticSteadyStateRatioMatchesConcentratedSolutionTheory() {
        for (ConstantElectrolyte e : new ConstantElectrolyte[] {HSE, new ConstantElectrolyte(3.64e-3, 1e-12, 0.58, 1.5)}) {
            SymmetricCell c = clustered(e, L_HSE, T55, ElectrodeKinetics.symmetric(1e4));
            SymmetricCellResult r = SymmetricCellSimulation.of(c).run(new CellControl.Voltage(0.005), 10 * tau(c));
            assertThat(r.status()).isEqualTo(Status.COMPLETED);
            double i0 = r.currentDensity()[0];
            double iss = r.currentDensity()[r.last()];
            double rho = SymmetricCellTheory.currentFraction(e, 1000, T55);
            assertThat(iss / i0).isCloseTo(rho, within(0.005 * rho)); // 0.5 % relative
            double ohmic = 0.005 / (L_HSE / e.conductivity() + 2 * c.kinetics().chargeTransferResistance(T55));
            assertThat(i0).isCloseTo(ohmic, within(1e-3 * ohmic)); // A/m², initial current is ohmic
        }
    }

    /** cell_model_reference §6.2: i0 = 2 A/m², ΔV = 10 mV, R0 = Rss = 2RT/(F i0), run to 8τ. */
    private static double bruceVincent(ConstantElectrolyte e, double l, double temp) {
        SymmetricCell c = clustered(e, l, temp, ElectrodeKinetics.symmetric(2.0));
        SymmetricCellResult r = SymmetricCellSimulation.of(c).run(new CellControl.Voltage(0.010), 8 * tau(c));
        assertThat(r.status()).isEqualTo(Status.COMPLETED);
        double rInt = 2 * c.kinetics().chargeTransferResistance(temp);
        return SymmetricCellTheory.bruceVincent(0.010, r.currentDensity()[0], r.currentDensity()[r.last()], rInt,
                rInt);
    }

    @Test
    void reproducesTheBruceVincentReferenceNumbers() {
        assertThat(bruceVincent(HSE, L_HSE, T55)).isCloseTo(0.5796, within(0.001)); // §6.2 HSE case
        assertThat(bruceVincent(new ConstantElectrolyte(3.64e-3, 1e-12, 0.58, 1.5), L_HSE, T55))
                .isCloseTo(0.6390, within(0.001)); // §6.2 non-ideal case
        assertThat(bruceVincent(new ConstantElectrolyte(4e-2, 4.5e-12, 0.25, 1.0), 48e-6, 333.15))
                .isCloseTo(0.2444, within(0.002)); // §6.2 Pebax case (BV non-linearity)
    }

    @Test
    void galvanostaticSteadyStateVoltageMatchesTheAnalyticProfile() {
        ElectrodeKinetics k = new ElectrodeKinetics(2.0, 1000, 0, 0.5, 0.5, 0.01);
        SymmetricCell c = cell(HSE, L_HSE, T55, k, 100);
        double iLim = SymmetricCellTheory.limitingCurrent(HSE, 1000, T55, L_HSE);
        double i = 0.5 * iLim;
        SymmetricCellResult r = SymmetricCellSimulation.of(c).run(new CellControl.CurrentDensity(i), 12 * tau(c));
        assertThat(r.status()).isEqualTo(Status.COMPLETED);
        double expected = SymmetricCellTheory.steadyStateVoltage(c, i);
        assertThat(r.voltage()[r.last()]).isCloseTo(expected, within(1e-3 * expected)); // 0.1 % relative
        assertThat(r.leftSurface()[r.last()]).isCloseTo(1500, within(1.0)); // mol/m³, c0 (1 + I/I_lim)
        assertThat(r.rightSurface()[r.last()]).isCloseTo(500, within(1.0)); // mol/m³, c0 (1 - I/I_lim)
        double s0 = r.saltInventory()[0];
        for (double s : r.saltInventory()) {
            assertThat(Math.abs(s - s0) / s0).isLessThan(1e-10); // salt (lithium) conserved, relative
        }
        assertThat(r.recording().rows()).isEqualTo(r.size());
        assertThat(r.recording().get(Quantity.CURRENT, r.last())).isCloseTo(i * 1e-4, within(1e-12)); // A
        assertThat(r.recording().get(Quantity.VOLTAGE, r.last())).isPositive();
    }

    @Test
    void singleIonConductorIsOhmicWithUniformSalt() {
        ConstantElectrolyte single = new ConstantElectrolyte(3.64e-3, 5.2e-13, 1.0, 1.0);
        ElectrodeKinetics k = new ElectrodeKinetics(2.0, 1000, 0.5, 0.5, 0.5, 0.02);
        SymmetricCell c = cell(single, L_HSE, T55, k, 20);
        double i = 5.0; // A/m², far above any binary-salt limiting current
        SymmetricCellResult r = SymmetricCellSimulation.of(c).run(new CellControl.CurrentDensity(i), 1e5);
        assertThat(r.status()).isEqualTo(Status.COMPLETED);
        double eta = k.overpotential(i, 1000, T55);
        double ohmic = i * L_HSE / 3.64e-3 + 2 * eta + 2 * i * 0.02;
        for (double v : r.voltage()) {
            assertThat(v).isCloseTo(ohmic, within(1e-9)); // V: ohmic limit holds at every time
        }
        for (double[] row : r.concentration()) {
            for (double x : row) {
                assertThat(x).isEqualTo(1000.0); // mol/m³, exactly uniform
            }
        }
    }

    @Test
    void saltDepletesOnlyAboveTheLimitingCurrent() {
        SymmetricCell c = cell(HSE, L_HSE, T55, ElectrodeKinetics.symmetric(2.0), 100);
        double iLim = SymmetricCellTheory.limitingCurrent(HSE, 1000, T55, L_HSE);
        assertThat(iLim).isCloseTo(2.0, within(0.05)); // A/m², §6.1 quotes 2.0
        SymmetricCellResult below = SymmetricCellSimulation.of(c).run(new CellControl.CurrentDensity(0.97 * iLim),
                12 * tau(c));
        assertThat(below.status()).isEqualTo(Status.COMPLETED);
        assertThat(below.rightSurface()[below.last()]).isCloseTo(30, within(1.5)); // mol/m³, c0 (1 - 0.97)
        SymmetricCellResult above = SymmetricCellSimulation.of(c).run(new CellControl.CurrentDensity(1.05 * iLim),
                12 * tau(c));
        assertThat(above.status()).isEqualTo(Status.EVENT);
        assertThat(above.event()).contains("salt depletion");
    }

    @Test
    void depletionTimeMatchesSandsTime() {
        SymmetricCell c = new SymmetricCell(L_HSE, 1e-4, T55, 1000, HSE, ElectrodeKinetics.symmetric(2.0), 120, true);
        double iLim = SymmetricCellTheory.limitingCurrent(HSE, 1000, T55, L_HSE);
        double i = 10 * iLim;
        double sand = SymmetricCellTheory.sandTime(HSE, 1000, T55, i);
        SymmetricCellResult r = SymmetricCellSimulation.of(c).run(new CellControl.CurrentDensity(i), 2 * sand);
        assertThat(r.status()).isEqualTo(Status.EVENT);
        // depletion threshold 1e-3 c0: c_s = c0 (1 - sqrt(t/t_Sand)) reaches it at t_Sand (1 - 1e-3)²
        double expected = sand * Math.pow(1 - 1e-3, 2);
        assertThat(r.timesS()[r.last()]).isCloseTo(expected, within(0.01 * expected)); // s, 1 % relative
    }
}
