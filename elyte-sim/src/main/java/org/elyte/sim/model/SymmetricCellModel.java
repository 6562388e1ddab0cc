package org.elyte.sim.model;

import java.util.Objects;

import org.elyte.sim.mesh.DiffusionOperator;
import org.elyte.sim.mesh.Grid1D;
import org.elyte.sim.solver.DaeSystem;
import org.elyte.sim.solver.JacobianPattern;

/**
 * The symmetric Li | electrolyte | Li cell as a DAE (cell_model_reference §2.3). Unknowns:
 * {@code [η₀, c₀ … c_{N−1}, η_L, I]}: the overpotential at x = 0 (V), the cell concentrations
 * (mol/m³, differential), the overpotential at x = L and the current density (A/m², algebraic).
 * The salt balance is written with the anion flux {@code N₋ = −D ∂c/∂x − (1 − t+) I/F} (zero at both
 * Li faces), so the salt inventory is conserved to rounding. With uniform current the electrolyte
 * potential drop is integrated in closed form: {@code Φ₂(0) − Φ₂(L) = I∫dx/κ − (2RT/F)∫χ dln c},
 * {@code χ = TF(1 − t+)}; interface concentrations are extrapolated with the known boundary
 * gradient. Cell voltage {@code V = η₀ − η_L + 2IR_f + Φ₂(0) − Φ₂(L)}, positive for I &gt; 0.
 * Not thread-safe (work arrays).
 */
public final class SymmetricCellModel implements DaeSystem {
    private final SymmetricCell cell;
    private final Grid1D grid;
    private final DiffusionOperator op;
    private final int n;
    private final double temp;
    private final double cFloor;
    private final boolean singleIon;
    private CellControl control;
    private final double[] kap;
    private final double[] dif;
    private final double[] tp;
    private final double[] tf;
    private final double[] flux;

    /**
     * @param cell the cell
     * @param control what is held constant
     */
    public SymmetricCellModel(SymmetricCell cell, CellControl control) {
        this.cell = Objects.requireNonNull(cell, "cell");
        this.control = Objects.requireNonNull(control, "control");
        this.grid = cell.grid();
        this.op = new DiffusionOperator(grid);
        this.n = grid.size();
        this.temp = cell.temperatureK();
        this.cFloor = 1e-9 * cell.initialConcentration();
        this.singleIon = cell.electrolyte().singleIon();
        kap = new double[n];
        dif = new double[n];
        tp = new double[n];
        tf = new double[n];
        flux = new double[n + 1];
    }

    /** @param newControl the control for the following integration */
    public void setControl(CellControl newControl) {
        this.control = Objects.requireNonNull(newControl, "control");
    }

    /** @return the grid */
    public Grid1D grid() {
        return grid;
    }

    /** @return index of the current-density unknown */
    public int currentIndex() {
        return n + 2;
    }

    /** @return an initial state: uniform c₀, zero current and overpotentials (algebraic parts are a guess) */
    public double[] initialState() {
        double[] y = new double[n + 3];
        java.util.Arrays.fill(y, 1, n + 1, cell.initialConcentration());
        return y;
    }

    @Override
    public int size() {
        return n + 3;
    }

    @Override
    public void massDiagonal(double[] out) {
        java.util.Arrays.fill(out, 0, n + 3, 0.0);
        java.util.Arrays.fill(out, 1, n + 1, 1.0);
    }

    @Override
    public JacobianPattern pattern() {
        return JacobianPattern.dense();
    }

    private void properties(double[] y) {
        ElectrolyteTransport e = cell.electrolyte();
        for (int i = 0; i < n; i++) {
            double c = Math.max(y[1 + i], cFloor);
            kap[i] = e.conductivity(c, temp);
            dif[i] = e.diffusivity(c, temp);
            tp[i] = e.transference(c, temp);
            tf[i] = e.thermodynamicFactor(c, temp);
        }
    }

    /** @return concentration at x = 0 extrapolated with the boundary gradient, mol/m³ (properties set) */
    private double leftSurface(double[] y, double current) {
        return y[1] + (grid.centre(0) - grid.face(0)) * (1 - tp[0]) * current / (Physics.FARADAY * dif[0]);
    }

    private double rightSurface(double[] y, double current) {
        return y[n] - (grid.face(n) - grid.centre(n - 1)) * (1 - tp[n - 1]) * current
                / (Physics.FARADAY * dif[n - 1]);
    }

    /**
     * @param y state
     * @return {c(0), c(L)}: interface concentrations, mol/m³
     */
    public double[] surfaceConcentrations(double[] y) {
        properties(y);
        double i = y[n + 2];
        return new double[] {leftSurface(y, i), rightSurface(y, i)};
    }

    /** @param y state @return cell voltage, V */
    public double voltage(double[] y) {
        properties(y);
        return voltageWithProperties(y);
    }

    /** @param y state @return salt inventory ∫c dx, mol/m² */
    public double saltInventory(double[] y) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += y[1 + i] * grid.volume(i);
        }
        return s;
    }

    private double ln(double c) {
        return Math.log(Math.max(c, cFloor));
    }

    private double voltageWithProperties(double[] y) {
        double current = y[n + 2];
        double ohm = 0;
        for (int i = 0; i < n; i++) {
            ohm += grid.volume(i) / kap[i];
        }
        double diff = 0;
        if (!singleIon) {
            double cb0 = leftSurface(y, current);
            double cbL = rightSurface(y, current);
            diff += tf[0] * (1 - tp[0]) * (ln(y[1]) - ln(cb0));
            for (int i = 0; i < n - 1; i++) {
                double chi = 0.5 * (tf[i] * (1 - tp[i]) + tf[i + 1] * (1 - tp[i + 1]));
                diff += chi * (ln(y[2 + i]) - ln(y[1 + i]));
            }
            diff += tf[n - 1] * (1 - tp[n - 1]) * (ln(cbL) - ln(y[n]));
        }
        return y[0] - y[n + 1] + 2 * current * cell.kinetics().filmResistance() + current * ohm
                - 2 * Physics.thermalVoltage(temp) * diff;
    }

    @Override
    public void rhs(double t, double[] y, double[] out) {
        properties(y);
        double current = y[n + 2];
        double cb0 = leftSurface(y, current);
        double cbL = rightSurface(y, current);
        if (singleIon) {
            java.util.Arrays.fill(out, 1, n + 1, 0.0);
        } else {
            flux[0] = 0;
            flux[n] = 0;
            for (int i = 0; i < n - 1; i++) {
                double tr = op.transmissibility(i, dif[i], dif[i + 1]);
                double tm = 1 - 0.5 * (tp[i] + tp[i + 1]);
                flux[i + 1] = -tr * (y[2 + i] - y[1 + i]) - tm * current / Physics.FARADAY;
            }
            for (int i = 0; i < n; i++) {
                out[1 + i] = (flux[i] - flux[i + 1]) / grid.volume(i);
            }
        }
        ElectrodeKinetics k = cell.kinetics();
        out[0] = current - k.current(y[0], cb0, temp);
        out[n + 1] = -current - k.current(y[n + 1], cbL, temp);
        if (control instanceof CellControl.CurrentDensity cd) {
            out[n + 2] = current - cd.value();
        } else if (control instanceof CellControl.Voltage v) {
            out[n + 2] = voltageWithProperties(y) - v.value();
        }
    }
}
