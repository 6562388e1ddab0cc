package org.elyte.app.cycling;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import org.elyte.analysis.cycling.CapacityBasis;
import org.elyte.analysis.cycling.CycleSummary;
import org.elyte.analysis.cycling.RateBlock;
import org.elyte.analysis.cycling.RateCapability;
import org.elyte.analysis.cycling.RateOptions;
import org.elyte.analysis.cycling.RateResult;
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

/** {@code elyte cycling rate}: rate-capability blocks, C-rates and recovery. */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = "Rate capability: blocks of cycles at one current, as C-rates, with capacity and recovery.")
public final class CyclingRateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CyclingArgs args;

    @Option(names = "--nominal-capacity", paramLabel = "MAH", description = "1C capacity in mAh (wins over --mass).")
    Double nominalMah;

    @Option(names = "--specific-capacity", defaultValue = "170", paramLabel = "MAH_PER_G",
            description = "Theoretical specific capacity for 1C from --mass, mAh/g (default 170, LFP).")
    double specific;

    @Option(names = "--tolerance", defaultValue = "0.05", paramLabel = "F",
            description = "Relative current tolerance within a block (default 0.05).")
    double tolerance;

    @Override
    public Integer call() {
        var cycles = CycleSummary.of(args.load(), args.options());
        RateOptions ro = new RateOptions(CapacityBasis.DISCHARGE,
                nominalMah == null ? OptionalDouble.empty() : OptionalDouble.of(nominalMah * 1e-3),
                args.massKg().map(OptionalDouble::of).orElse(OptionalDouble.empty()), specific, tolerance);
        RateResult r = RateCapability.of(cycles, ro);
        List<double[]> rows = new ArrayList<>();
        for (RateBlock b : r.blocks()) {
            rows.add(new double[] {b.firstCycle(), b.lastCycle(), b.count(), b.currentA(), b.cRate(), b.meanCapacityAh(),
                b.stdCapacityAh(), b.retentionPercent()});
        }
        args.output.writeCsv(() -> CsvTable.ofNumbers(List.of("first_cycle", "last_cycle", "cycles", "current_A",
                "c_rate", "mean_capacity_Ah", "std_capacity_Ah", "retention_percent"), rows));
        args.output.writePlot(() -> XyPlot.of("Rate capability", "C-rate / h⁻¹", "discharge capacity / mAh",
                XyPlot.Series.markers("blocks", r.blocks().stream().mapToDouble(RateBlock::cRate).toArray(),
                        r.blocks().stream().mapToDouble(b -> 1e3 * b.meanCapacityAh()).toArray())));
        PrintWriter out = spec.commandLine().getOut();
        if (args.output.json()) {
            ObjectNode root = Json.object();
            Json.num(root, "oneCAh", r.oneCAh());
            ArrayNode arr = root.putArray("blocks");
            for (RateBlock b : r.blocks()) {
                ObjectNode o = arr.addObject();
                o.put("firstCycle", b.firstCycle());
                o.put("lastCycle", b.lastCycle());
                o.put("cycles", b.count());
                Json.num(o, "currentA", b.currentA());
                Json.num(o, "cRate", b.cRate());
                Json.num(o, "meanCapacityAh", b.meanCapacityAh());
                Json.num(o, "stdCapacityAh", b.stdCapacityAh());
                Json.num(o, "retentionPercent", b.retentionPercent());
            }
            Json.num(root, "recoveryPercent", r.recoveryPercent().orElse(Double.NaN));
            out.println(Json.write(root));
            return ExitCode.OK;
        }
        out.printf("%s: 1C = %.6g mAh%n", args.input.path(), 1e3 * r.oneCAh());
        out.printf("%8s %8s %5s %10s %8s %12s %10s %9s%n", "first", "last", "n", "I/mA", "C-rate", "Q/mAh", "sd/mAh", "ret/%");
        for (RateBlock b : r.blocks()) {
            out.printf("%8d %8d %5d %10.5g %8.4g %12.6g %10.3g %9.2f%n", b.firstCycle(), b.lastCycle(), b.count(),
                    1e3 * b.currentA(), b.cRate(), 1e3 * b.meanCapacityAh(), 1e3 * b.stdCapacityAh(), b.retentionPercent());
        }
        out.printf("recovery at the first rate: %s%n", r.recoveryPercent().isPresent()
                ? String.format("%.2f %%", r.recoveryPercent().getAsDouble()) : "the rate does not return");
        return ExitCode.OK;
    }
}
