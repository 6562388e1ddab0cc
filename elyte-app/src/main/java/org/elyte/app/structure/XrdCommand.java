package org.elyte.app.structure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.elyte.analysis.structure.BroadeningCorrection;
import org.elyte.analysis.structure.Xrd;
import org.elyte.analysis.structure.XrdOptions;
import org.elyte.analysis.structure.XrdPeak;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.thermal.CsvTable;
import org.elyte.app.thermal.XyPlot;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.io.scattering.ScatteringFiles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code elyte xrd}: peak list with 2θ, d-spacing, FWHM and Scherrer crystallite size. */
@Command(name = "xrd", mixinStandardHelpOptions = true, description = "XRD peak list: 2theta, d (Bragg), FWHM, Scherrer size.")
public final class XrdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Columns 2theta (degrees), intensity.")
    Path file;

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

    @Option(names = "--json", description = "Machine-readable output (docs/cli.md).")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the peak list as CSV.")
    Path csv;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Plot the pattern with the peaks marked.")
    Path plot;

    @Override
    public Integer call() {
        BroadeningCorrection c = switch (correction.strip().toLowerCase(Locale.ROOT)) {
            case "gaussian" -> BroadeningCorrection.GAUSSIAN;
            case "lorentzian" -> BroadeningCorrection.LORENTZIAN;
            default -> throw new InvalidInputException("--correction: unknown '" + correction + "'; use gaussian or lorentzian");
        };
        XrdOptions o = XrdOptions.defaults().withWavelengthM(wavelengthA * 1e-10).withScherrerK(k)
                .withInstrumental(Math.toRadians(instrumentDeg), instrumentDeg > 0 ? c : BroadeningCorrection.NONE)
                .withMinProminenceSigmas(sigmas);
        Recording r = ScatteringFiles.readXrd(file);
        List<XrdPeak> peaks = Xrd.peaks(r, o);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("file", file.toString());
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
            out.printf(Locale.ROOT, "%s: %d peaks (λ = %.4f Å, K = %.2f)%n", file, peaks.size(), wavelengthA, k);
            out.printf("  2θ/°      d/Å     FWHM/°   size/nm  height%n");
            for (XrdPeak p : peaks) {
                out.printf(Locale.ROOT, "  %-9.3f %-7.4f %-8.4f %-8.1f %.4g%s%n", Math.toDegrees(p.twoThetaRad()), p.dSpacingM() * 1e10,
                        Math.toDegrees(p.fwhmRad()), p.crystalliteSizeM() * 1e9, p.height(), p.fitted() ? "" : " (not fitted)");
            }
        }
        if (csv != null) {
            List<List<Object>> rows = new ArrayList<>();
            for (XrdPeak p : peaks) {
                rows.add(List.of(Math.toDegrees(p.twoThetaRad()), p.dSpacingM() * 1e10, Math.toDegrees(p.fwhmRad()),
                        Math.toDegrees(p.sampleFwhmRad()), p.crystalliteSizeM() * 1e9, p.height(), String.valueOf(p.fitted())));
            }
            CsvTable.write(csv, List.of("two_theta_deg", "d_A", "fwhm_deg", "sample_fwhm_deg", "size_nm", "height", "fitted"), rows);
        }
        if (plot != null) {
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
            XyPlot.write(plot, file.getFileName().toString(), "2θ / °", "intensity / a.u.", false,
                    List.of(new XyPlot.Series("pattern", deg, in, false), new XyPlot.Series("peaks", px, py, true)));
        }
        return ExitCode.OK;
    }
}
