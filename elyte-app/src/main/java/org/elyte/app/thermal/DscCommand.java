package org.elyte.app.thermal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.elyte.analysis.thermal.Crystallinity;
import org.elyte.analysis.thermal.CrystallinityForm;
import org.elyte.analysis.thermal.CrystallinityResult;
import org.elyte.analysis.thermal.Dsc;
import org.elyte.analysis.thermal.DscBaseline;
import org.elyte.analysis.thermal.EndothermDirection;
import org.elyte.analysis.thermal.GlassTransition;
import org.elyte.analysis.thermal.Melting;
import org.elyte.analysis.thermal.MeltingOptions;
import org.elyte.analysis.thermal.ReferenceEnthalpy;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.InputFile;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OptionValues;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.io.thermal.DscFiles;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code elyte dsc}: melting enthalpy, onset and peak temperatures, crystallinity and Tg from a DSC heating scan. */
@Command(name = "dsc", mixinStandardHelpOptions = true,
        description = "Melting enthalpy, crystallinity and glass transition from a DSC heating scan.")
public final class DscCommand implements Callable<Integer> {
    private static final double C0 = 273.15;

    @Spec
    CommandSpec spec;

    @Mixin
    InputFile input;

    @Option(names = "--mass", paramLabel = "M", description = "Sample mass, e.g. 5.12mg (default: the mass stated in the file).")
    String mass;

    @Option(names = "--polymer", paramLabel = "P", description = "Reference enthalpy preset: PCL (139.3 J/g) or PEO (196.4 J/g).")
    String polymer;

    @Option(names = "--dh0", paramLabel = "J/g", description = "Reference enthalpy of the 100%% crystalline polymer, J/g (overrides --polymer).")
    Double dh0;

    @Option(names = "--additive-fraction", paramLabel = "F", defaultValue = "0",
            description = "Mass fraction of salt and filler, 0..1 (default: ${DEFAULT-VALUE}).")
    double additiveFraction;

    @Option(names = "--form", paramLabel = "F", defaultValue = "divided",
            description = "Crystallinity form: divided = dHm/(dH0(1-phi)) or multiplied = dHm/dH0*(1-phi) (default: ${DEFAULT-VALUE}).")
    String form;

    @Option(names = "--baseline", paramLabel = "B", defaultValue = "linear", description = "linear or sigmoidal (default: ${DEFAULT-VALUE}).")
    String baseline;

    @Option(names = "--endotherm", paramLabel = "D", defaultValue = "auto", description = "auto, up or down (default: ${DEFAULT-VALUE}).")
    String endotherm;

    @Option(names = "--window", paramLabel = "LOW:HIGH", description = "Melting integration limits in °C, e.g. 35:75 (default: detected).")
    String window;

    @Option(names = "--tg-window", paramLabel = "LOW:HIGH", description = "Window around the glass transition in °C, e.g. -80:-20.")
    String tgWindow;

