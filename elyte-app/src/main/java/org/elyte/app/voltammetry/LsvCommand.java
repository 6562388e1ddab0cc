package org.elyte.app.voltammetry;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.elyte.analysis.voltammetry.Onset;
import org.elyte.analysis.voltammetry.StabilityWindow;
import org.elyte.analysis.voltammetry.StabilityWindowOptions;
import org.elyte.analysis.voltammetry.StabilityWindowResult;
import org.elyte.analysis.voltammetry.Sweep;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.InputFile;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OptionValues;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte lsv}: anodic and cathodic onset potentials from LSV or CV. */
@Command(name = "lsv", mixinStandardHelpOptions = true,
        description = "Electrochemical stability window from LSV/CV: onset by current-density threshold and by"
                + " tangent intersection, per sweep.")
public final class LsvCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputFile input;

    @Option(names = "--area", required = true, paramLabel = "A", description = "Working-electrode area, e.g. 1cm2.")
    String area;

    @Option(names = "--threshold", paramLabel = "J", defaultValue = "10uA/cm2",
            description = "Onset current density (default ${DEFAULT-VALUE}; a bare number is uA/cm2).")
    String threshold;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        double a = OptionValues.area("--area", area);
        double j = OptionValues.currentDensity("--threshold", threshold, "uA/cm2");
        Recording r = input.recording();
        StabilityWindowResult res = StabilityWindow.analyze(r, StabilityWindowOptions.of(a).withThreshold(j));
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.write(toJson(res)));
        } else {
            out.printf("%s%nthreshold %.4g uA/cm2, area %.4g cm2%n", input.path(), j * 100, a * 1e4);
            out.printf("%6s %9s %10s %10s %14s %14s%n", "sweep", "dir", "from / V", "to / V", "thresh. / V",
                    "tangent / V");
            for (Sweep s : res.sweeps()) {
                out.printf("%6d %9s %10.4f %10.4f %14s %14s%n", s.index(), s.direction().name().toLowerCase(java.util.Locale.ROOT),
                        s.startV(), s.endV(), s.onset().map(o -> String.format(java.util.Locale.ROOT, "%.4f",
                                o.thresholdV())).orElse("-"), s.onset().map(o -> String.format(java.util.Locale.ROOT,
                                        "%.4f", o.tangentV())).orElse("-"));
            }
            res.anodic().ifPresent(o -> out.printf("anodic onset %.4f V (tangent %.4f V)%n", o.thresholdV(), o.tangentV()));
            res.cathodic().ifPresent(o -> out.printf("cathodic onset %.4f V (tangent %.4f V)%n", o.thresholdV(),
                    o.tangentV()));
            res.widthV().ifPresent(w -> out.printf("window %.4f V%n", w));
            res.warnings().forEach(w -> out.printf("warning: %s%n", w));
        }
        output.writeCsv(() -> {
            List<double[]> rows = new ArrayList<>();
            for (Sweep s : res.sweeps()) {
                rows.add(new double[] {s.index(), s.direction().sign(), s.startV(), s.endV(),
                    s.onset().map(Onset::thresholdV).orElse(Double.NaN), s.onset().map(Onset::tangentV).orElse(Double.NaN)});
            }
            return CsvTable.ofNumbers(List.of("sweep", "direction", "start_V", "end_V", "threshold_onset_V",
                    "tangent_onset_V"), rows);
        });
        output.writePlot(() -> {
            double[] e = r.require(Quantity.VOLTAGE);
            double[] i = r.require(Quantity.CURRENT);
            double[] jj = new double[i.length];
            for (int k = 0; k < i.length; k++) {
                jj[k] = i[k] / a * 100;
            }
            return XyPlot.of("Stability window " + input.name(), "E / V", "j / uA cm-2", XyPlot.Series.line("j", e, jj));
        });
        return ExitCode.OK;
    }

    static ObjectNode toJson(StabilityWindowResult res) {
        ObjectNode root = Json.object();
        ArrayNode arr = root.putArray("sweeps");
        for (Sweep s : res.sweeps()) {
            ObjectNode n = arr.addObject();
            n.put("index", s.index());
            n.put("direction", s.direction().name().toLowerCase(java.util.Locale.ROOT));
            Json.num(n, "startV", s.startV());
            Json.num(n, "endV", s.endV());
            Json.num(n, "maxCurrentDensityMicroAmpPerCm2", s.maxCurrentDensityAPerM2() * 100);
            onset(n, "onset", s.onset());
        }
        onset(root, "anodic", res.anodic());
        onset(root, "cathodic", res.cathodic());
        Json.num(root, "widthV", res.widthV().orElse(Double.NaN));
        ArrayNode w = root.putArray("warnings");
        res.warnings().forEach(w::add);
        return root;
    }

    private static void onset(ObjectNode parent, String key, Optional<Onset> o) {
        if (o.isEmpty()) {
            parent.putNull(key);
            return;
        }
        ObjectNode n = parent.putObject(key);
        Json.num(n, "thresholdV", o.get().thresholdV());
        Json.num(n, "tangentV", o.get().tangentV());
        Json.num(n, "risePointV", o.get().risePointV());
    }
}
