package org.elyte.app.cycling;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.elyte.analysis.cycling.CycleMetrics;
import org.elyte.analysis.cycling.CycleReport;
import org.elyte.analysis.cycling.CycleSummary;
import org.elyte.analysis.cycling.Retention;
import org.elyte.analysis.cycling.RetentionOptions;
import org.elyte.analysis.cycling.RetentionResult;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.core.error.AnalysisException;
import org.elyte.core.recording.Recording;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte cycling summary}: per-cycle capacities, efficiencies, voltages, and retention. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Per-cycle capacity, Coulombic and energy efficiency, mean voltages, retention and failure.")
public final class CyclingSummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CyclingArgs args;

    @Option(names = "--reference-cycle", paramLabel = "N", description = "Reference cycle for retention (default: the first complete cycle, with charge and discharge).")
    Integer referenceCycle;

    @Option(names = "--threshold", defaultValue = "80", paramLabel = "PCT", description = "End-of-life retention threshold, %% (default 80).")
    double threshold;

    @Override
    public Integer call() {
        Recording r = args.load();
        CycleReport report = CycleSummary.report(r, args.options());
        List<CycleMetrics> cycles = report.cycles();
        RetentionOptions ro = RetentionOptions.defaults().withThresholdPercent(threshold);
        if (referenceCycle != null) {
            ro = ro.withReferenceCycle(referenceCycle);
        }
        RetentionResult retention = null;
        String retentionNote = null;
        try {
            retention = Retention.of(cycles, ro);
        } catch (AnalysisException e) {
            retentionNote = e.getMessage();
        }
        args.output.writeCsv(() -> csv(cycles));
        args.output.writePlot(() -> {
            double[] n = cycles.stream().mapToDouble(CycleMetrics::cycle).toArray();
            return XyPlot.of("Capacity per cycle", "cycle", "capacity / mAh",
                    XyPlot.Series.markers("charge", n, cycles.stream().mapToDouble(c -> 1e3 * c.chargeCapacityAh()).toArray()),
                    XyPlot.Series.markers("discharge", n, cycles.stream().mapToDouble(c -> 1e3 * c.dischargeCapacityAh()).toArray()));
        });
        PrintWriter out = spec.commandLine().getOut();
        if (args.output.json()) {
            out.println(Json.write(json(report, retention, retentionNote)));
            return ExitCode.OK;
        }
        out.printf("%s: %d cycles (capacity %s, cycles %s, CE %s)%n", args.input.path(), cycles.size(), report.capacitySource(),
                report.boundary(), args.options().ceMode());
        out.printf("%6s %12s %12s %9s %9s %9s %9s %9s%n", "cycle", "Qch/mAh", "Qdis/mAh", "CE/%", "EE/%", "Vch/V", "Vdis/V",
                "Qdis/mAh/g");
        for (CycleMetrics c : cycles) {
            out.printf("%6d %12.6g %12.6g %9.4f %9.4f %9.4f %9.4f %9.4g%n", c.cycle(), 1e3 * c.chargeCapacityAh(),
                    1e3 * c.dischargeCapacityAh(), c.coulombicEfficiencyPercent(), c.energyEfficiencyPercent(),
                    c.meanChargeVoltageV(), c.meanDischargeVoltageV(), c.dischargeSpecificCapacityMahPerG());
        }
        if (retention != null) {
            out.printf("retention vs cycle %d: %.2f %% at cycle %d; fade %.4g %%/cycle (%.4g %%/100 cycles)%n",
                    retention.referenceCycle(), retention.points().get(retention.points().size() - 1).retentionPercent(),
                    retention.points().get(retention.points().size() - 1).cycle(), retention.fadePerCyclePercent(),
                    retention.fadePer100CyclesPercent());
            out.printf("below %.4g %%: %s; abrupt failure: %s%n", threshold,
                    retention.cycleBelowThreshold().isPresent() ? "cycle " + retention.cycleBelowThreshold().getAsInt() : "never",
                    retention.failureCycle().isPresent() ? "cycle " + retention.failureCycle().getAsInt() : "none");
        } else {
            out.printf("retention: %s%n", retentionNote);
        }
        return ExitCode.OK;
    }

    private static ObjectNode json(CycleReport report, RetentionResult retention, String note) {
        ObjectNode root = Json.object();
        root.put("capacitySource", report.capacitySource().name());
        root.put("cycleBoundary", report.boundary().name());
        root.put("ceMode", report.provenance().options().get("ceMode"));
        ArrayNode arr = root.putArray("cycles");
        for (CycleMetrics c : report.cycles()) {
            ObjectNode o = arr.addObject();
            o.put("cycle", c.cycle());
            o.put("firstRow", c.firstRow());
            o.put("lastRow", c.lastRow());
            Json.num(o, "chargeCapacityAh", c.chargeCapacityAh());
            Json.num(o, "dischargeCapacityAh", c.dischargeCapacityAh());
            Json.num(o, "chargeSpecificCapacityMahPerG", c.chargeSpecificCapacityMahPerG());
            Json.num(o, "dischargeSpecificCapacityMahPerG", c.dischargeSpecificCapacityMahPerG());
            Json.num(o, "chargeArealCapacityMahPerCm2", c.chargeArealCapacityMahPerCm2());
            Json.num(o, "dischargeArealCapacityMahPerCm2", c.dischargeArealCapacityMahPerCm2());
            Json.num(o, "coulombicEfficiencyPercent", c.coulombicEfficiencyPercent());
            Json.num(o, "chargeEnergyWh", c.chargeEnergyWh());
            Json.num(o, "dischargeEnergyWh", c.dischargeEnergyWh());
            Json.num(o, "energyEfficiencyPercent", c.energyEfficiencyPercent());
            Json.num(o, "meanChargeVoltageV", c.meanChargeVoltageV());
            Json.num(o, "meanDischargeVoltageV", c.meanDischargeVoltageV());
            Json.num(o, "voltageGapV", c.voltageGapV());
            Json.num(o, "endOfChargeVoltageV", c.endOfChargeVoltageV());
            Json.num(o, "endOfDischargeVoltageV", c.endOfDischargeVoltageV());
            Json.num(o, "durationS", c.durationS());
            Json.num(o, "meanChargeCurrentA", c.meanChargeCurrentA());
            Json.num(o, "meanDischargeCurrentA", c.meanDischargeCurrentA());
        }
        ObjectNode ret = root.putObject("retention");
        if (retention != null) {
            ret.put("referenceCycle", retention.referenceCycle());
            Json.num(ret, "referenceCapacityAh", retention.referenceCapacityAh());
            Json.num(ret, "lastRetentionPercent", retention.points().get(retention.points().size() - 1).retentionPercent());
            Json.num(ret, "fadePerCyclePercent", retention.fadePerCyclePercent());
            Json.num(ret, "fadePer100CyclesPercent", retention.fadePer100CyclesPercent());
            if (retention.cycleBelowThreshold().isPresent()) {
                ret.put("cycleBelowThreshold", retention.cycleBelowThreshold().getAsInt());
            } else {
                ret.putNull("cycleBelowThreshold");
            }
            if (retention.failureCycle().isPresent()) {
                ret.put("failureCycle", retention.failureCycle().getAsInt());
            } else {
                ret.putNull("failureCycle");
            }
        } else {
            ret.put("note", note);
        }
        ObjectNode prov = root.putObject("provenance");
        prov.put("method", report.provenance().method());
        prov.put("version", report.provenance().version());
        ObjectNode opts = prov.putObject("options");
        report.provenance().options().forEach(opts::put);
        return root;
    }

    private static CsvTable csv(List<CycleMetrics> cycles) {
        List<double[]> rows = new ArrayList<>();
        for (CycleMetrics c : cycles) {
            rows.add(new double[] {c.cycle(), c.chargeCapacityAh(), c.dischargeCapacityAh(),
                c.chargeSpecificCapacityMahPerG(), c.dischargeSpecificCapacityMahPerG(), c.coulombicEfficiencyPercent(),
                c.chargeEnergyWh(), c.dischargeEnergyWh(), c.energyEfficiencyPercent(), c.meanChargeVoltageV(),
                c.meanDischargeVoltageV(), c.voltageGapV(), c.endOfChargeVoltageV(), c.endOfDischargeVoltageV(),
                c.durationS()});
        }
        return CsvTable.ofNumbers(List.of("cycle", "charge_capacity_Ah", "discharge_capacity_Ah", "charge_mAh_per_g",
                "discharge_mAh_per_g", "coulombic_efficiency_percent", "charge_energy_Wh", "discharge_energy_Wh",
                "energy_efficiency_percent", "mean_charge_voltage_V", "mean_discharge_voltage_V", "voltage_gap_V",
                "end_of_charge_voltage_V", "end_of_discharge_voltage_V", "duration_s"), rows);
    }
}
