package org.elyte.app.simulate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.io.recording.RecordingFiles;
import org.elyte.sim.parameters.CellParameters;
import org.elyte.sim.simulation.Calibration;
import org.elyte.sim.simulation.CellMapping;
import org.elyte.sim.simulation.Simulation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte simulate calibrate}: fit parameters to a measured discharge curve. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit parameters (Levenberg-Marquardt in log space) to a measured constant-current discharge.")
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

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Measured discharge (any cycler"
            + " format elyte reads, or BDF CSV).")
    Path data;

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
        try (Progress bar = Progress.open("calibrating", !json)) {
            r = Calibration.fitDischarge(Simulation.of(p), RecordingFiles.read(data), names, bar);
        }
        PrintWriter pw = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("cell", p.set().name());
            root.put("converged", r.converged());
            Json.num(root, "rmsVoltageV", r.rmsVoltageV());
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
            pw.printf("%s fitted to %s: RMS %.2f mV, %d simulations%s%n", p.set().name(), data, r.rmsVoltageV() * 1e3,
                    r.evaluations(), r.converged() ? "" : " (not converged)");
            for (Calibration.Fitted f : r.parameters()) {
                pw.printf("  %-60s %.5g ± %.2g   (start %.4g)%n", f.name(), f.value(), f.stderr(), f.initial());
            }
        }
        return r.converged() ? ExitCode.OK : ExitCode.NOT_CONVERGED;
    }
}
