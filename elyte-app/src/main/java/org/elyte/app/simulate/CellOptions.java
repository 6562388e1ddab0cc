package org.elyte.app.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.elyte.sim.experiment.Experiment;
import org.elyte.sim.parameters.CellParameters;
import org.elyte.sim.simulation.CellMapping;

import picocli.CommandLine.Option;

/** Options shared by the simulate commands: the cell, overrides and temperature. */
public final class CellOptions {
    @Option(names = "--cell", required = true, paramLabel = "NAME|FILE",
            description = "Bundled parameter set (hse40-lfp, hse20-lfp, pebax12-lfp, pebax12-ncm811, peo-lfp) or a"
                    + " .params file.")
    String cell;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Override a parameter, e.g."
            + " \"Separator thickness [m]=48 um\" (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--temperature", paramLabel = "T", description = "Cell temperature, e.g. 60oC or 333.15 K"
            + " (default: the set's ambient temperature).")
    String temperature;

    /**
     * @return the validated parameters with the overrides; --temperature becomes the ambient
     *         temperature of the set, so every stage runs at it
     */
    public CellParameters parameters() {
        List<String> all = new ArrayList<>(overrides);
        temperatureK().ifPresent(t -> all.add("Ambient temperature [K]=" + t));
        return CellMapping.load(cell, all);
    }

    /** @return the temperature given with --temperature, K */
    public OptionalDouble temperatureK() {
        if (temperature == null) {
            return OptionalDouble.empty();
        }
        return Experiment.parse(List.of("Rest for 1 second")).withTemperature(temperature).temperatureK();
    }

    /** @param p parameters @return --temperature, else the set's ambient temperature, K */
    public double temperatureK(CellParameters p) {
        return temperatureK().orElse(p.thermal().ambientK());
    }
}
