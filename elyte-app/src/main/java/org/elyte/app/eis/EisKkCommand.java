package org.elyte.app.eis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.elyte.analysis.eis.kk.KkMode;
import org.elyte.analysis.eis.kk.KkOptions;
import org.elyte.analysis.eis.kk.KkResult;
import org.elyte.analysis.eis.kk.LinKK;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code elyte eis kk}: Kramers–Kronig validation by the lin-KK test (Schönleber 2014). */
@Command(name = "kk", mixinStandardHelpOptions = true,
        description = "Kramers-Kronig validation of an impedance spectrum (lin-KK, Schönleber 2014).")
public final class EisKkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpectrumFileArgs input;

    @Option(names = "--mode", defaultValue = "complex", paramLabel = "M",
            description = "Fit complex, real or imaginary part (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--mu", defaultValue = "0.85", paramLabel = "C",
            description = "mu criterion c for the number of RC elements (default: ${DEFAULT-VALUE}).")
    double mu;

    @Option(names = "--capacitance", description = "Add a series capacitance (blocking electrodes).")
    boolean capacitance;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        ImpedanceSpectrum s = input.load();
        KkMode m = switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "complex" -> KkMode.COMPLEX;
            case "real" -> KkMode.REAL;
            case "imag", "imaginary" -> KkMode.IMAGINARY;
            default -> throw new InvalidInputException("--mode: unknown mode '" + mode + "'; use complex, real or imaginary");
        };
        KkOptions options = KkOptions.defaults().withMode(m).withMuCriterion(mu).withSeriesCapacitance(capacitance);
        KkResult r = LinKK.test(s, options);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode root = Json.object();
            root.put("file", input.file().toString());
            root.put("points", s.size());
            root.put("mode", m.name().toLowerCase(Locale.ROOT));
            root.put("elements", r.elements());
            Json.num(root, "mu", r.mu());
            Json.num(root, "maxAbsResidualReal", r.maxAbsResidualReal());
            Json.num(root, "maxAbsResidualImag", r.maxAbsResidualImag());
            Json.num(root, "pseudoChi2", r.pseudoChi2());
            root.put("valid", r.valid());
            ArrayNode pts = root.putArray("residuals");
            for (int i = 0; i < s.size(); i++) {
                ObjectNode p = pts.addObject();
                p.put("frequencyHz", s.frequencyHz(i));
                Json.num(p, "real", r.residualsReal()[i]);
                Json.num(p, "imag", r.residualsImag()[i]);
            }
            ArrayNode w = root.putArray("warnings");
            r.warnings().forEach(w::add);
            out.println(Json.write(root));
        } else {
            out.printf("%s: %d points, %s fit%n", input.file(), s.size(), m.name().toLowerCase(Locale.ROOT));
            out.printf("RC elements M = %d, mu = %.4f (criterion c = %.3g)%n", r.elements(), r.mu(), mu);
            out.printf("max |residual| / |Z|: real %.3e, imaginary %.3e; pseudo chi2 %.3e%n", r.maxAbsResidualReal(),
                    r.maxAbsResidualImag(), r.pseudoChi2());
            out.printf("%s%n", r.valid() ? "consistent with Kramers-Kronig (linear, causal, stable)"
                    : "NOT consistent with Kramers-Kronig: check drift, non-linearity or noise before fitting");
            r.warnings().forEach(w -> out.printf("warning: %s%n", w));
        }
        output.writeCsv(() -> {
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                rows.add(new double[] {s.frequencyHz(i), s.real(i), s.imag(i), r.model().real(i), r.model().imag(i),
                    r.residualsReal()[i], r.residualsImag()[i]});
            }
            return CsvTable.ofNumbers(List.of("frequency_Hz", "z_real_ohm", "z_imag_ohm", "kk_real_ohm", "kk_imag_ohm",
                    "residual_real_rel", "residual_imag_rel"), rows);
        });
        output.writePlot(() -> {
            double[] lf = new double[s.size()];
            double[] re = new double[s.size()];
            double[] im = new double[s.size()];
            for (int i = 0; i < s.size(); i++) {
                lf[i] = Math.log10(s.frequencyHz(i));
                re[i] = 100 * r.residualsReal()[i];
                im[i] = 100 * r.residualsImag()[i];
            }
            return new XyPlot("lin-KK residuals, " + input.file().getFileName() + " (M = " + r.elements() + ")",
                    "log10(f / Hz)", "residual / |Z|  (%)", false,
                    List.of(XyPlot.Series.markers("real", lf, re), XyPlot.Series.markers("imaginary", lf, im)));
        });
        return ExitCode.OK;
    }
}
