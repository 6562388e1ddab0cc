package org.elyte.app.simulate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingFiles;
import org.elyte.sim.parameters.CellParameters;
import org.elyte.sim.simulation.Calibration;
import org.elyte.sim.simulation.CellMapping;
import org.elyte.sim.simulation.Simulation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte simulate calibrate}: fit parameters to measured discharge curves or to a measured rate table. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit parameters (Levenberg-Marquardt in log space) to measured constant-current discharges"
                + " (--data) or to a measured rate table (--rates).")
public final class SimCalibrateCommand implements Callable<Integer> {
    /** Short names accepted by --fit. */
    static final Map<String, String> ALIASES = Map.of(
            "cathode-diffusivity", "Positive particle diffusivity [m2.s-1]",
            "cathode-exchange-current", "Positive electrode exchange-current density [A.m-2]",
            "lithium-exchange-current", "Exchange-current density for lithium metal electrode [A.m-2]",
            "contact-resistance", CellMapping.CONTACT_RESISTANCE,
            "film-resistance", "Lithium metal interface film resistance [Ohm.m2]",
            "conductivity", "Electrolyte conductivity [S.m-1]");

    @Spec
    CommandSpec spec;

    @Mixin
    CellOptions cell;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Exactly one kind of measurement. */
    static final class Source {
        @Option(names = "--data", arity = "1..*", paramLabel = "FILE", description = "Measured discharges (any"
                + " cycler format elyte reads, or BDF CSV); every contiguous discharge is one curve, at most 10.")
        List<Path> data;

        @Option(names = "--rates", paramLabel = "FILE", description = "Measured rate table (CSV with c_rate,"
                + " capacity_fraction | capacity_mah_per_g | capacity_mah, optional mid_voltage_v).")
        Path rates;
    }

    @Option(names = "--fit", required = true, split = ",", paramLabel = "NAME",
            description = "Parameters: full names or cathode-diffusivity, cathode-exchange-current,"
                    + " lithium-exchange-current, contact-resistance, film-resistance, conductivity.")
    List<String> fit;

    @Option(names = "--json", description = "Machine-readable output (docs/cli.md).")
    boolean json;

    @Override
    public Integer call() {
        CellParameters p = cell.parameters();
        List<String> names = new ArrayList<>();
        fit.forEach(n -> names.add(ALIASES.getOrDefault(n.strip(), n.strip())));
        Calibration.Result r;
        Simulation sim = Simulation.of(p);
        String what;
        if (source.rates != null) {
            List<Calibration.RatePoint> table = RateTableFile.read(source.rates, sim.theoreticalCapacityAh() * 1e3,
                    CellMapping.activeMassKg(p) * 1e3);
            what = source.rates + " (" + table.size() + " rates)";
            try (Progress bar = Progress.open("calibrating", !json)) {
                r = Calibration.fitRateTable(sim, table, names, bar);
            }
        } else {
            List<Recording> recs = new ArrayList<>();
            for (Path f : source.data) {
                recs.add(RecordingFiles.read(f));
            }
            what = source.data.size() == 1 ? source.data.get(0).toString() : source.data.size() + " files";
            try (Progress bar = Progress.open("calibrating", !json)) {
                r = Calibration.fitDischarges(sim, recs, names, bar);
            }
        }
        PrintWriter pw = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("cell", p.set().name());
            root.put("converged", r.converged());
            Json.num(root, "rmsVoltageV", r.rmsVoltageV());
            Json.num(root, "rmsCapacityRelative", r.rmsCapacityRelative());
            root.put("simulations", r.evaluations());
            ArrayNode a = root.putArray("parameters");
            for (Calibration.Fitted f : r.parameters()) {
                ObjectNode n = a.addObject();
                n.put("name", f.name());
                Json.num(n, "initial", f.initial());
                Json.num(n, "value", f.value());
                Json.num(n, "stderr", f.stderr());
            }
            pw.println(Json.write(root));
        } else {
            pw.printf("%s fitted to %s: RMS %.2f mV, capacity %.2f %%, %d simulations%s%n", p.set().name(), what,
                    r.rmsVoltageV() * 1e3, 100 * r.rmsCapacityRelative(), r.evaluations(),
                    r.converged() ? "" : " (not converged)");
            for (Calibration.Fitted f : r.parameters()) {
                pw.printf("  %-60s %.5g ± %.2g   (start %.4g)%n", f.name(), f.value(), f.stderr(), f.initial());
            }
        }
        return r.converged() ? ExitCode.OK : ExitCode.NOT_CONVERGED;
    }
}
