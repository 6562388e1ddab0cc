package org.elyte.sim.simulation;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.recording.Metadata;
import org.elyte.sim.experiment.Cycle;
import org.elyte.sim.experiment.Experiment;
import org.elyte.sim.experiment.ExperimentTermination;
import org.elyte.sim.experiment.Step;
import org.elyte.sim.model.HalfCell;
import org.elyte.sim.model.HalfCellModel;
import org.elyte.sim.solver.BdfIntegrator;
import org.elyte.sim.solver.DaeSolution;
import org.elyte.sim.solver.DaeSystem;
import org.elyte.sim.solver.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of an experiment on the half cell: the step loop, state carried from step to step. */
final class ExperimentRun {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentRun.class);
    private final Simulation sim;
    private final Experiment experiment;
    private final ProgressListener listener;
    private final RecordingAccumulator acc = new RecordingAccumulator();
    private final List<SimulationResult.StepReport> reports = new ArrayList<>();
    private double[] state;
    private double time;
    private double lastCurrentDensity;
    private int stepCount;
    private String failure = "";

    ExperimentRun(Simulation sim, Experiment experiment, ProgressListener listener) {
        this.sim = sim;
        this.experiment = experiment;
        this.listener = listener;
    }

    SimulationResult run() {
        int total = experiment.steps().size();
        double firstCycleQ = Double.NaN;
        double ambient = sim.parameters().thermal().ambientK();
        for (int c = 0; c < experiment.cycles().size(); c++) {
            Cycle cycle = experiment.cycles().get(c);
            int firstRow = acc.size();
            double qdis = 0;
            for (int s = 0; s < cycle.steps().size(); s++) {
                Step step = cycle.steps().get(s);
                stepCount++;
                SimulationResult.StepReport r = runStep(step, c + 1, s + 1, experiment.temperatureK(step, ambient));
                reports.add(r);
                qdis += r.dischargeAh();
                listener.progress(stepCount, total);
                if (!failure.isEmpty()) {
                    return result(SimulationResult.Status.FAILED, failure);
                }
            }
            if (c == 0) {
                firstCycleQ = qdis;
            }
            String why = terminated(firstCycleQ, qdis, firstRow);
            if (!why.isEmpty()) {
                return result(SimulationResult.Status.TERMINATED, "experiment termination after cycle " + (c + 1)
                        + ": " + why);
            }
        }
        return result(SimulationResult.Status.COMPLETED, "");
    }

    private String terminated(double firstQ, double q, int firstRow) {
        double vmin = Double.POSITIVE_INFINITY;
        for (int k = firstRow; k < acc.size(); k++) {
            vmin = Math.min(vmin, acc.voltage(k));
        }
        for (ExperimentTermination t : experiment.terminations()) {
            if (t instanceof ExperimentTermination.CapacityPercent p && q <= p.percent() / 100 * firstQ) {
                return t.toString();
            } else if (t instanceof ExperimentTermination.CapacityAh a && q <= a.ampHours()) {
                return t.toString();
            } else if (t instanceof ExperimentTermination.MinVoltage v && vmin <= v.volts()) {
                return t.toString();
            } else if (t instanceof ExperimentTermination.TotalTime tt && time >= tt.seconds()) {
                return t.toString();
            }
        }
        return "";
    }

    private SimulationResult result(SimulationResult.Status status, String message) {
        HalfCell cell = sim.cell(sim.parameters().thermal().ambientK());
        Metadata md = Metadata.empty().with(Metadata.FORMAT, "elyte-sim DFN half cell experiment")
                .with(Metadata.ELECTRODE_AREA_M2, cell.areaM2()).with(Metadata.THICKNESS_M, cell.separatorThicknessM())
                .with(Metadata.ACTIVE_MASS_KG, CellMapping.activeMassKg(sim.parameters()))
                .with(Metadata.TEMPERATURE_K, reports.isEmpty() ? cell.temperatureK() : reports.get(0).temperatureK())
                .with("simulation.parameterSet", sim.parameters().set().name());
        return new SimulationResult(acc.build(md), reports, status, message);
    }

    private SimulationResult.StepReport runStep(Step step, int cycle, int inCycle, double temperatureK) {
        HalfCell cell = sim.cell(temperatureK);
        HalfCellModel model = new HalfCellModel(cell);
        double area = cell.areaM2();
        if (state == null) {
            state = model.initialState();
        }
        double start = time;
        String text = step.toString();
        double i;
        ControlledStep.Control control = null;
        if (step instanceof Step.CRate c) {
            i = c.cRate() * sim.oneCAmps() / area;
        } else if (step instanceof Step.Current c) {
            i = c.amps() / area;
        } else if (step instanceof Step.Rest) {
            i = 0;
        } else {
            model.setCurrent(lastCurrentDensity);
            double v = model.voltage(state); // the last voltage: first guess of the current of a power or load step
            if (step instanceof Step.Voltage hv) {
                control = new ControlledStep.Control.Voltage(hv.volts());
                i = lastCurrentDensity;
            } else if (step instanceof Step.Power pw) {
                control = new ControlledStep.Control.Power(pw.watts(), area);
                i = pw.watts() / (v * area);
            } else {
                Step.Resistance r = (Step.Resistance) step;
                if (!(r.ohms() > 0)) {
                    failure = "step " + stepCount + " '" + text + "': a load resistance must be positive";
                    return new SimulationResult.StepReport(cycle, inCycle, text, start, start, failure, 0, 0,
                            temperatureK);
                }
                control = new ControlledStep.Control.Resistance(r.ohms(), area);
                i = v / (r.ohms() * area);
            }
        }
        boolean controlled = control != null;
        boolean hold = controlled && control.holdsVoltage();
        ControlledStep vh = controlled ? new ControlledStep(model, control) : null;
        DaeSystem sys = controlled ? vh : model;
        BdfIntegrator integrator = new BdfIntegrator(sim.options());
        double[] y0 = state.clone();
        if (controlled) {
            // the carried state may come from an interpolated event point: make it consistent at the
            // previous current with the banded model first, so the Newton iteration of the controlled step starts close
            model.setCurrent(lastCurrentDensity);
            if (!integrator.initialize(model, start, y0).isEmpty()) {
                y0 = state.clone();
            }
            y0 = vh.extend(y0, i);
        }
        model.setCurrent(i);
        String init = integrator.initialize(sys, start, y0);
        if (!init.isEmpty()) {
            failure = "step " + stepCount + " '" + text + "' (cycle " + cycle + "): " + init
                    + (controlled && !hold ? "; the cell cannot sustain this power or load at this state" : "");
            return new SimulationResult.StepReport(cycle, inCycle, text, start, start, failure, 0, 0, temperatureK);
        }
        final double iFixed = i;
        StepEvents.Probe probe = controlled ? new StepEvents.Probe(vh::voltage, y -> y[vh.currentIndex()] * area)
                : new StepEvents.Probe(y -> {
                    model.setCurrent(iFixed);
                    return model.voltage(y);
                }, y -> iFixed * area);
        double v0 = probe.voltage().applyAsDouble(y0);
        if (StepEvents.alreadyMet(step, v0, probe.currentA().applyAsDouble(y0), hold, i, sim.oneCAmps())) {
            LOG.debug("step {} '{}': condition already met, skipped", stepCount, text);
            return new SimulationResult.StepReport(cycle, inCycle, text, start, start, "condition already met", 0, 0,
                    temperatureK);
        }
        List<Event> events = StepEvents.of(step, model, probe, hold, controlled, i, sim.oneCAmps(),
                sim.parameters().geometry().lowerCutoffV(), sim.parameters().geometry().upperCutoffV());
        DaeSolution sol = integrator.integrate(sys, start, y0, start + step.durationS(), events);
        double[] qq = record(sol, probe, cycle, inCycle);
        double[] last = sol.lastState();
        if (controlled) {
            lastCurrentDensity = last[vh.currentIndex()];
            state = vh.modelState(last);
        } else {
            lastCurrentDensity = i;
            state = last;
        }
        time = sol.lastTime();
        String ended = sol.status() == DaeSolution.Status.COMPLETED ? "duration"
                : sol.event().orElse(sol.message());
        if (!sol.succeeded()) {
            failure = "step " + stepCount + " '" + text + "' (cycle " + cycle + ") failed at t = " + time + " s: "
                    + sol.message();
        }
        return new SimulationResult.StepReport(cycle, inCycle, text, start, time, ended, qq[0], qq[1], temperatureK);
    }

    private double[] record(DaeSolution sol, StepEvents.Probe probe, int cycle, int inCycle) {
        double qch = 0;
        double qdis = 0;
        double prevT = 0;
        double prevI = 0;
        for (int k = 0; k < sol.size(); k++) {
            double[] y = sol.states()[k];
            double t = sol.times()[k];
            double amps = probe.currentA().applyAsDouble(y);
            double v = probe.voltage().applyAsDouble(y);
            if (k > 0) {
                double dq = 0.5 * (amps + prevI) * (t - prevT) / 3600;
                if (dq > 0) {
                    qdis += dq;
                } else {
                    qch -= dq;
                }
            }
            acc.add(t, v, amps == 0 ? 0.0 : -amps, cycle, inCycle, stepCount, qch, qdis);
            prevT = t;
            prevI = amps;
        }
        return new double[] {qch, qdis};
    }
}
