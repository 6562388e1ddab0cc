package org.elyte.app.structure;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.elyte.analysis.structure.Saxs;
import org.elyte.analysis.structure.SaxsPeak;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.InputFile;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OptionValues;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.core.numerics.Background;
import org.elyte.core.numerics.PeakShape;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.io.scattering.QUnit;
import org.elyte.io.scattering.ScatteringFiles;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code elyte saxs}: correlation peak q* and domain spacing L0 = 2π/q*. */
@Command(name = "saxs", mixinStandardHelpOptions = true, description = "SAXS peak position and domain spacing L0 = 2*pi/q.")
public final class SaxsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputFile input;

    @Option(names = "--q-unit", paramLabel = "U", defaultValue = "nm-1",
            description = "Unit of q when the header does not say: nm-1, A-1, m-1 (default: ${DEFAULT-VALUE}).")
    String qUnit;

    @Option(names = "--q-range", paramLabel = "LOW:HIGH", description = "Fit range in the file's q unit (default: around the most prominent peak).")
    String qRange;

    @Option(names = "--shape", paramLabel = "S", defaultValue = "pseudo-voigt",
            description = "gaussian, lorentzian or pseudo-voigt (default: ${DEFAULT-VALUE}).")
    String shape;

    @Option(names = "--background", paramLabel = "B", defaultValue = "power-law",
            description = "power-law, linear or none (default: ${DEFAULT-VALUE}).")
    String background;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        QUnit unit = QUnit.parse(qUnit);
        Recording r = ScatteringFiles.readSaxs(input.path(), unit);
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (qRange != null) {
            double[] w = OptionValues.range("--q-range", qRange);
            lo = w[0] * unit.toPerM();
            hi = w[1] * unit.toPerM();
        }
        SaxsPeak p = Saxs.domainSpacing(r, OptionValues.choice("--shape", "pv".equalsIgnoreCase(shape.strip()) ? "pseudo-voigt" : shape,
                PeakShape.class), OptionValues.choice("--background", background, Background.class), lo, hi);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode root = Json.object();
            root.put("file", input.path().toString());
            Json.num(root, "qPerNm", p.qPerM() / 1e9);
            Json.num(root, "qSigmaPerNm", p.qSigmaPerM() / 1e9);
            Json.num(root, "spacingNm", p.spacingM() * 1e9);
            Json.num(root, "spacingSigmaNm", p.spacingSigmaM() * 1e9);
            Json.num(root, "fwhmPerNm", p.fit().fwhm() / 1e9);
            Json.num(root, "qMinPerNm", p.qMinPerM() / 1e9);
            Json.num(root, "qMaxPerNm", p.qMaxPerM() / 1e9);
            root.put("shape", p.fit().shape().name().toLowerCase(Locale.ROOT));
            root.put("background", p.fit().background().name().toLowerCase(Locale.ROOT));
            out.println(Json.write(root));
        } else {
            out.printf(Locale.ROOT, "%s: q* = %.4f ± %.4f nm⁻¹ → L0 = 2π/q* = %.2f ± %.2f nm (%s on %s background, q %.3f..%.3f nm⁻¹)%n",
                    input.path(), p.qPerM() / 1e9, p.qSigmaPerM() / 1e9, p.spacingM() * 1e9, p.spacingSigmaM() * 1e9,
                    p.fit().shape().name().toLowerCase(Locale.ROOT), p.fit().background().name().toLowerCase(Locale.ROOT),
                    p.qMinPerM() / 1e9, p.qMaxPerM() / 1e9);
        }
        double[] q = r.require(Quantity.SCATTERING_VECTOR);
        double[] in = r.require(Quantity.INTENSITY);
        output.writeCsv(() -> {
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < q.length; i++) {
                boolean inRange = q[i] >= p.qMinPerM() && q[i] <= p.qMaxPerM();
                rows.add(new double[] {q[i] / 1e9, in[i], inRange ? p.fit().model(q[i]) : Double.NaN});
            }
            return CsvTable.ofNumbers(List.of("q_per_nm", "intensity", "model"), rows);
        });
        output.writePlot(() -> {
            double[] qn = new double[q.length];
            for (int i = 0; i < q.length; i++) {
                qn[i] = q[i] / 1e9;
            }
            int m = 200;
            double[] fx = new double[m];
            double[] fy = new double[m];
            for (int i = 0; i < m; i++) {
                double qq = p.qMinPerM() + (p.qMaxPerM() - p.qMinPerM()) * i / (m - 1);
                fx[i] = qq / 1e9;
                fy[i] = p.fit().model(qq);
            }
            return XyPlot.of(input.name(), "q / nm⁻¹", "I / a.u.", XyPlot.Series.markers("data", qn, in),
                    XyPlot.Series.line("fit", fx, fy)).withLogLog();
        });
        return ExitCode.OK;
    }
}
