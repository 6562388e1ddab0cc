package org.elyte.sim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.sim.solver.BdfIntegrator;
import org.elyte.sim.solver.BdfOptions;
import org.elyte.sim.solver.DaeSolution;
import org.elyte.sim.solver.Event;

/**
 * Galvanostatic runs of a {@link HalfCell} from rest (uniform c₀ and x₀). Terminal events: the
 * voltage cut-off (falling through V_min on discharge, rising through V_max on charge), salt
 * depletion (smallest electrolyte concentration below a fraction of c₀) and a full or empty
 * particle surface (x_s within 10⁻⁴ of 1 or 0).
 */
public final class HalfCellSimulation {
    private final HalfCell cell;
    private final BdfOptions options;
    private final double depletionFraction;

    /**
     * @param cell the cell
     * @param options integrator options
     * @param depletionFraction salt-depletion threshold as a fraction of c₀, in (0, 1)
     */
    public HalfCellSimulation(HalfCell cell, BdfOptions options, double depletionFraction) {
        this.cell = Objects.requireNonNull(cell, "cell");
        this.options = Objects.requireNonNull(options, "options");
        if (!(depletionFraction > 0 && depletionFraction < 1)) {
            throw new InvalidInputException("depletion fraction must be in (0, 1), got " + depletionFraction);
        }
        this.depletionFraction = depletionFraction;
    }

    /**
     * @param cell the cell
     * @return a simulation with rtol 1e-6, atol 1e-6 and salt depletion at 10⁻⁶·c₀ (c → 0: the
     *         local depletion front then moves, so a larger threshold ends high-rate runs early)
     */
    public static HalfCellSimulation of(HalfCell cell) {
        return new HalfCellSimulation(cell, BdfOptions.defaults().withTolerances(1e-6, 1e-6), 1e-6);
    }

    /** @return the cell */
    public HalfCell cell() {
        return cell;
    }

    /**
     * Constant-current discharge at a C-rate until the cut-off (or at most 1.5/C hours).
     *
     * @param cRate C-rate (&gt; 0) relative to the nominal capacity
     * @param nominalFraction nominal capacity as a fraction of theoretical (e.g. 0.98)
     * @param cutoffV lower voltage limit, V
     * @return the result
     */
    public HalfCellResult discharge(double cRate, double nominalFraction, double cutoffV) {
        if (!(cRate > 0) || !(nominalFraction > 0) || !Double.isFinite(cRate)) {
            throw new InvalidInputException("discharge needs C-rate > 0 and nominal fraction > 0; got " + cRate
                    + ", " + nominalFraction);
        }
        double i = cRate * cell.oneCCurrentDensity(nominalFraction);
        return run(i, 1.5 * 3600 / cRate, cutoffV, Double.POSITIVE_INFINITY);
    }

    /**
     * @param currentDensity I, A/m² (positive on discharge, negative on charge, non-zero)
     * @param durationS longest duration, s
     * @param vMin lower cut-off, V (used when I &gt; 0)
     * @param vMax upper cut-off, V (used when I &lt; 0)
     * @return the result (check {@link HalfCellResult#status()})
     */
    public HalfCellResult run(double currentDensity, double durationS, double vMin, double vMax) {
        if (!(durationS > 0) || !Double.isFinite(currentDensity) || currentDensity == 0) {
            throw new InvalidInputException("galvanostatic run needs a non-zero finite current and duration > 0 s;"
                    + " got " + currentDensity + " A/m2, " + durationS + " s");
        }
        HalfCellModel model = new HalfCellModel(cell);
        model.setCurrent(currentDensity);
        double cMin = depletionFraction * cell.initialConcentration();
        double cmax = cell.cathode().material().maxConcentration();
        int np = cell.mesh().cathode();
        List<Event> events = new ArrayList<>();
        if (currentDensity > 0) {
            events.add(new Event("voltage cut-off", Event.Direction.FALLING, (t, y) -> model.voltage(y) - vMin));
            events.add(new Event("particle full", Event.Direction.RISING, (t, y) -> {
                double mx = 0;
                for (int m = 0; m < np; m++) {
                    mx = Math.max(mx, model.surfaceConcentration(y, m));
                }
                return mx / cmax - (1 - 1e-4);
            }));
        } else {
            events.add(new Event("voltage cut-off", Event.Direction.RISING, (t, y) -> model.voltage(y) - vMax));
            events.add(new Event("particle empty", Event.Direction.FALLING, (t, y) -> {
                double mn = 1;
                for (int m = 0; m < np; m++) {
                    mn = Math.min(mn, model.surfaceConcentration(y, m) / cmax);
                }
                return mn - 1e-4;
            }));
        }
        if (!cell.electrolyte().singleIon()) {
            events.add(new Event("salt depletion", Event.Direction.FALLING,
                    (t, y) -> model.minimumConcentration(y) - cMin));
        }
        DaeSolution sol = new BdfIntegrator(options).integrate(model, 0, model.initialState(), durationS, events);
        return collect(model, sol, currentDensity);
    }

    private HalfCellResult collect(HalfCellModel model, DaeSolution sol, double currentDensity) {
        int m = sol.size();
        double[] t = sol.times();
        double[] volt = new double[m];
        double[] q = new double[m];
        double[] el = new double[m];
        double[] so = new double[m];
        double[] mn = new double[m];
        double[] amps = new double[m];
        double[] ah = new double[m];
        double area = cell.areaM2();
        for (int k = 0; k < m; k++) {
            double[] y = sol.states()[k];
            volt[k] = model.voltage(y);
            q[k] = currentDensity * (t[k] - t[0]);
            el[k] = model.electrolyteLithium(y);
            so[k] = model.solidLithium(y);
            mn[k] = model.minimumConcentration(y);
            amps[k] = -currentDensity * area;
            ah[k] = Math.max(q[k], 0) * area / 3600.0;
        }
        Map<Quantity, double[]> cols = new LinkedHashMap<>();
        cols.put(Quantity.TEST_TIME, t);
        cols.put(Quantity.VOLTAGE, volt);
        cols.put(Quantity.CURRENT, amps);
        cols.put(Quantity.DISCHARGING_CAPACITY, ah);
        Metadata md = Metadata.empty().with(Metadata.FORMAT, "elyte-sim DFN half cell")
                .with(Metadata.ELECTRODE_AREA_M2, area).with(Metadata.THICKNESS_M, cell.separatorThicknessM())
                .with(Metadata.TEMPERATURE_K, cell.temperatureK());
        return new HalfCellResult(Recording.of(cols, md), t, volt, q, el, so, mn, sol.status(), sol.message(),
                sol.event(), sol.stats(), sol.lastState());
    }
}
