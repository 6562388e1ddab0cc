package org.elyte.app.cycling;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.elyte.analysis.cycling.differential.DifferentialCapacity;
import org.elyte.analysis.cycling.differential.DifferentialCurve;
import org.elyte.analysis.cycling.differential.DifferentialKind;
import org.elyte.analysis.cycling.differential.DifferentialOptions;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte cycling dqdv}: differential capacity (or voltage) per half cycle. */
@Command(name = "dqdv", mixinStandardHelpOptions = true,
        description = "dQ/dV (or dV/dQ with --dvdq) per half cycle: voltage binning and a Savitzky-Golay derivative.")
public final class CyclingDqdvCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CyclingArgs args;

    @Option(names = "--dvdq", description = "Differential voltage dV/dQ instead of dQ/dV.")
    boolean dvdq;

    @Option(names = "--bin", defaultValue = "0.005", paramLabel = "V", description = "Voltage bin, V (default 0.005).")
    double bin;

    @Option(names = "--window", defaultValue = "9", paramLabel = "N", description = "Savitzky-Golay window, points (odd, default 9).")
    int window;

    @Option(names = "--order", defaultValue = "2", paramLabel = "P", description = "Savitzky-Golay order (default 2).")
    int order;

    @Option(names = "--half-cycle", paramLabel = "H", description = "Only this half cycle (0-based).")
    Integer halfCycle;

    @Override
    public Integer call() {
        DifferentialOptions o = DifferentialOptions.defaults()
                .withKind(dvdq ? DifferentialKind.DV_DQ : DifferentialKind.DQ_DV).withVoltageBinV(bin)
                .withSmoothing(window, order);
        List<DifferentialCurve> curves = DifferentialCapacity.of(args.load(), o).stream()
                .filter(c -> halfCycle == null || c.halfCycle() == halfCycle).toList();
        List<double[]> rows = new ArrayList<>();
        List<XyPlot.Series> series = new ArrayList<>();
        for (DifferentialCurve c : curves) {
            double[] x = c.x();
            double[] y = c.y();
            for (int i = 0; i < x.length; i++) {
                rows.add(new double[] {c.halfCycle(), c.cycle(), c.charge() ? 1 : 0, x[i], y[i]});
            }
            if (series.size() < 12) {
                series.add(XyPlot.Series.line("half " + c.halfCycle(), x, y));
            }
        }
        args.output.writeCsv(() -> CsvTable.ofNumbers(List.of("half_cycle", "cycle", "charge",
                dvdq ? "capacity_Ah" : "voltage_V", dvdq ? "dV_dQ_V_per_Ah" : "dQ_dV_Ah_per_V"), rows));
        args.output.writePlot(() -> new XyPlot(dvdq ? "dV/dQ" : "dQ/dV", dvdq ? "Q / Ah" : "V / V",
                dvdq ? "dV/dQ / V Ah⁻¹" : "dQ/dV / Ah V⁻¹", false, series));
        PrintWriter out = spec.commandLine().getOut();
        if (args.output.json()) {
            ObjectNode root = Json.object();
            root.put("kind", o.kind().name());
            ArrayNode arr = root.putArray("halfCycles");
            for (DifferentialCurve c : curves) {
                ObjectNode n = arr.addObject();
                n.put("halfCycle", c.halfCycle());
                n.put("cycle", c.cycle());
                n.put("charge", c.charge());
                n.put("smoothing", c.smoothing());
                Json.num(n, "peakX", c.peakX());
                ArrayNode xs = n.putArray("x");
                ArrayNode ys = n.putArray("y");
                for (double v : c.x()) {
                    xs.add(v);
                }
                for (double v : c.y()) {
                    if (Double.isFinite(v)) {
                        ys.add(v);
                    } else {
                        ys.addNull();
                    }
                }
            }
            out.println(Json.write(root));
            return ExitCode.OK;
        }
        out.printf("%s: %d half cycles%n", args.input.path(), curves.size());
        for (DifferentialCurve c : curves) {
            out.printf("half %d (cycle %d, %s): %d points, main peak at %.5g %s%n", c.halfCycle(), c.cycle(),
                    c.charge() ? "charge" : "discharge", c.x().length, c.peakX(), dvdq ? "Ah" : "V");
        }
        if (!curves.isEmpty()) {
            out.printf("smoothing: %s%n", curves.get(0).smoothing());
        }
        return ExitCode.OK;
    }
}
