package org.elyte.app.simulate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OptionValues;
import org.elyte.io.bdf.BdfCsvWriter;
import org.elyte.io.bdf.BdfNaming;
import org.elyte.sim.model.CellControl;
import org.elyte.sim.model.SymmetricCell;
import org.elyte.sim.model.SymmetricCellResult;
import org.elyte.sim.model.SymmetricCellSimulation;
import org.elyte.sim.model.SymmetricCellTheory;
import org.elyte.sim.parameters.CellParameters;
import org.elyte.sim.simulation.CellMapping;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte simulate symmetric}: galvanostatic polarization of Li | membrane | Li. */
@Command(name = "symmetric", mixinStandardHelpOptions = true,
        description = "Galvanostatic Li | SSE | Li polarization: voltage, limiting current, Sand's time.")
public final class SimSymmetricCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CellOptions cell;

    @Option(names = "--current-density", required = true, paramLabel = "J",
            description = "e.g. 0.1 mA/cm2 (bare number: mA/cm2).")
    String current;

    @Option(names = "--duration", paramLabel = "S", description = "Duration, s (default: 5 relaxation times L^2/(pi^2 D)).")
    Double duration;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.bdf.csv", description = "Write the recording as BDF CSV.")
    Path out;

    @Option(names = "--json", description = "Machine-readable output (docs/cli.md).")
    boolean json;

    @Override
    public Integer call() {
        CellParameters p = cell.parameters();
        double t = cell.temperatureK(p);
        double j = OptionValues.currentDensity("--current-density", current, "mA/cm2");
        SymmetricCell c = CellMapping.symmetricCell(p, t, 80);
        double c0 = c.initialConcentration();
        double tau = SymmetricCellTheory.relaxationTime(c.electrolyte(), c0, t, c.thicknessM());
        double d = duration != null ? duration : 5 * tau;
        SymmetricCellResult r = SymmetricCellSimulation.of(c).run(new CellControl.CurrentDensity(j), d);
        if (out != null) {
            BdfCsvWriter.write(r.recording(), BdfNaming.PREFERRED_LABELS, out);
        }
        double jLim = c.electrolyte().singleIon() ? Double.POSITIVE_INFINITY
                : SymmetricCellTheory.limitingCurrent(c.electrolyte(), c0, t, c.thicknessM());
        double sand = c.electrolyte().singleIon() ? Double.POSITIVE_INFINITY
                : SymmetricCellTheory.sandTime(c.electrolyte(), c0, t, j);
        double vss = Math.abs(j) < jLim ? SymmetricCellTheory.steadyStateVoltage(c, j) : Double.NaN;
        double vEnd = r.voltage()[r.last()];
        PrintWriter pw = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("cell", p.set().name());
            Json.num(root, "currentDensityAPerM2", j);
            Json.num(root, "durationS", r.timesS()[r.last()]);
            Json.num(root, "finalVoltageV", vEnd);
            Json.num(root, "steadyStateVoltageV", vss);
            Json.num(root, "limitingCurrentAPerM2", jLim);
            Json.num(root, "sandTimeS", sand);
            Json.num(root, "relaxationTimeS", tau);
            root.put("endedBy", r.event().orElse(r.status().name().toLowerCase(java.util.Locale.ROOT)));
            pw.println(Json.write(root));
        } else {
            pw.printf("%s: Li | %.0f um | Li at %.2f K, J = %.4g mA/cm2%n", p.set().name(), c.thicknessM() * 1e6, t,
                    j / 10);
            pw.printf("V(end) = %.5g V after %.4g s (%s)%nV_ss (theory) = %.5g V%nJ_lim = %.4g mA/cm2, Sand's time"
                    + " = %.4g s, tau = %.4g s%n", vEnd, r.timesS()[r.last()], r.event().orElse(r.status().name()),
                    vss, jLim / 10, sand, tau);
        }
        return r.status().name().equals("STEP_TOO_SMALL") || r.status().name().equals("TOO_MANY_STEPS")
                || r.status().name().equals("INITIALISATION_FAILED") ? ExitCode.NOT_CONVERGED : ExitCode.OK;
    }
}
