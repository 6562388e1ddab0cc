package org.elyte.app.simulate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.sim.model.HalfCell;
import org.elyte.sim.parameters.CellParameters;
import org.elyte.sim.simulation.CellMapping;
import org.elyte.sim.simulation.RateTest;
import org.elyte.sim.simulation.Simulation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte simulate rate}: discharge capacity and mid voltage per C-rate. */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = "Rate test: one discharge per C-rate to the lower cut-off, from the set's initial state.")
public final class SimRateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CellOptions cell;

    @Option(names = "--rates", split = ",", defaultValue = "0.1,0.2,0.5,1,2", paramLabel = "C,…",
            description = "C-rates (default ${DEFAULT-VALUE}); 1C = 0.98 x theoretical capacity per hour.")
    List<Double> rates;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        CellParameters p = cell.parameters();
        double t = cell.temperatureK(p);
        Simulation sim = Simulation.of(p);
        HalfCell c = sim.cell(t);
        double[] r = rates.stream().mapToDouble(Double::doubleValue).toArray();
        List<RateTest.Point> pts;
        try (Progress bar = Progress.open("rate test", !output.json())) {
            pts = RateTest.run(sim, r, bar);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode root = Json.object();
            root.put("cell", p.set().name());
            Json.num(root, "temperatureK", t);
            Json.num(root, "theoreticalCapacityAh", sim.theoreticalCapacityAh());
            Json.num(root, "activeMassKg", CellMapping.activeMassKg(p));
            ArrayNode a = root.putArray("rates");
            for (RateTest.Point pt : pts) {
                ObjectNode n = a.addObject();
                Json.num(n, "cRate", pt.cRate());
                Json.num(n, "dischargeCapacityAh", pt.dischargeAh());
                Json.num(n, "dischargeCapacityMAhPerG", pt.specificMAhPerG());
                Json.num(n, "capacityFraction", pt.capacityFraction());
                Json.num(n, "midVoltageV", pt.midVoltageV());
                n.put("endedBy", pt.ended());
            }
            out.println(Json.write(root));
        } else {
            out.printf("%s at %.2f K, separator %.0f um, theoretical %.4f mAh%n", p.set().name(), t,
                    c.separatorThicknessM() * 1e6, sim.theoreticalCapacityAh() * 1e3);
            out.printf("%7s %12s %10s %10s %10s  %s%n", "C-rate", "Q / mAh", "mAh/g", "Q/Q_th", "V_mid / V",
                    "ended by");
            for (RateTest.Point pt : pts) {
                out.printf("%7.3g %12.5f %10.1f %10.3f %10.3f  %s%n", pt.cRate(), pt.dischargeAh() * 1e3,
                        pt.specificMAhPerG(), pt.capacityFraction(), pt.midVoltageV(), pt.ended());
            }
        }
        output.writeCsv(() -> {
            List<double[]> rows = new ArrayList<>();
            for (RateTest.Point pt : pts) {
                rows.add(new double[] {pt.cRate(), pt.dischargeAh(), pt.specificMAhPerG(), pt.capacityFraction(),
                    pt.midVoltageV()});
            }
            return CsvTable.ofNumbers(List.of("c_rate", "discharge_capacity_Ah", "discharge_capacity_mAh_per_g",
                    "capacity_fraction", "mid_voltage_V"), rows);
        });
        output.writePlot(() -> XyPlot.of("Rate test of " + p.set().name(), "C-rate", "Q / mAh g-1",
                XyPlot.Series.markers("discharge capacity", pts.stream().mapToDouble(RateTest.Point::cRate).toArray(),
                        pts.stream().mapToDouble(RateTest.Point::specificMAhPerG).toArray())));
        return ExitCode.OK;
    }
}
