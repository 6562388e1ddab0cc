package org.elyte.app.lithium;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.elyte.analysis.lithium.AurbachEfficiency;
import org.elyte.analysis.lithium.LithiumCopper;
import org.elyte.analysis.lithium.LithiumCopperOptions;
import org.elyte.analysis.lithium.LithiumCopperResult;
import org.elyte.analysis.lithium.PlatingCurrent;
import org.elyte.analysis.lithium.PlatingCycle;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.InputFile;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte lithium-copper}: nucleation overpotential and Coulombic efficiency of a Li||Cu cell. */
@Command(name = "lithium-copper", mixinStandardHelpOptions = true,
        description = "Li||Cu plating/stripping: nucleation overpotential and Coulombic efficiency per cycle,"
                + " optionally the Aurbach average efficiency (Adams et al. 2018).")
public final class LithiumCopperCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputFile input;

    @Option(names = "--plating", paramLabel = "SIGN", defaultValue = "NEGATIVE",
            description = "Current sign while plating on Cu: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    PlatingCurrent plating;

    @Option(names = "--aurbach", description = "Also compute the Aurbach average Coulombic efficiency.")
    boolean aurbach;

    @Option(names = "--reservoir-cycle", paramLabel = "K",
            description = "Cycle that plated the reservoir Q_T (default: found automatically).")
    Integer reservoirCycle;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        LithiumCopperOptions o = LithiumCopperOptions.defaults().withPlating(plating);
        if (aurbach || reservoirCycle != null) {
            o = o.withAurbach(reservoirCycle == null ? OptionalInt.empty() : OptionalInt.of(reservoirCycle));
        }
        LithiumCopperResult res = LithiumCopper.analyze(input.recording(), o);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.write(toJson(res)));
        } else {
            out.printf("%s%n%6s %12s %14s %8s %12s %12s%n", input.path(), "cycle", "plated/mAh", "stripped/mAh", "CE/%",
                    "dip/mV", "nucl./mV");
            for (PlatingCycle c : res.cycles()) {
                out.printf("%6d %12.5g %14.5g %8.2f %12.2f %12.2f%n", c.index(), c.platedAh() * 1e3,
                        c.strippedAh() * 1e3, 100 * c.coulombicEfficiency(), 1e3 * c.dipOverpotentialV(),
                        1e3 * c.nucleationOverpotentialV());
            }
            out.printf("mean CE (cycles 2..N) %.3f %%%n", 100 * res.meanCoulombicEfficiency());
            res.aurbach().ifPresent(a -> out.printf("Aurbach CE_avg %.3f %% (reservoir cycle %d, Q_T %.4g mAh, Q_C %.4g"
                    + " mAh, n %d, Q_S %.4g mAh)%n", 100 * a.efficiency(), a.reservoirCycle(), a.qTAh() * 1e3,
                    a.qCAh() * 1e3, a.n(), a.qSAh() * 1e3));
            res.warnings().forEach(w -> out.printf("warning: %s%n", w));
        }
        output.writeCsv(() -> {
            List<double[]> rows = new ArrayList<>();
            for (PlatingCycle c : res.cycles()) {
                rows.add(new double[] {c.index(), c.platingStartS() / 3600, c.platedAh() * 1e3, c.strippedAh() * 1e3,
                    c.coulombicEfficiency(), c.dipOverpotentialV() * 1e3, c.plateauOverpotentialV() * 1e3,
                    c.nucleationOverpotentialV() * 1e3});
            }
            return CsvTable.ofNumbers(List.of("cycle", "plating_start_h", "plated_mAh", "stripped_mAh",
                    "coulombic_efficiency", "dip_overpotential_mV", "plateau_overpotential_mV",
                    "nucleation_overpotential_mV"), rows);
        });
        output.writePlot(() -> {
            double[] k = res.cycles().stream().mapToDouble(PlatingCycle::index).toArray();
            return XyPlot.of("Li||Cu " + input.name(), "cycle", "CE / %  and  nucleation overpotential / mV",
                    XyPlot.Series.markers("CE / %", k, res.cycles().stream()
                            .mapToDouble(c -> 100 * c.coulombicEfficiency()).toArray()),
                    XyPlot.Series.markers("nucleation / mV", k, res.cycles().stream()
                            .mapToDouble(c -> 1e3 * c.nucleationOverpotentialV()).toArray()));
        });
        return ExitCode.OK;
    }

    static ObjectNode toJson(LithiumCopperResult res) {
        ObjectNode root = Json.object();
        ArrayNode arr = root.putArray("cycles");
        for (PlatingCycle c : res.cycles()) {
            ObjectNode n = arr.addObject();
            n.put("index", c.index());
            Json.num(n, "platingStartHours", c.platingStartS() / 3600);
            Json.num(n, "platedMilliAmpHour", c.platedAh() * 1e3);
            Json.num(n, "strippedMilliAmpHour", c.strippedAh() * 1e3);
            Json.num(n, "coulombicEfficiency", c.coulombicEfficiency());
            Json.num(n, "dipOverpotentialMilliVolt", c.dipOverpotentialV() * 1e3);
            Json.num(n, "plateauOverpotentialMilliVolt", c.plateauOverpotentialV() * 1e3);
            Json.num(n, "nucleationOverpotentialMilliVolt", c.nucleationOverpotentialV() * 1e3);
        }
        Json.num(root, "meanCoulombicEfficiency", res.meanCoulombicEfficiency());
        if (res.aurbach().isPresent()) {
            AurbachEfficiency a = res.aurbach().get();
            ObjectNode n = root.putObject("aurbach");
            n.put("reservoirCycle", a.reservoirCycle());
            Json.num(n, "qTMilliAmpHour", a.qTAh() * 1e3);
            Json.num(n, "qCMilliAmpHour", a.qCAh() * 1e3);
            n.put("n", a.n());
            Json.num(n, "qSMilliAmpHour", a.qSAh() * 1e3);
            Json.num(n, "efficiency", a.efficiency());
        } else {
            root.putNull("aurbach");
        }
        ArrayNode w = root.putArray("warnings");
        res.warnings().forEach(w::add);
        return root;
    }
}