    @Option(names = "--rate", paramLabel = "K/min", description = "Heating rate, K/min (needed when the file has no time column).")
    Double rateKPerMin;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        Recording r = DscFiles.read(input.path());
        double massKg = mass != null ? OptionValues.mass("--mass", mass)
                : r.metadata().getDouble(DscFiles.SAMPLE_MASS_KG).orElse(Double.NaN);
        double rate = rateKPerMin == null ? Double.NaN : rateKPerMin / 60;
        MeltingOptions o = new MeltingOptions(massKg, OptionValues.choice("--baseline", baseline, DscBaseline.class),
                OptionValues.choice("--endotherm", endotherm, EndothermDirection.class), Double.NaN, Double.NaN, rate);
        if (window != null) {
            double[] w = OptionValues.range("--window", window);
            o = o.withWindowK(w[0] + C0, w[1] + C0);
        }
        Melting m = Dsc.melting(r, o);
        Optional<CrystallinityResult> chi = crystallinity(m);
        Optional<GlassTransition> tg = glassTransition(r, massKg, rate);
        print(m, chi, tg);
        output.writeCsv(() -> new CsvTable(List.of("file", "peak_C", "onset_C", "endset_C", "low_C", "high_C", "dHm_J_per_g",
                    "chi_percent", "tg_midpoint_C", "tg_inflection_C", "dcp_J_per_gK"),
                List.of(List.of(input.name(), m.peakTemperatureK() - C0, m.onsetTemperatureK() - C0,
                            m.endsetTemperatureK() - C0, m.lowK() - C0, m.highK() - C0, m.enthalpyJPerG(),
                            chi.map(CrystallinityResult::percent).orElse(Double.NaN),
                            tg.map(g -> g.midpointK() - C0).orElse(Double.NaN), tg.map(g -> g.inflectionK() - C0).orElse(Double.NaN),
                            tg.map(GlassTransition::deltaCpJPerGK).orElse(Double.NaN)))));
        output.writePlot(() -> plot(r, m));
        return ExitCode.OK;
    }

    private Optional<GlassTransition> glassTransition(Recording r, double massKg, double rateKPerS) {
        if (tgWindow == null) {
            return Optional.empty();
        }
        double[] w = OptionValues.range("--tg-window", tgWindow);
        return Optional.of(Dsc.glassTransition(r, w[0] + C0, w[1] + C0, massKg, rateKPerS));
    }

    private Optional<CrystallinityResult> crystallinity(Melting m) {
        CrystallinityForm f = OptionValues.choice("--form", form, CrystallinityForm.class);
        if (dh0 != null) {
            return Optional.of(Crystallinity.of(m.enthalpyJPerG(), dh0, additiveFraction, f));
        }
        if (polymer != null) {
            return Optional.of(Crystallinity.of(m, ReferenceEnthalpy.of(polymer), additiveFraction, f));
        }
        return Optional.empty();
    }

    private void print(Melting m, Optional<CrystallinityResult> chi, Optional<GlassTransition> tg) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode root = Json.object();
            root.put("file", input.path().toString());
            ObjectNode mel = root.putObject("melting");
            Json.num(mel, "enthalpyJPerG", m.enthalpyJPerG());
            Json.num(mel, "peakC", m.peakTemperatureK() - C0);
            Json.num(mel, "onsetC", m.onsetTemperatureK() - C0);
            Json.num(mel, "endsetC", m.endsetTemperatureK() - C0);
            Json.num(mel, "lowC", m.lowK() - C0);
            Json.num(mel, "highC", m.highK() - C0);
            Json.num(mel, "heatingRateKPerMin", m.heatingRateKPerS() * 60);
            mel.put("baseline", m.baseline().name().toLowerCase(Locale.ROOT));
            mel.put("endotherm", m.direction().name().toLowerCase(Locale.ROOT));
            chi.ifPresent(c -> {
                ObjectNode n = root.putObject("crystallinity");
                Json.num(n, "percent", c.percent());
                Json.num(n, "referenceJPerG", c.referenceJPerG());
                Json.num(n, "additiveFraction", c.additiveFraction());
                n.put("form", c.form().name().toLowerCase(Locale.ROOT));
            });
            tg.ifPresent(g -> {
                ObjectNode n = root.putObject("glassTransition");
                Json.num(n, "midpointC", g.midpointK() - C0);
                Json.num(n, "inflectionC", g.inflectionK() - C0);
                Json.num(n, "onsetC", g.onsetK() - C0);
                Json.num(n, "endC", g.endK() - C0);
                Json.num(n, "deltaCpJPerGK", g.deltaCpJPerGK());
            });
            out.println(Json.write(root));
            return;
        }
        out.printf(Locale.ROOT, "%s: melting %.2f..%.2f °C, %s baseline, endotherm %s%n", input.path(), m.lowK() - C0, m.highK() - C0,
                m.baseline().name().toLowerCase(Locale.ROOT), m.direction().name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "ΔHm = %.2f J/g; Tm (peak) = %.2f °C; onset (extrapolated) = %.2f °C%n", m.enthalpyJPerG(),
                m.peakTemperatureK() - C0, m.onsetTemperatureK() - C0);
        chi.ifPresent(c -> out.printf(Locale.ROOT, "χc = %.2f %% (ΔH° = %.1f J/g, φ = %.4f, %s form)%n", c.percent(),
                c.referenceJPerG(), c.additiveFraction(), c.form().name().toLowerCase(Locale.ROOT)));
        tg.ifPresent(g -> out.printf(Locale.ROOT, "Tg = %.2f °C (half-height midpoint), %.2f °C (inflection); Δcp = %.3f J/(g K)%n",
                g.midpointK() - C0, g.inflectionK() - C0, g.deltaCpJPerGK()));
    }

    private XyPlot plot(Recording r, Melting m) {
        double[] t = r.require(Quantity.TEMPERATURE);
        boolean specific = r.has(Quantity.SPECIFIC_HEAT_FLOW);
        double[] y = r.require(specific ? Quantity.SPECIFIC_HEAT_FLOW : Quantity.HEAT_FLOW);
        double[] tc = new double[t.length];
        double[] ym = new double[t.length];
        List<Double> lx = new ArrayList<>();
        List<Double> ly = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            tc[i] = t[i] - C0;
            ym[i] = specific ? y[i] : y[i] * 1e3;
            if (Math.abs(t[i] - m.lowK()) < 1e-9 || Math.abs(t[i] - m.highK()) < 1e-9) {
                lx.add(tc[i]);
                ly.add(ym[i]);
            }
        }
        return XyPlot.of(input.name(), "T / °C", specific ? "heat flow / (mW/g)" : "heat flow / mW",
                XyPlot.Series.line("trace", tc, ym), XyPlot.Series.markers("integration limits",
                        lx.stream().mapToDouble(Double::doubleValue).toArray(), ly.stream().mapToDouble(Double::doubleValue).toArray()));
    }
}
