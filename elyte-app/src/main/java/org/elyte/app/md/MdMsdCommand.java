package org.elyte.app.md;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.elyte.analysis.md.Diffusion;
import org.elyte.analysis.md.DiffusionResult;
import org.elyte.analysis.md.Msd;
import org.elyte.analysis.md.MsdCurve;
import org.elyte.analysis.md.NernstEinstein;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OptionValues;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.core.trajectory.Trajectory;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code elyte md msd}: MSD, diffusion coefficient from the linear regime, Nernst–Einstein conductivity. */
@Command(name = "msd", mixinStandardHelpOptions = true,
        description = "Mean-square displacement, diffusion coefficient and Nernst-Einstein conductivity of one species.")
public final class MdMsdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrajectoryArgs input;

    @Option(names = "--max-lag", paramLabel = "F", defaultValue = "0.5", description = "Largest lag as a fraction of the run (default: ${DEFAULT-VALUE}).")
    double maxLag;

    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "0.15", description = "Allowed |log-log slope - 1| of the diffusive regime (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--fit-window", paramLabel = "START:END", description = "Fit window in ps instead of the detected regime.")
    String window;

    @Option(names = "--temperature", paramLabel = "K", description = "Temperature in K, for the Nernst-Einstein conductivity.")
    Double temperatureK;

    @Option(names = "--charge", paramLabel = "Z", defaultValue = "1", description = "Charge number of the species (default: ${DEFAULT-VALUE}).")
    int charge;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        Trajectory t = input.load();
        MsdCurve m = Msd.of(t, input.species(), maxLag);
        DiffusionResult d;
        if (window != null) {
            double[] w = OptionValues.range("--fit-window", window);
            d = Diffusion.fit(m, 3, w[0] * 1e-12, w[1] * 1e-12);
        } else {
            d = Diffusion.fit(m, 3, tolerance);
        }
        double volume = t.frames().stream().mapToDouble(f -> f.volumeM3()).average().orElse(Double.NaN);
        double sigma = temperatureK == null ? Double.NaN
                : NernstEinstein.conductivity(volume, temperatureK, new NernstEinstein.Ion(d.diffusionM2PerS(), m.atoms(), charge));
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode root = Json.object();
            root.put("file", input.file().toString());
            root.put("species", input.species());
            root.put("atoms", m.atoms());
            root.put("frames", t.frames().size());
            Json.num(root, "diffusionM2PerS", d.diffusionM2PerS());
            Json.num(root, "diffusionSigmaM2PerS", d.diffusionSigmaM2PerS());
            Json.num(root, "diffusionCm2PerS", d.diffusionM2PerS() * 1e4);
            Json.num(root, "fitStartPs", d.fitStartS() * 1e12);
            Json.num(root, "fitEndPs", d.fitEndS() * 1e12);
            Json.num(root, "logLogSlope", d.logLogSlope());
            Json.num(root, "volumeNm3", volume * 1e27);
            Json.num(root, "nernstEinsteinSPerCm", sigma / 100);
            out.println(Json.write(root));
        } else {
            out.printf(Locale.ROOT, "%s: %d %s atoms, %d frames%n", input.file(), m.atoms(), input.species(), t.frames().size());
            out.printf(Locale.ROOT, "D = %.4g ± %.2g cm²/s (fit %.4g..%.4g ps, log-log slope %.3f)%n", d.diffusionM2PerS() * 1e4,
                    d.diffusionSigmaM2PerS() * 1e4, d.fitStartS() * 1e12, d.fitEndS() * 1e12, d.logLogSlope());
            if (temperatureK != null) {
                out.printf(Locale.ROOT, "Nernst-Einstein σ (%s only, no correlations) = %.4g S/cm at %.2f K%n", input.species(),
                        sigma / 100, temperatureK);
            }
        }
        double[] lag = m.lagS();
        double[] msd = m.msdM2();
        output.writeCsv(() -> {
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < lag.length; i++) {
                rows.add(new double[] {lag[i] * 1e12, msd[i] * 1e20});
            }
            return CsvTable.ofNumbers(List.of("lag_ps", "msd_A2"), rows);
        });
        output.writePlot(() -> {
            double[] x = new double[lag.length];
            double[] y = new double[lag.length];
            List<Double> fx = new ArrayList<>();
            List<Double> fy = new ArrayList<>();
            for (int i = 0; i < lag.length; i++) {
                x[i] = lag[i] * 1e12;
                y[i] = msd[i] * 1e20;
                if (lag[i] >= d.fitStartS() && lag[i] <= d.fitEndS()) {
                    fx.add(x[i]);
                    fy.add(6 * d.diffusionM2PerS() * lag[i] * 1e20);
                }
            }
            return XyPlot.of(input.file().getFileName() + " " + input.species(), "lag / ps", "MSD / Å²",
                    XyPlot.Series.line("MSD", x, y), XyPlot.Series.markers("6Dt (fit window)",
                            fx.stream().mapToDouble(Double::doubleValue).toArray(), fy.stream().mapToDouble(Double::doubleValue).toArray()))
                    .withLogLog();
        });
        return ExitCode.OK;
    }
}
