package org.elyte.app.structure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.elyte.analysis.structure.Saxs;
import org.elyte.analysis.structure.SaxsPeak;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.thermal.CsvTable;
import org.elyte.app.thermal.XyPlot;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.numerics.Background;
import org.elyte.core.numerics.PeakShape;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.io.scattering.QUnit;
import org.elyte.io.scattering.ScatteringFiles;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code elyte saxs}: correlation peak q* and domain spacing L0 = 2π/q*. */
@Command(name = "saxs", mixinStandardHelpOptions = true, description = "SAXS peak position and domain spacing L0 = 2*pi/q.")
public final class SaxsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Columns q, I (optional error).")
    Path file;

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

    @Option(names = "--json", description = "Machine-readable output (docs/cli.md).")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write q, I and the fitted model as CSV.")
    Path csv;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Plot I(q) with the fit (log-log).")
    Path plot;

    @Override
    public Integer call() {
        QUnit unit = QUnit.parse(qUnit);
        Recording r = ScatteringFiles.readSaxs(file, unit);
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (qRange != null) {
            double[] w = range(qRange);
            lo = w[0] * unit.toPerM();
            hi = w[1] * unit.toPerM();
        }
        SaxsPeak p = Saxs.domainSpacing(r, shapeOf(shape), backgroundOf(background), lo, hi);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("file", file.toString());
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
                    file, p.qPerM() / 1e9, p.qSigmaPerM() / 1e9, p.spacingM() * 1e9, p.spacingSigmaM() * 1e9,
                    p.fit().shape().name().toLowerCase(Locale.ROOT), p.fit().background().name().toLowerCase(Locale.ROOT),
                    p.qMinPerM() / 1e9, p.qMaxPerM() / 1e9);
        }
        double[] q = r.require(Quantity.SCATTERING_VECTOR);
        double[] in = r.require(Quantity.INTENSITY);
        if (csv != null) {
            List<List<Object>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < q.length; i++) {
                boolean inRange = q[i] >= p.qMinPerM() && q[i] <= p.qMaxPerM();
                rows.add(List.of(q[i] / 1e9, in[i], inRange ? p.fit().model(q[i]) : Double.NaN));
            }
            CsvTable.write(csv, List.of("q_per_nm", "intensity", "model"), rows);
        }
        if (plot != null) {
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
            XyPlot.write(plot, file.getFileName().toString(), "q / nm⁻¹", "I / a.u.", true,
                    List.of(new XyPlot.Series("data", qn, in, true), new XyPlot.Series("fit", fx, fy, false)));
        }
        return ExitCode.OK;
    }

    static PeakShape shapeOf(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "gaussian" -> PeakShape.GAUSSIAN;
            case "lorentzian" -> PeakShape.LORENTZIAN;
            case "pseudo-voigt", "pseudovoigt", "pv" -> PeakShape.PSEUDO_VOIGT;
            default -> throw new InvalidInputException("--shape: unknown '" + s + "'; use gaussian, lorentzian or pseudo-voigt");
        };
    }

    static Background backgroundOf(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "power-law", "powerlaw" -> Background.POWER_LAW;
            case "linear" -> Background.LINEAR;
            case "none" -> Background.NONE;
            default -> throw new InvalidInputException("--background: unknown '" + s + "'; use power-law, linear or none");
        };
    }

    /**
     * @param text LOW:HIGH
     * @return {low, high}
     */
    public static double[] range(String text) {
        String[] p = text.split(":");
        try {
            if (p.length == 2) {
                double a = Double.parseDouble(p[0].strip());
                double b = Double.parseDouble(p[1].strip());
                if (a < b) {
                    return new double[] {a, b};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("expected LOW:HIGH with LOW < HIGH, got '" + text + "'");
    }
}
