package org.elyte.sim.eis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.elyte.core.error.ConvergenceException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;
import org.elyte.sim.model.CellControl;
import org.elyte.sim.model.HalfCell;
import org.elyte.sim.model.HalfCellModel;
import org.elyte.sim.model.SymmetricCell;
import org.elyte.sim.model.SymmetricCellModel;
import org.elyte.sim.solver.BdfIntegrator;

/**
 * Virtual impedance spectra of the cell models at rest: the model is made consistent at zero
 * current, linearised ({@link Linearisation}) with double-layer capacitances at the interfaces,
 * and solved per frequency (PyBaMM's EISSimulation approach; Hallemans et al., J. Electrochem.
 * Soc. 172 (2025) 060507).
 */
public final class VirtualEis {
    /** Vacuum permittivity, F/m. */
    public static final double EPSILON_0 = 8.8541878128e-12;

    private VirtualEis() {
    }

    /**
     * Li | electrolyte | Li at rest. The double layer C_dl sits on each interface's overpotential
     * (in parallel with charge transfer; the film resistance is in series); the geometric
     * capacitance ε₀ε_r·A/L is in parallel with the whole cell (0 to omit).
     *
     * @param cell the cell
     * @param doubleLayer C_dl per interface, F/m² (&gt; 0)
     * @param relativePermittivity ε_r of the electrolyte (≥ 0)
     * @param frequencyHz frequencies, Hz
     * @return Z in Ω, imaginary part negative when capacitive
     */
    public static ImpedanceSpectrum symmetricCell(SymmetricCell cell, double doubleLayer, double relativePermittivity,
            double[] frequencyHz) {
        Objects.requireNonNull(cell, "cell");
        if (!(doubleLayer > 0) || !(relativePermittivity >= 0) || !Double.isFinite(doubleLayer + relativePermittivity)) {
            throw new InvalidInputException("EIS needs C_dl > 0 F/m2 and eps_r >= 0; got " + doubleLayer + ", "
                    + relativePermittivity);
        }
        SymmetricCellModel model = new SymmetricCellModel(cell, new CellControl.CurrentDensity(0));
        double[] y = model.initialState();
        consistent(model, y);
        int n = model.grid().size();
        int iI = model.currentIndex();
        double[] b = new double[model.size()];
        b[iI] = -1;
        double[] g = new double[model.size()];
        for (int k = 0; k < g.length; k++) {
            double h = 1e-6 * Math.max(Math.abs(y[k]), 1e-3);
            double keep = y[k];
            y[k] = keep + h;
            double vp = model.voltage(y);
            y[k] = keep - h;
            double vm = model.voltage(y);
            y[k] = keep;
            g[k] = (vp - vm) / (2 * h);
        }
        List<Linearisation.MassEntry> extra = List.of(new Linearisation.MassEntry(0, 0, doubleLayer),
                new Linearisation.MassEntry(n + 1, n + 1, doubleLayer));
        Linearisation lin = new Linearisation(model, y, extra, b, g, 0, 1.0 / cell.areaM2());
        Metadata md = Metadata.empty().with(Metadata.FORMAT, "elyte-sim virtual EIS, symmetric cell")
                .with(Metadata.ELECTRODE_AREA_M2, cell.areaM2()).with(Metadata.THICKNESS_M, cell.thicknessM())
                .with(Metadata.TEMPERATURE_K, cell.temperatureK());
        ImpedanceSpectrum z = lin.spectrum(frequencyHz, md);
        if (relativePermittivity == 0) {
            return z;
        }
        double cGeo = EPSILON_0 * relativePermittivity * cell.areaM2() / cell.thicknessM();
        double[] zr = new double[z.size()];
        double[] zi = new double[z.size()];
        for (int k = 0; k < z.size(); k++) {
            double w = 2 * Math.PI * z.frequencyHz(k);
            double a = z.real(k);
            double c = z.imag(k);
            double den = a * a + c * c;
            double yr = a / den;
            double yi = -c / den + w * cGeo;
            double d2 = yr * yr + yi * yi;
            zr[k] = yr / d2;
            zi[k] = -yi / d2;
        }
        return ImpedanceSpectrum.of(z.frequenciesHz(), zr, zi, md);
    }

