package org.elyte.app.simulate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.SpectrumFigures;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.io.bdf.BdfCsvWriter;
import org.elyte.io.bdf.BdfNaming;
import org.elyte.sim.eis.VirtualEis;
import org.elyte.sim.model.CompositeCathode;
import org.elyte.sim.model.HalfCell;
import org.elyte.sim.parameters.CellParameters;
import org.elyte.sim.simulation.Simulation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte simulate eis}: virtual impedance of the half cell at rest. */
@Command(name = "eis", mixinStandardHelpOptions = true,
        description = "Virtual EIS of the half cell at rest (linearised DFN with double layers).")
public final class SimEisCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CellOptions cell;

    @Option(names = "--soc", paramLabel = "X", description = "State of charge of the cathode, 0..1 (x = 1 - SOC);"
            + " default: the set's initial state.")
    Double soc;

    @Option(names = "--fmin", paramLabel = "HZ", defaultValue = "0.01", description = "Lowest frequency (default ${DEFAULT-VALUE}).")
    double fmin;

    @Option(names = "--fmax", paramLabel = "HZ", defaultValue = "1e6", description = "Highest frequency (default ${DEFAULT-VALUE}).")
    double fmax;

    @Option(names = "--points-per-decade", paramLabel = "N", defaultValue = "10", description = "Default ${DEFAULT-VALUE}.")
    int perDecade;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.bdf.csv", description = "Write the spectrum as BDF CSV.")
    Path out;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        CellParameters p = cell.parameters();
        double t = cell.temperatureK(p);
        HalfCell c = Simulation.of(p).cell(t);
        if (soc != null) {
            if (!(soc >= 0 && soc <= 1)) {
                throw new InvalidInputException("--soc must be in [0, 1], got " + soc);
            }
            double x = Math.min(0.995, Math.max(0.005, 1 - soc));
            CompositeCathode k = c.cathode();
            c = new HalfCell(c.separatorThicknessM(), new CompositeCathode(k.thicknessM(), k.activeFraction(),
                    k.electrolyteFraction(), k.bruggeman(), k.solidConductivity(), k.material(), x), c.electrolyte(),
                    c.initialConcentration(), c.lithium(), c.contactResistance(), c.areaM2(), t, c.mesh());
        }
        double cdlLi = p.lithium().doubleLayerFPerM2();
        double cdlC = p.cathode().doubleLayerFPerM2();
        if (!(cdlLi > 0) || !(cdlC > 0)) {
            throw new InvalidInputException("virtual EIS needs both double-layer capacities > 0 F/m2 (--set them)");
        }
        ImpedanceSpectrum z = VirtualEis.halfCell(c, cdlLi, cdlC, frequencies(fmin, fmax, perDecade));
        write(z, out);
        print(spec.commandLine().getOut(), z, output.json(), p.set().name(), out);
        output.writeCsv(() -> SpectrumFigures.table(z, Optional.empty()));
        output.writePlot(() -> SpectrumFigures.nyquist("Virtual EIS of " + p.set().name(), z, Optional.empty()));
        return ExitCode.OK;
    }

    static double[] frequencies(double fmin, double fmax, int perDecade) {
        if (!(fmin > 0) || !(fmax > fmin) || perDecade < 1 || !Double.isFinite(fmax)) {
            throw new InvalidInputException("need 0 < --fmin < --fmax and --points-per-decade >= 1; got " + fmin
                    + ", " + fmax + ", " + perDecade);
        }
        int n = (int) Math.ceil(Math.log10(fmax / fmin) * perDecade) + 1;
        double[] f = new double[n];
        for (int k = 0; k < n; k++) {
            f[k] = fmax * Math.pow(fmin / fmax, k / (double) (n - 1));
        }
        return f;
    }

    static void write(ImpedanceSpectrum z, Path file) {
        if (file != null) {
            BdfCsvWriter.write(z.toRecording(), BdfNaming.PREFERRED_LABELS, file);
        }
    }

    static void print(PrintWriter pw, ImpedanceSpectrum z, boolean json, String name, Path file) {
        if (json) {
            ObjectNode root = Json.object();
            root.put("cell", name);
            if (file != null) {
                root.put("output", file.toString());
            }
            ArrayNode a = root.putArray("points");
            for (int k = 0; k < z.size(); k++) {
                ObjectNode n = a.addObject();
                Json.num(n, "frequencyHz", z.frequencyHz(k));
                Json.num(n, "realOhm", z.real(k));
                Json.num(n, "imagOhm", z.imag(k));
            }
            pw.println(Json.write(root));
            return;
        }
        pw.printf("%s: %d frequencies, Z' from %.4g ohm (%.3g Hz) to %.4g ohm (%.3g Hz)%n", name, z.size(), z.real(0),
                z.frequencyHz(0), z.real(z.size() - 1), z.frequencyHz(z.size() - 1));
        pw.printf("%12s %14s %14s%n", "f / Hz", "Z' / ohm", "Z'' / ohm");
        int step = Math.max(1, z.size() / 12);
        for (int k = 0; k < z.size(); k += step) {
            pw.printf("%12.4g %14.6g %14.6g%n", z.frequencyHz(k), z.real(k), z.imag(k));
        }
        if (file != null) {
            pw.println("wrote " + file);
        }
    }
}
