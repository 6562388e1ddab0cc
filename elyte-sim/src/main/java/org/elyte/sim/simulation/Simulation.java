package org.elyte.sim.simulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.elyte.core.error.InvalidInputException;
import org.elyte.sim.experiment.Experiment;
import org.elyte.sim.model.HalfCell;
import org.elyte.sim.model.HalfCellMesh;
import org.elyte.sim.parameters.CellParameters;
import org.elyte.sim.solver.BdfOptions;

/**
 * The simulation facade: model (DFN half cell) → parameter set → mesh → solver → solution, each
 * stage replaceable, missing ones from defaults (20 cells per domain, BDF with rtol = atol = 10⁻⁶,
 * nominal capacity 0.98 × theoretical as in cell_model_reference §6.1). A run takes five lines:
 *
 * <pre>
 * Simulation sim = Simulation.of("hse40-lfp", List.of());
 * SimulationResult r = sim.run(Experiment.parse(List.of(
 *         "(Discharge at 1C until 2.8 V, Rest for 10 minutes, Charge at C/2 until 3.8 V, Hold at 3.8 V until C/50)"))
 *         .repeat(3));
 * Recording rec = r.recording();
 * </pre>
 *
 * Immutable; each run builds its own models, so one instance may run on several threads.
 */
public final class Simulation {
    private final CellParameters parameters;
    private final HalfCellMesh mesh;
    private final BdfOptions options;
    private final double nominalFraction;
    private final Map<Double, HalfCell> cells = new HashMap<>();

    private Simulation(CellParameters parameters, HalfCellMesh mesh, BdfOptions options, double nominalFraction) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.mesh = Objects.requireNonNull(mesh, "mesh");
        this.options = Objects.requireNonNull(options, "options");
        if (!(nominalFraction > 0 && nominalFraction <= 1)) {
            throw new InvalidInputException("nominal capacity fraction must be in (0, 1], got " + nominalFraction);
        }
        this.nominalFraction = nominalFraction;
        CellMapping.halfCell(parameters, parameters.thermal().ambientK(), mesh);
    }

    /**
     * @param parameters validated parameters (see {@link CellMapping#load})
     * @return a simulation with the defaults
     */
    public static Simulation of(CellParameters parameters) {
        return new Simulation(parameters, HalfCellMesh.uniform(20), BdfOptions.defaults().withTolerances(1e-6, 1e-6),
                0.98);
    }

    /**
     * @param nameOrFile bundled set name or {@code .params} file
     * @param overrides {@code NAME=VALUE} assignments
     * @return a simulation with the defaults
     */
    public static Simulation of(String nameOrFile, List<String> overrides) {
        return of(CellMapping.load(nameOrFile, overrides));
    }

    /** @param m mesh @return a copy with that mesh */
    public Simulation withMesh(HalfCellMesh m) {
        return new Simulation(parameters, m, options, nominalFraction);
    }

    /** @param o solver options @return a copy with those options */
    public Simulation withSolverOptions(BdfOptions o) {
        return new Simulation(parameters, mesh, o, nominalFraction);
    }

    /** @param fraction nominal capacity as a fraction of theoretical, defines 1C @return a copy */
    public Simulation withNominalFraction(double fraction) {
        return new Simulation(parameters, mesh, options, fraction);
    }

    /** @param p parameters @return a copy with other parameters (same mesh and solver) */
    public Simulation withParameters(CellParameters p) {
        return new Simulation(p, mesh, options, nominalFraction);
    }

    /** @return the parameters */
    public CellParameters parameters() {
        return parameters;
    }

    /** @return the mesh */
    public HalfCellMesh mesh() {
        return mesh;
    }

    /** @return the solver options */
    public BdfOptions options() {
        return options;
    }

    /** @return nominal capacity as a fraction of theoretical */
    public double nominalFraction() {
        return nominalFraction;
    }

    /**
     * @param temperatureK T, K
     * @return the half cell at that temperature (cached)
     */
    public synchronized HalfCell cell(double temperatureK) {
        return cells.computeIfAbsent(temperatureK, t -> CellMapping.halfCell(parameters, t, mesh));
    }

    /** @return theoretical capacity, Ah */
    public double theoreticalCapacityAh() {
        return parameters.cathode().theoreticalCapacityAhPerM2() * parameters.geometry().areaM2();
    }

    /** @return 1C current, A (nominal capacity per hour) */
    public double oneCAmps() {
        return nominalFraction * theoreticalCapacityAh();
    }

    /** @param experiment the experiment @return the result (check {@link SimulationResult#status()}) */
    public SimulationResult run(Experiment experiment) {
        return run(experiment, ProgressListener.NONE);
    }

    /**
     * @param steps step strings or cycles, see {@link Experiment#parse(List)}
     * @return the result
     */
    public SimulationResult run(String... steps) {
        return run(Experiment.parse(List.of(steps)));
    }

    /**
     * @param experiment the experiment
     * @param listener told after each step (done, total steps)
     * @return the result; a failing step ends the run and the result holds the data so far
     */
    public SimulationResult run(Experiment experiment, ProgressListener listener) {
        return new ExperimentRun(this, experiment, listener).run();
    }
}
