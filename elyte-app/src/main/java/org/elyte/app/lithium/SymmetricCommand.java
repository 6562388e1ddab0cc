package org.elyte.app.lithium;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.elyte.analysis.lithium.HalfCycle;
import org.elyte.analysis.lithium.SymmetricCell;
import org.elyte.analysis.lithium.SymmetricCellOptions;
import org.elyte.analysis.lithium.SymmetricCellResult;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.InputFile;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OptionValues;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.core.recording.Recording;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte symmetric}: overpotential, plated capacity and short circuits of a Li|SSE|Li cell. */
@Command(name = "symmetric", mixinStandardHelpOptions = true,
        description = "Symmetric Li|SSE|Li cycling: peak and plateau overpotential per half cycle, plated capacity,"
                + " short-circuit detection.")
public final class SymmetricCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputFile input;

    @Option(names = "--current-density", required = true, paramLabel = "J",
            description = "Nominal current density, e.g. 0.12mA/cm2 (a bare number is mA/cm2).")
    String currentDensity;

    @Option(names = "--area", paramLabel = "A", description = "Electrode area, e.g. 2.835cm2 (default: from the file,"
            + " else median |I| / J).")
    String area;

    @Option(names = "--short-ratio", paramLabel = "F", defaultValue = "0.3",
            description = "Short when the plateau falls below F x the recent median (default ${DEFAULT-VALUE}).")
    double shortRatio;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        double j = OptionValues.currentDensity("--current-density", currentDensity, "mA/cm2");
        SymmetricCellOptions o = SymmetricCellOptions.of(j);
        o = new SymmetricCellOptions(o.currentDensityAPerM2(), o.areaM2(), o.plateauStartFraction(), shortRatio,
                o.noiseFloorV(), o.referenceHalfCycles(), o.restFraction());
        if (area != null) {
            o = o.withArea(OptionValues.area("--area", area));
        }
        Recording r = input.recording();
        SymmetricCellResult res = SymmetricCell.analyze(r, o);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.write(toJson(res)));
        } else {
            printHuman(out, res);
        }
        output.writeCsv(() -> {
            List<double[]> rows = new ArrayList<>();
            for (HalfCycle h : res.halfCycles()) {
                rows.add(new double[] {h.index(), h.startS() / 3600, h.endS() / 3600, h.sign(), h.meanCurrentA() * 1e3,
                    h.peakOverpotentialV() * 1e3, h.plateauOverpotentialV() * 1e3, h.capacityAhPerM2() / 10,
                    h.cumulativeAhPerM2() / 10, h.suspect() ? 1 : 0});
            }
            return CsvTable.ofNumbers(List.of("half_cycle", "start_h", "end_h", "sign", "mean_current_mA", "peak_overpotential_mV",
                    "plateau_overpotential_mV", "capacity_mAh_cm2", "cumulative_mAh_cm2", "suspect"), rows);
        });
        output.writePlot(() -> {
            double[] t = res.halfCycles().stream().mapToDouble(h -> 0.5 * (h.startS() + h.endS()) / 3600).toArray();
            return XyPlot.of("Symmetric cell " + input.name(), "time / h", "overpotential / mV",
                    XyPlot.Series.markers("peak", t, res.halfCycles().stream()
                            .mapToDouble(h -> 1e3 * h.peakOverpotentialV()).toArray()),
                    XyPlot.Series.markers("plateau", t, res.halfCycles().stream()
                            .mapToDouble(h -> 1e3 * h.plateauOverpotentialV()).toArray()));
        });
        return ExitCode.OK;
    }

    static ObjectNode toJson(SymmetricCellResult res) {
        ObjectNode root = Json.object();
        Json.num(root, "areaM2", res.areaM2());
        root.put("areaSource", res.areaSource());
        Json.num(root, "currentDensityMilliAmpPerCm2", res.measuredCurrentDensityAPerM2() / 10);
        Json.num(root, "plateauGrowthMilliVoltPerHour", res.plateauGrowthVPerS() * 3.6e6);
        Json.num(root, "stableHours", res.stableHours());
        root.put("statement", res.statement());
        if (res.shortCircuit().isPresent()) {
            ObjectNode s = root.putObject("shortCircuit");
            Json.num(s, "timeHours", res.shortCircuit().get().timeS() / 3600);
            s.put("halfCycle", res.shortCircuit().get().halfCycle());
            Json.num(s, "thresholdMilliVolt", res.shortCircuit().get().thresholdV() * 1e3);
            Json.num(s, "referenceMilliVolt", res.shortCircuit().get().referenceV() * 1e3);
            s.put("confirmed", res.shortCircuit().get().confirmed());
        } else {
            root.putNull("shortCircuit");
        }
        ArrayNode arr = root.putArray("halfCycles");
        for (HalfCycle h : res.halfCycles()) {
            ObjectNode n = arr.addObject();
            n.put("index", h.index());
            Json.num(n, "startHours", h.startS() / 3600);
            Json.num(n, "endHours", h.endS() / 3600);
            n.put("sign", h.sign());
            Json.num(n, "peakOverpotentialMilliVolt", h.peakOverpotentialV() * 1e3);
            Json.num(n, "plateauOverpotentialMilliVolt", h.plateauOverpotentialV() * 1e3);
            Json.num(n, "capacityMilliAmpHourPerCm2", h.capacityAhPerM2() / 10);
            Json.num(n, "cumulativeMilliAmpHourPerCm2", h.cumulativeAhPerM2() / 10);
            n.put("suspect", h.suspect());
        }
        ArrayNode w = root.putArray("warnings");
        res.warnings().forEach(w::add);
        return root;
    }

    private void printHuman(PrintWriter out, SymmetricCellResult res) {
        out.printf("%s%n%s%n%n", input.path(), res.statement());
        out.printf("area %.4g cm2 (%s), measured current density %.4g mA/cm2, plateau growth %.3g mV/h%n%n",
                res.areaM2() * 1e4, res.areaSource(), res.measuredCurrentDensityAPerM2() / 10,
                res.plateauGrowthVPerS() * 3.6e6);
        out.printf("%6s %10s %10s %12s %14s %16s%n", "half", "start / h", "end / h", "peak / mV", "plateau / mV",
                "cum. mAh/cm2");
        for (HalfCycle h : res.halfCycles()) {
            out.printf("%6d %10.3f %10.3f %12.2f %14.2f %16.4f%s%n", h.index(), h.startS() / 3600, h.endS() / 3600,
                    1e3 * h.peakOverpotentialV(), 1e3 * h.plateauOverpotentialV(), h.cumulativeAhPerM2() / 10,
                    h.suspect() ? "  suspect" : "");
        }
        res.warnings().forEach(w -> out.printf("warning: %s%n", w));
    }
}
