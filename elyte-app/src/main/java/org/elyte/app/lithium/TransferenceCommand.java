package org.elyte.app.lithium;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.fit.CircuitFitter;
import org.elyte.analysis.eis.fit.FitOptions;
import org.elyte.analysis.eis.fit.FitResult;
import org.elyte.analysis.transference.BruceVincent;
import org.elyte.analysis.transference.Chronoamperometry;
import org.elyte.analysis.transference.ChronoamperometryOptions;
import org.elyte.analysis.transference.CurrentDecay;
import org.elyte.analysis.transference.InitialCurrent;
import org.elyte.analysis.transference.InterfacialResistance;
import org.elyte.analysis.transference.Resistance;
import org.elyte.analysis.transference.TransferenceNumber;
import org.elyte.app.cli.DataFiles;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OptionValues;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.io.eis.ImpedanceFiles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte transference}: Bruce–Vincent Li⁺ transference number. */
@Command(name = "transference", mixinStandardHelpOptions = true,
        description = "Bruce-Vincent transference number t+ = I_ss (dV - I_0 R_0) / (I_0 (dV - I_ss R_ss)).")
public final class TransferenceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--ca", required = true, paramLabel = "FILE", description = "Chronoamperometry file.")
    Path ca;

    @Option(names = "--eis-before", paramLabel = "FILE", description = "Impedance before polarization (R_0).")
    Path eisBefore;

    @Option(names = "--eis-after", paramLabel = "FILE", description = "Impedance after polarization (R_ss).")
    Path eisAfter;

    @Option(names = "--r0", paramLabel = "OHM", description = "R_0 given directly, ohm (instead of --eis-before).")
    Double r0Given;

    @Option(names = "--rss", paramLabel = "OHM", description = "R_ss given directly, ohm (instead of --eis-after).")
    Double rssGiven;

    @Option(names = "--dv", required = true, paramLabel = "V", description = "Applied polarization, e.g. 5mV.")
    String dv;

    @Option(names = "--circuit", paramLabel = "STR", description = "Circuit fitted to both spectra,"
            + " e.g. 'R0-p(R1,CPE1)-p(R2,CPE2)'.")
    String circuit;

    @Option(names = "--interface-parameter", paramLabel = "NAME", defaultValue = InterfacialResistance.LARGEST_ARC,
            description = "Interfacial resistance: a parameter (R2), arc:K, or largest-arc (default).")
    String interfaceParameter;

    @Option(names = "--initial", paramLabel = "HOW", defaultValue = "FIRST_POINT",
            description = "I_0: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    InitialCurrent initial;

    @Option(names = "--from", paramLabel = "S", description = "Use the CA record from this time, s.")
    Double from;

    @Option(names = "--to", paramLabel = "S", description = "Use the CA record up to this time, s.")
    Double to;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        double deltaV = OptionValues.voltage("--dv", dv, "V");
        ChronoamperometryOptions o = ChronoamperometryOptions.defaults().withInitial(initial).withRange(
                from == null ? Double.NEGATIVE_INFINITY : from, to == null ? Double.POSITIVE_INFINITY : to);
        Recording rec = DataFiles.recording(ca);
        CurrentDecay decay = Chronoamperometry.analyze(rec, o);
        Resistance r0 = resistance("--eis-before", eisBefore, "--r0", r0Given);
        Resistance rss = resistance("--eis-after", eisAfter, "--rss", rssGiven);
        TransferenceNumber t = BruceVincent.compute(deltaV, decay, r0, rss);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.write(toJson(t)));
        } else {
            out.printf("%s%nt+ = %.4f ± %.4f   (I_ss/I_0 = %.4f, correction factor %.4f)%n", ca, t.value(), t.stderr(),
                    t.uncorrectedRatio(), t.correctionFactor());
            out.printf("I_0  = %.6g ± %.2g A (%s)%nI_ss = %.6g ± %.2g A (mean of %d points, %.1f-%.1f s, drift %.2g %%)%n",
                    decay.initialA(), decay.initialStderrA(), initial, decay.steadyA(), decay.steadyStderrA(),
                    decay.windowPoints(), decay.windowStartS(), decay.windowEndS(), 100 * decay.drift());
            out.printf("R_0  = %.5g ± %.2g ohm (%s)%nR_ss = %.5g ± %.2g ohm (%s)%ndV = %.4g mV%n", r0.valueOhm(),
                    r0.stderrOhm(), r0.source(), rss.valueOhm(), rss.stderrOhm(), rss.source(), deltaV * 1e3);
            t.warnings().forEach(w -> out.printf("warning: %s%n", w));
        }
        output.writeCsv(() -> CsvTable.ofNumbers(List.of("time_s", "current_A"), record(rec, o)));
        output.writePlot(() -> {
            List<double[]> rows = record(rec, o);
            double[] x = rows.stream().mapToDouble(r -> r[0]).toArray();
            double[] y = rows.stream().mapToDouble(r -> Math.abs(r[1]) * 1e6).toArray();
            double[] wx = {decay.windowStartS(), decay.windowEndS()};
            return XyPlot.of("Chronoamperometry " + ca.getFileName(), "time / s", "|I| / uA",
                    XyPlot.Series.line("|I|", x, y),
                    XyPlot.Series.line("I_ss", wx, new double[] {decay.steadyA() * 1e6, decay.steadyA() * 1e6}),
                    XyPlot.Series.markers("I_0", new double[] {x.length > 0 ? x[0] : 0},
                            new double[] {decay.initialA() * 1e6}));
        });
        return ExitCode.OK;
    }

    /** @return the (time s, current A) rows of the CA record inside the range used */
    private static List<double[]> record(Recording rec, ChronoamperometryOptions o) {
        double[] time = rec.require(Quantity.TEST_TIME);
        double[] cur = rec.require(Quantity.CURRENT);
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < time.length; k++) {
            if (time[k] >= o.fromS() && time[k] <= o.toS()) {
                rows.add(new double[] {time[k], cur[k]});
            }
        }
        return rows;
    }

    private Resistance resistance(String fileOption, Path file, String valueOption, Double value) {
        if (value != null && file != null) {
            throw new InvalidInputException("give either " + fileOption + " or " + valueOption + ", not both");
        }
        if (value != null) {
            return Resistance.given(value, 0);
        }
        if (file == null) {
            throw new InvalidInputException("missing " + fileOption + " FILE (or " + valueOption + " OHM)");
        }
        if (circuit == null) {
            throw new InvalidInputException(fileOption + " needs --circuit to fit the spectrum");
        }
        FitResult fit = CircuitFitter.fit(Circuit.parse(circuit), ImpedanceFiles.read(file).get(0), FitOptions.defaults());
        return InterfacialResistance.from(fit, interfaceParameter);
    }

    static ObjectNode toJson(TransferenceNumber t) {
        ObjectNode root = Json.object();
        Json.num(root, "tPlus", t.value());
        Json.num(root, "tPlusStderr", t.stderr());
        Json.num(root, "uncorrectedRatio", t.uncorrectedRatio());
        Json.num(root, "correctionFactor", t.correctionFactor());
        Json.num(root, "deltaV", t.deltaV());
        ObjectNode c = root.putObject("current");
        Json.num(c, "initialA", t.decay().initialA());
        Json.num(c, "initialStderrA", t.decay().initialStderrA());
        c.put("initialMethod", t.decay().initial().name().toLowerCase(java.util.Locale.ROOT));
        Json.num(c, "steadyA", t.decay().steadyA());
        Json.num(c, "steadyStderrA", t.decay().steadyStderrA());
        Json.num(c, "drift", t.decay().drift());
        Json.num(c, "windowStartS", t.decay().windowStartS());
        Json.num(c, "windowEndS", t.decay().windowEndS());
        c.put("windowPoints", t.decay().windowPoints());
        for (String k : List.of("r0", "rss")) {
            Resistance r = k.equals("r0") ? t.r0() : t.rss();
            ObjectNode n = root.putObject(k);
            Json.num(n, "ohm", r.valueOhm());
            Json.num(n, "stderrOhm", r.stderrOhm());
            n.put("source", r.source());
        }
        ArrayNode w = root.putArray("warnings");
        t.warnings().forEach(w::add);
        return root;
    }
}
