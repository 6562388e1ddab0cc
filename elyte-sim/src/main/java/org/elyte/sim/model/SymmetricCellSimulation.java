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
 * Runs a {@link SymmetricCell} from rest (uniform c₀) under constant current density or constant
 * voltage. Terminal events: salt depletion at either interface (c ≤ depletionFraction·c₀) and, if
 * set, |V| reaching a voltage limit.
 */
public final class SymmetricCellSimulation {
    private final SymmetricCell cell;
    private final BdfOptions options;
    private final double depletionFraction;
    private final double voltageLimit;

    /**
     * @param cell the cell
     * @param options integrator options
     * @param depletionFraction salt-depletion threshold as a fraction of c₀ (e.g. 1e-3)
     * @param voltageLimit |V| at which to stop, V (positive infinity for none)
     */
    public SymmetricCellSimulation(SymmetricCell cell, BdfOptions options, double depletionFraction,
            double voltageLimit) {
        this.cell = Objects.requireNonNull(cell, "cell");
        this.options = Objects.requireNonNull(options, "options");
        if (!(depletionFraction > 0 && depletionFraction < 1) || !(voltageLimit > 0)) {
            throw new InvalidInputException("depletion fraction must be in (0, 1) and voltage limit > 0 V; got "
                    + depletionFraction + ", " + voltageLimit);
        }
        this.depletionFraction = depletionFraction;
        this.voltageLimit = voltageLimit;
    }

    /** @param cell the cell @return a simulation with rtol 1e-6, atol 1e-9, depletion at 1e-3 c₀, no voltage limit */
    public static SymmetricCellSimulation of(SymmetricCell cell) {
        return new SymmetricCellSimulation(cell, BdfOptions.defaults().withTolerances(1e-6, 1e-9), 1e-3,
                Double.POSITIVE_INFINITY);
    }

    /**
     * @param control constant current density or voltage
     * @param durationS duration, s (&gt; 0)
     * @return the result (check {@link SymmetricCellResult#status()})
     */
    public SymmetricCellResult run(CellControl control, double durationS) {
        SymmetricCellModel model = new SymmetricCellModel(cell, control);
        double cMin = depletionFraction * cell.initialConcentration();
        List<Event> events = new ArrayList<>();
        if (!cell.electrolyte().singleIon()) {
            events.add(new Event("salt depletion", Event.Direction.FALLING, (t, y) -> {
                double[] s = model.surfaceConcentrations(y);
                return Math.min(s[0], s[1]) - cMin;
            }));
        }
        if (Double.isFinite(voltageLimit)) {
            events.add(new Event("voltage limit", Event.Direction.RISING,
                    (t, y) -> Math.abs(model.voltage(y)) - voltageLimit));
        }
        DaeSolution sol = new BdfIntegrator(options).integrate(model, 0, model.initialState(), durationS, events);
        int m = sol.size();
        double[] current = new double[m];
        double[] volt = new double[m];
        double[] left = new double[m];
        double[] right = new double[m];
        double[] salt = new double[m];
        double[][] conc = new double[m][];
        double[] amps = new double[m];
        int nc = model.grid().size();
        for (int k = 0; k < m; k++) {
            double[] y = sol.states()[k];
            current[k] = y[model.currentIndex()];
            amps[k] = current[k] * cell.areaM2();
            volt[k] = model.voltage(y);
            double[] s = model.surfaceConcentrations(y);
            left[k] = s[0];
            right[k] = s[1];
            salt[k] = model.saltInventory(y);
            conc[k] = java.util.Arrays.copyOfRange(y, 1, 1 + nc);
        }
        Map<Quantity, double[]> cols = new LinkedHashMap<>();
        cols.put(Quantity.TEST_TIME, sol.times());
        cols.put(Quantity.VOLTAGE, volt);
        cols.put(Quantity.CURRENT, amps);
        Metadata md = Metadata.empty().with(Metadata.FORMAT, "elyte-sim symmetric cell")
                .with(Metadata.ELECTRODE_AREA_M2, cell.areaM2()).with(Metadata.THICKNESS_M, cell.thicknessM())
                .with(Metadata.TEMPERATURE_K, cell.temperatureK());
        return new SymmetricCellResult(Recording.of(cols, md), sol.times(), current, volt, left, right, salt, conc,
                model.grid().centres(), sol.status(), sol.message(), sol.event(), sol.stats());
    }
}