    /**
     * Li | solid electrolyte | composite cathode at rest at the cathode's initial stoichiometry.
     * Double layers: C_dl,Li on the Li overpotential and C_dl on every particle surface, charged by
     * d(Φ₁ − Φ₂)/dt; the salt balance sees the faradaic current only.
     *
     * @param cell the cell
     * @param lithiumDoubleLayer C_dl of the Li foil, F/m² (&gt; 0)
     * @param cathodeDoubleLayer C_dl per particle area, F/m² (&gt; 0)
     * @param frequencyHz frequencies, Hz
     * @return Z in Ω (dV/dI with I positive on charge)
     */
    public static ImpedanceSpectrum halfCell(HalfCell cell, double lithiumDoubleLayer, double cathodeDoubleLayer,
            double[] frequencyHz) {
        Objects.requireNonNull(cell, "cell");
        if (!(lithiumDoubleLayer > 0) || !(cathodeDoubleLayer > 0)
                || !Double.isFinite(lithiumDoubleLayer + cathodeDoubleLayer)) {
            throw new InvalidInputException("EIS needs double-layer capacitances > 0 F/m2; got " + lithiumDoubleLayer
                    + ", " + cathodeDoubleLayer);
        }
        HalfCellModel model = new HalfCellModel(cell);
        model.setCurrent(0);
        double[] y = model.initialState();
        consistent(model, y);
        int size = model.size();
        double delta = 1e-4;
        double[] fp = new double[size];
        double[] fm = new double[size];
        model.setCurrent(delta);
        model.rhs(0, y, fp);
        model.setCurrent(-delta);
        model.rhs(0, y, fm);
        model.setCurrent(0);
        double[] b = new double[size];
        for (int i = 0; i < size; i++) {
            b[i] = (fp[i] - fm[i]) / (2 * delta);
        }
        List<Linearisation.MassEntry> extra = new ArrayList<>();
        extra.add(new Linearisation.MassEntry(model.lithiumOverpotentialIndex(), model.lithiumOverpotentialIndex(),
                lithiumDoubleLayer));
        double a = cell.cathode().specificArea();
        int ns = model.separatorCells();
        for (int m = 0; m < cell.mesh().cathode(); m++) {
            double c = a * model.grid().width(ns + m) * cathodeDoubleLayer;
            int p2 = model.electrolytePotentialIndex(ns + m);
            int p1 = model.solidPotentialIndex(m);
            extra.add(new Linearisation.MassEntry(p2, p1, c));
            extra.add(new Linearisation.MassEntry(p2, p2, -c));
            extra.add(new Linearisation.MassEntry(p1, p1, -c));
            extra.add(new Linearisation.MassEntry(p1, p2, c));
        }
        Linearisation lin = new Linearisation(model, y, extra, b, model.voltageGradient(y),
                model.voltageCurrentDerivative(), -1.0 / cell.areaM2());
        Metadata md = Metadata.empty().with(Metadata.FORMAT, "elyte-sim virtual EIS, DFN half cell")
                .with(Metadata.ELECTRODE_AREA_M2, cell.areaM2()).with(Metadata.THICKNESS_M, cell.separatorThicknessM())
                .with(Metadata.TEMPERATURE_K, cell.temperatureK());
        return lin.spectrum(frequencyHz, md);
    }

    private static void consistent(org.elyte.sim.solver.DaeSystem model, double[] y) {
        String why = BdfIntegrator.withDefaults().initialize(model, 0, y);
        if (!why.isEmpty()) {
            throw new ConvergenceException("operating point not found: " + why);
        }
    }
}
