package org.elyte.app.structure;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.elyte.analysis.structure.BroadeningCorrection;
import org.elyte.analysis.structure.Xrd;
import org.elyte.analysis.structure.XrdOptions;
import org.elyte.analysis.structure.XrdPeak;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.InputFile;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OptionValues;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.io.scattering.ScatteringFiles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code elyte xrd}: peak list with 2θ, d-spacing, FWHM and Scherrer crystallite size. */
@Command(name = "xrd", mixinStandardHelpOptions = true, description = "XRD peak list: 2theta, d (Bragg), FWHM, Scherrer size.")
public final class XrdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputFile input;

    @Option(names = "--wavelength", paramLabel = "Å", defaultValue = "1.5406", description = "X-ray wavelength in Å (default Cu K-alpha: ${DEFAULT-VALUE}).")
    double wavelengthA;

    @Option(names = "--k", paramLabel = "K", defaultValue = "0.9", description = "Scherrer shape factor (default: ${DEFAULT-VALUE}).")
    double k;

    @Option(names = "--instrument-fwhm", paramLabel = "DEG", defaultValue = "0", description = "Instrumental FWHM in 2theta, degrees (default: none).")
    double instrumentDeg;

    @Option(names = "--correction", paramLabel = "C", defaultValue = "gaussian",
            description = "Instrumental correction when --instrument-fwhm is given: gaussian (quadratic) or lorentzian (linear).")
    String correction;

    @Option(names = "--min-prominence", paramLabel = "SIGMAS", defaultValue = "6", description = "Least peak prominence in noise standard deviations (default: ${DEFAULT-VALUE}).")
    double sigmas;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        BroadeningCorrection c = OptionValues.choice("--correction", correction, BroadeningCorrection.GAUSSIAN,
                BroadeningCorrection.LORENTZIAN);
        XrdOptions o = XrdOptions.defaults().withWavelengthM(wavelengthA * 1e-10).withScherrerK(k)
                .withInstrumental(Math.toRadians(instrumentDeg), instrumentDeg > 0 ? c : BroadeningCorrection.NONE)
                .withMinProminenceSigmas(sigmas);
        Recording r = ScatteringFiles.readXrd(input.path());
        List<XrdPeak> peaks = Xrd.peaks(r, o);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode root = Json.object();
            root.put("file", input.path().toString());
            Json.num(root, "wavelengthA", wavelengthA);
            Json.num(root, "scherrerK", k);
            ArrayNode arr = root.putArray("peaks");
            for (XrdPeak p : peaks) {
                ObjectNode n = arr.addObject();
                Json.num(n, "twoThetaDeg", Math.toDegrees(p.twoThetaRad()));
                Json.num(n, "twoThetaSigmaDeg", Math.toDegrees(p.twoThetaSigmaRad()));
                Json.num(n, "dA", p.dSpacingM() * 1e10);
                Json.num(n, "height", p.height());
                Json.num(n, "fwhmDeg", Math.toDegrees(p.fwhmRad()));
                Json.num(n, "sampleFwhmDeg", Math.toDegrees(p.sampleFwhmRad()));
                Json.num(n, "crystalliteSizeNm", p.crystalliteSizeM() * 1e9);
                n.put("fitted", p.fitted());
            }
            out.println(Json.write(root));
        } else {
            out.printf(Locale.ROOT, "%s: %d peaks (λ = %.4f Å, K = %.2f)%n", input.path(), peaks.size(), wavelengthA, k);
            out.printf("  2θ/°      d/Å     FWHM/°   size/nm  height%n");
            for (XrdPeak p : peaks) {
                out.printf(Locale.ROOT, "  %-9.3f %-7.4f %-8.4f %-8.1f %.4g%s%n", Math.toDegrees(p.twoThetaRad()), p.dSpacingM() * 1e10,
                        Math.toDegrees(p.fwhmRad()), p.crystalliteSizeM() * 1e9, p.height(), p.fitted() ? "" : " (not fitted)");
            }
        }
        output.writeCsv(() -> {
            List<List<Object>> rows = new ArrayList<>();
            for (XrdPeak p : peaks) {
                rows.add(List.of(Math.toDegrees(p.twoThetaRad()), p.dSpacingM() * 1e10, Math.toDegrees(p.fwhmRad()),
                        Math.toDegrees(p.sampleFwhmRad()), p.crystalliteSizeM() * 1e9, p.height(), String.valueOf(p.fitted())));
            }
            return new CsvTable(List.of("two_theta_deg", "d_A", "fwhm_deg", "sample_fwhm_deg", "size_nm", "height", "fitted"), rows);
        });
        output.writePlot(() -> {
            double[] tt = r.require(Quantity.DIFFRACTION_ANGLE);
            double[] deg = new double[tt.length];
            for (int i = 0; i < tt.length; i++) {
                deg[i] = Math.toDegrees(tt[i]);
            }
            double[] px = peaks.stream().mapToDouble(p -> Math.toDegrees(p.twoThetaRad())).toArray();
            double[] py = new double[px.length];
            double[] in = r.require(Quantity.INTENSITY);
            for (int j = 0; j < px.length; j++) {
                int best = 0;
                for (int i = 0; i < deg.length; i++) {
                    if (Math.abs(deg[i] - px[j]) < Math.abs(deg[best] - px[j])) {
                        best = i;
                    }
                }
                py[j] = in[best];
            }
            return XyPlot.of(input.name(), "2θ / °", "intensity / a.u.", XyPlot.Series.line("pattern", deg, in),
                    XyPlot.Series.markers("peaks", px, py));
        });
        return ExitCode.OK;
    }
}
