package org.elyte.app.simulate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.io.bdf.BdfCsvWriter;
import org.elyte.io.bdf.BdfNaming;
import org.elyte.sim.experiment.Experiment;
import org.elyte.sim.parameters.CellParameters;
import org.elyte.sim.simulation.Simulation;
import org.elyte.sim.simulation.SimulationResult;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte simulate run}: an experiment on the DFN half cell, written as BDF. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run PyBaMM-style experiment steps on the Li | SSE | cathode half cell.")
public final class SimRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CellOptions cell;

    @Option(names = "--experiment", required = true, arity = "1..*", paramLabel = "STEP",
            description = "Steps or cycles, e.g. \"Discharge at 1C until 2.8 V\" \"(Charge at C/2 until 3.8 V,"
                    + " Hold at 3.8 V until C/50)\".")
    List<String> steps;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1", description = "Repeat the whole list N times.")
    int repeat;

    @Option(names = "--termination", paramLabel = "STR", description = "Experiment termination, e.g. \"80%% capacity\""
            + " or \"2.5 V\" (repeatable).")
    List<String> terminations = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.bdf.csv", description = "Write the recording as BDF CSV.")
    Path out;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        CellParameters p = cell.parameters();
        Experiment e = Experiment.parse(steps).repeat(repeat).withTerminations(terminations);
        SimulationResult r;
        try (Progress bar = Progress.open("simulating", !output.json() && e.steps().size() > 1)) {
            r = Simulation.of(p).run(e, bar);
        }
        if (out != null) {
            BdfCsvWriter.write(r.recording(), BdfNaming.PREFERRED_LABELS, out);
        }
        PrintWriter pw = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode root = Json.object();
            root.put("cell", p.set().name());
            root.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
            root.put("message", r.message());
            root.put("rows", r.recording().rows());
            if (out != null) {
                root.put("output", out.toString());
            }
            ArrayNode a = root.putArray("steps");
            for (SimulationResult.StepReport s : r.steps()) {
                ObjectNode n = a.addObject();
                n.put("cycle", s.cycle());
                n.put("step", s.step());
                Json.num(n, "startS", s.startS());
                Json.num(n, "endS", s.endS());
                n.put("ended", s.ended());
                Json.num(n, "chargeAh", s.chargeAh());
                Json.num(n, "dischargeAh", s.dischargeAh());
                Json.num(n, "temperatureK", s.temperatureK());
            }
            pw.println(Json.write(root));
        } else {
            pw.printf("%s: %d steps, %d points%n", p.set().name(), r.steps().size(), r.recording().rows());
            pw.printf("%5s  %-44s %10s %10s %12s %12s  %s%n", "cycle", "step", "start/s", "end/s", "charge/mAh",
                    "disch./mAh", "ended by");
            for (SimulationResult.StepReport s : r.steps()) {
                pw.printf("%5d  %-44s %10.1f %10.1f %12.5f %12.5f  %s%n", s.cycle(), truncate(s.step()), s.startS(),
                        s.endS(), s.chargeAh() * 1e3, s.dischargeAh() * 1e3, s.ended());
            }
            if (!r.message().isEmpty()) {
                pw.println(r.message());
            }
            if (out != null) {
                pw.println("wrote " + out);
            }
        }
        Recording rec = r.recording();
        output.writeCsv(() -> CsvTable.ofNumbers(List.of("time_s", "voltage_V", "current_A"), rows(rec)));
        output.writePlot(() -> XyPlot.of(p.set().name() + ": " + r.steps().size() + " steps", "t / h", "V / V",
                XyPlot.Series.line("voltage", hours(rec.require(Quantity.TEST_TIME)), rec.require(Quantity.VOLTAGE))));
        if (!r.succeeded()) {
            spec.commandLine().getErr().println("elyte: " + r.message());
            return ExitCode.NOT_CONVERGED;
        }
        return ExitCode.OK;
    }

    private static String truncate(String s) {
        return s.length() <= 44 ? s : s.substring(0, 41) + "...";
    }

    private static List<double[]> rows(Recording rec) {
        double[] t = rec.require(Quantity.TEST_TIME);
        double[] v = rec.require(Quantity.VOLTAGE);
        double[] i = rec.require(Quantity.CURRENT);
        List<double[]> rows = new ArrayList<>(t.length);
        for (int k = 0; k < t.length; k++) {
            rows.add(new double[] {t[k], v[k], i[k]});
        }
        return rows;
    }

    private static double[] hours(double[] s) {
        double[] h = new double[s.length];
        for (int k = 0; k < s.length; k++) {
            h[k] = s[k] / 3600;
        }
        return h;
    }
}
