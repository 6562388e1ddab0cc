package org.elyte.app.conductivity;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.elyte.analysis.transport.ConductivityReport;
import org.elyte.analysis.transport.ConductivityStudy;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.JsonOption;
import org.elyte.app.eis.BandArgs;
import org.elyte.app.eis.FitArgs;
import org.elyte.app.report.ConductivityHtml;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.geometry.CellGeometry;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.io.eis.ImpedanceFiles;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code elyte conductivity}: fits each spectrum of a blocking-electrode cell, labels the arcs,
 * computes σ = L/(R·S) per arc and, over a temperature series, the Arrhenius and VTF fits.
 */
@Command(name = "conductivity", mixinStandardHelpOptions = true,
        description = "Ionic conductivity from EIS of blocking-electrode cells, with Arrhenius/VTF over temperature.")
public final class ConductivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Impedance files (one temperature each).")
    List<Path> files;

    @Mixin
    FitArgs fit;

    @Mixin
    BandArgs band;

    @Option(names = "--thickness", required = true, paramLabel = "LEN",
            description = "Electrolyte thickness, e.g. 120um, 0.21 cm, '120 ± 5 um'.")
    String thickness;

    @ArgGroup(exclusive = true, multiplicity = "1")
    AreaArgs area;

    /** Electrode area, given directly or as a disc diameter. */
    static final class AreaArgs {
        @Option(names = "--area", paramLabel = "AREA", description = "Electrode area, e.g. 2.835 cm2.")
        String area;

        @Option(names = "--diameter", paramLabel = "LEN", description = "Electrode disc diameter, e.g. 19 mm.")
        String diameter;
    }

    @Option(names = "--temperatures", paramLabel = "T,…",
            description = "Temperature of each file in order (e.g. 140C,160C or 413.15K,...); "
                    + "default: from the file header, else from the file name (140deg, 55C, 328K).")
    String temperatures;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Also write an HTML report with plots.")
    Path report;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        CellGeometry geometry = area.area != null ? CellGeometry.ofArea(thickness, area.area)
                : CellGeometry.ofDiameter(thickness, area.diameter);
        List<Double> userT = TemperatureSources.parseList(temperatures, files.size());
        List<ImpedanceSpectrum> spectra = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            List<ImpedanceSpectrum> inFile = ImpedanceFiles.read(files.get(i));
            if (inFile.size() > 1) {
                throw new InvalidInputException(files.get(i) + " holds " + inFile.size()
                        + " spectra; the conductivity command takes one spectrum per file");
            }
            double t = userT.isEmpty() ? Double.NaN : userT.get(i);
            spectra.add(band.select(TemperatureSources.resolve(inFile.get(0), files.get(i), t)));
        }
        ConductivityReport result = ConductivityStudy.run(spectra, fit.circuit(), geometry, fit.options());
        PrintWriter out = spec.commandLine().getOut();
        if (report != null) {
            ConductivityHtml.write(report, "elyte conductivity", result, geometry);
        }
        if (output.json()) {
            out.println(Json.write(ConductivityOutput.json(result)));
        } else {
            ConductivityOutput.human(out, result);
            if (report != null) {
                out.printf("%nreport written to %s%n", report);
            }
        }
        List<String> failed = result.spectra().stream().filter(s -> !s.fit().converged()).map(s -> s.source()).toList();
        if (!failed.isEmpty()) {
            spec.commandLine().getErr().println("elyte: the fit did not converge for " + String.join(", ", failed));
            return ExitCode.NOT_CONVERGED;
        }
        return ExitCode.OK;
    }
}
