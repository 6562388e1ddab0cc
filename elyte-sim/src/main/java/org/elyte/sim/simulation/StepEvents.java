package org.elyte.sim.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.elyte.sim.experiment.Operator;
import org.elyte.sim.experiment.Step;
import org.elyte.sim.experiment.StepFormatter;
import org.elyte.sim.experiment.Termination;
import org.elyte.sim.model.HalfCell;
import org.elyte.sim.model.HalfCellModel;
import org.elyte.sim.solver.Event;

/**
 * The terminal events of one step: its own {@code until} conditions and the cell's limits (voltage
 * cut-offs of the parameter set on current steps, full or empty particle surface, salt depletion).
 * Signs: discharge positive, as in the experiment grammar.
 */
final class StepEvents {
    private StepEvents() {
    }

    /** A monitored quantity of the (possibly extended) state. */
    record Probe(ToDoubleFunction<double[]> voltage, ToDoubleFunction<double[]> currentA) {
    }

    /**
     * @param hold whether the voltage is controlled (its own voltage conditions and cut-offs then do not apply)
     * @param controlled whether the current is an unknown of the state (voltage, power or load steps)
     * @param currentDensity the step's current density, or for a controlled step its first guess (its sign
     *        tells discharge from charge), A/m²
     */
    static List<Event> of(Step step, HalfCellModel model, Probe probe, boolean hold, boolean controlled,
            double currentDensity, double oneCAmps, double vLow, double vHigh) {
        List<Event> ev = new ArrayList<>();
        for (Termination t : step.limits().terminations()) {
            if (t instanceof Termination.Voltage v && !hold) {
                Event.Direction d = direction(v.operator().orElse(null), currentDensity);
                ev.add(new Event("until " + StepFormatter.termination(v), d, (tt, y) -> probe.voltage().applyAsDouble(y) - v.volts()));
            } else if (t instanceof Termination.Current c && controlled) {
                ev.add(currentEvent("until " + StepFormatter.termination(c), c.operator().orElse(null), c.amps(), probe));
            } else if (t instanceof Termination.CRate c && controlled) {
                ev.add(currentEvent("until " + StepFormatter.termination(c), null, c.cRate() * oneCAmps, probe));
            }
        }
        HalfCell cell = model.cell();
        double cmax = cell.cathode().material().maxConcentration();
        int np = cell.mesh().cathode();
        if (!hold && currentDensity > 0) {
            ev.add(new Event("lower voltage cut-off " + vLow + " V", Event.Direction.FALLING,
                    (t, y) -> probe.voltage().applyAsDouble(y) - vLow));
        }
        if (!hold && currentDensity < 0) {
            ev.add(new Event("upper voltage cut-off " + vHigh + " V", Event.Direction.RISING,
                    (t, y) -> probe.voltage().applyAsDouble(y) - vHigh));
        }
        if (hold || currentDensity > 0) {
            ev.add(new Event("particle full", Event.Direction.RISING, (t, y) -> {
                double mx = 0;
                for (int m = 0; m < np; m++) {
                    mx = Math.max(mx, model.surfaceConcentration(y, m));
                }
                return mx / cmax - (1 - 1e-4);
            }));
        }
        if (hold || currentDensity < 0) {
            ev.add(new Event("particle empty", Event.Direction.FALLING, (t, y) -> {
                double mn = 1;
                for (int m = 0; m < np; m++) {
                    mn = Math.min(mn, model.surfaceConcentration(y, m) / cmax);
                }
                return mn - 1e-4;
            }));
        }
        if (!cell.electrolyte().singleIon() && (hold || currentDensity != 0)) {
            double cMin = 1e-6 * cell.initialConcentration();
            ev.add(new Event("salt depletion", Event.Direction.FALLING, (t, y) -> {
                model.setCurrent(controlled ? probe.currentA().applyAsDouble(y) / cell.areaM2() : currentDensity);
                return model.minimumConcentration(y) - cMin;
            }));
        }
        return ev;
    }

    private static Event.Direction direction(Operator op, double currentDensity) {
        if (op != null) {
            return op == Operator.LESS ? Event.Direction.FALLING : Event.Direction.RISING;
        }
        return currentDensity < 0 ? Event.Direction.RISING : Event.Direction.FALLING;
    }

    private static Event currentEvent(String name, Operator op, double amps, Probe probe) {
        if (op == null) {
            return new Event(name, Event.Direction.FALLING,
                    (t, y) -> Math.abs(probe.currentA().applyAsDouble(y)) - Math.abs(amps));
        }
        Event.Direction d = op == Operator.LESS ? Event.Direction.FALLING : Event.Direction.RISING;
        return new Event(name, d, (t, y) -> probe.currentA().applyAsDouble(y) - amps);
    }

    /** @return whether the step's own condition already holds at the start (the step is then skipped) */
    static boolean alreadyMet(Step step, double volts, double currentA, boolean hold, double currentDensity,
            double oneCAmps) {
        for (Termination t : step.limits().terminations()) {
            if (t instanceof Termination.Voltage v && !hold) {
                boolean falling = direction(v.operator().orElse(null), currentDensity) == Event.Direction.FALLING;
                if (falling ? volts <= v.volts() : volts >= v.volts()) {
                    return true;
                }
            } else if (t instanceof Termination.Current c && !hold) {
                if (c.operator().isEmpty() ? Math.abs(currentA) < Math.abs(c.amps())
                        : c.operator().get() == Operator.LESS ? currentA < c.amps() : currentA > c.amps()) {
                    return true;
                }
            } else if (t instanceof Termination.CRate c && !hold && Math.abs(currentA) < c.cRate() * oneCAmps) {
                return true;
            }
        }
        return false;
    }
}
