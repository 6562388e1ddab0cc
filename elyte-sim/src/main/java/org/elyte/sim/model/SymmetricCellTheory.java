package org.elyte.sim.model;

/**
 * Analytic limits of the symmetric Li | binary electrolyte | Li cell with constant properties
 * (cell_model_reference §2.3; Newman &amp; Thomas-Alyea; Bruce &amp; Vincent 1987; Balsara &amp;
 * Newman 2015). All inputs SI; t+ = 1 gives infinite limiting current and Sand's time.
 */
public final class SymmetricCellTheory {
    private SymmetricCellTheory() {
    }

    /**
     * @param e electrolyte (evaluated at c₀, T)
     * @param c0 concentration, mol/m³
     * @param temperatureK T, K
     * @param thicknessM L, m
     * @return limiting current density {@code 2 c₀ F D / ((1 − t+) L)}, A/m²
     */
    public static double limitingCurrent(ElectrolyteTransport e, double c0, double temperatureK, double thicknessM) {
        double tm = 1 - e.transference(c0, temperatureK);
        return tm <= 0 ? Double.POSITIVE_INFINITY
                : 2 * c0 * Physics.FARADAY * e.diffusivity(c0, temperatureK) / (tm * thicknessM);
    }

    /**
     * @param e electrolyte
     * @param c0 concentration, mol/m³
     * @param temperatureK T, K
     * @param currentDensity I, A/m²
     * @return Sand's time {@code π D (c₀F)² / (4 (I(1 − t+))²)}, s (semi-infinite electrolyte)
     */
    public static double sandTime(ElectrolyteTransport e, double c0, double temperatureK, double currentDensity) {
        double tm = 1 - e.transference(c0, temperatureK);
        double q = currentDensity * tm;
        return q == 0 ? Double.POSITIVE_INFINITY
                : Math.PI * e.diffusivity(c0, temperatureK) * Math.pow(c0 * Physics.FARADAY, 2) / (4 * q * q);
    }

    /**
     * Steady-state voltage under constant current below the limiting current, with concentration-
     * independent kinetics: {@code η_a + |η_c| + 2IR_f + IL/κ + (2RT/F)(1 − t+)TF ln(c(0)/c(L))}.
     *
     * @param cell the cell (constant-property electrolyte evaluated at c₀)
     * @param currentDensity I, A/m² (|I| &lt; limiting current)
     * @return voltage, V
     */
    public static double steadyStateVoltage(SymmetricCell cell, double currentDensity) {
        ElectrolyteTransport e = cell.electrolyte();
        double c0 = cell.initialConcentration();
        double t = cell.temperatureK();
        double ratio = currentDensity / limitingCurrent(e, c0, t, cell.thicknessM());
        double tm = 1 - e.transference(c0, t);
        double conc = 2 * Physics.thermalVoltage(t) * tm * e.thermodynamicFactor(c0, t)
                * Math.log((1 + ratio) / (1 - ratio));
        ElectrodeKinetics k = cell.kinetics();
        double etaA = k.overpotential(currentDensity, c0 * (1 + ratio), t);
        double etaC = k.overpotential(-currentDensity, c0 * (1 - ratio), t);
        return etaA - etaC + 2 * currentDensity * k.filmResistance()
                + currentDensity * cell.thicknessM() / e.conductivity(c0, t) + conc;
    }

    /**
     * The steady-state to ohmic current ratio of a potentiostatic polarization at small voltage,
     * {@code ρ+ = 1 / (1 + 2RTκ(1 − t+)² TF / (F² D c₀))}; equals t+ only for an ideal electrolyte.
     *
     * @param e electrolyte
     * @param c0 concentration, mol/m³
     * @param temperatureK T, K
     * @return ρ+
     */
    public static double currentFraction(ElectrolyteTransport e, double c0, double temperatureK) {
        double tm = 1 - e.transference(c0, temperatureK);
        double f = Physics.FARADAY;
        return 1.0 / (1 + 2 * Physics.GAS_CONSTANT * temperatureK * e.conductivity(c0, temperatureK) * tm * tm
                * e.thermodynamicFactor(c0, temperatureK) / (f * f * e.diffusivity(c0, temperatureK) * c0));
    }

    /**
     * Bruce–Vincent transference number {@code Iss(ΔV − I₀R₀) / (I₀(ΔV − IssRss))}.
     *
     * @param dv applied voltage step, V
     * @param i0 initial current, A (or A/m² with R in Ω·m²)
     * @param iss steady-state current, same unit
     * @param r0 interfacial resistance before, Ω (total of both interfaces)
     * @param rss interfacial resistance at steady state, Ω
     * @return t+ (Bruce–Vincent)
     */
    public static double bruceVincent(double dv, double i0, double iss, double r0, double rss) {
        return iss * (dv - i0 * r0) / (i0 * (dv - iss * rss));
    }

    /**
     * @param e electrolyte
     * @param c0 concentration, mol/m³
     * @param temperatureK T, K
     * @param thicknessM L, m
     * @return relaxation time of the concentration profile {@code L²/(π² D)}, s
     */
    public static double relaxationTime(ElectrolyteTransport e, double c0, double temperatureK, double thicknessM) {
        return thicknessM * thicknessM / (Math.PI * Math.PI * e.diffusivity(c0, temperatureK));
    }
}
