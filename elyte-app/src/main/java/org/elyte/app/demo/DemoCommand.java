package org.elyte.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.fit.FitOptions;
import org.elyte.analysis.eis.fit.Weighting;
import org.elyte.analysis.transport.ConductivityReport;
import org.elyte.analysis.transport.ConductivityStudy;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.JsonOption;
import org.elyte.app.conductivity.ConductivityOutput;
import org.elyte.app.report.ConductivityHtml;
import org.elyte.core.error.ElyteException;
import org.elyte.core.geometry.CellGeometry;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.io.eis.ImpedanceFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code elyte demo}: the whole impedance pipeline on real data bundled with elyte, the EISFitpython
 * pellet series (MIT; Adediwura et al., J. Mater. Chem. A 12 (2024) 15847): read five spectra
 * (140–200 °C), fit the bulk, grain-boundary and electrode elements with starting values estimated
 * from the data, label the arcs by effective capacitance, compute σ and the activation energies,
 * and write an HTML report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the conductivity pipeline on bundled real data and write an HTML report.")
public final class DemoCommand implements Callable<Integer> {
    /** Circuit of the demo: bulk arc, grain-boundary arc, blocking-electrode spur. */
    public static final String CIRCUIT = "p(R1,CPE1)-p(R2,CPE2)-CPE3";
    /** Pellet thickness stated in EISFitpython's Example3-Batchfit.py. */
    public static final String THICKNESS = "0.21 cm";
    /** Pellet diameter stated in EISFitpython's Example3-Batchfit.py. */
    public static final String DIAMETER = "0.8 cm";
    private static final String[] FILES = {"s04147-140deg.txt", "s04147-160deg.txt", "s04147-170deg.txt",
        "s04147-180deg.txt", "s04147-200deg.txt"};

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "elyte-demo",
            description = "Folder for the report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        List<ImpedanceSpectrum> spectra = bundledSpectra();
        CellGeometry geometry = CellGeometry.ofDiameter(THICKNESS, DIAMETER);
        FitOptions options = FitOptions.defaults().withWeighting(Weighting.MODULUS);
        ConductivityReport report = ConductivityStudy.run(spectra, Circuit.parse(CIRCUIT), geometry, options);
        Path html = out.resolve("report.html");
        ConductivityHtml.write(html, "elyte demo: EISFitpython pellet s04147, 140–200 °C", report, geometry);
        PrintWriter w = spec.commandLine().getOut();
        if (output.json()) {
            w.println(Json.write(ConductivityOutput.json(report)));
            return ExitCode.OK;
        }
        w.printf("elyte demo: solid ion-conductor pellet s04147 between blocking electrodes (EISFitpython, MIT)%n");
        w.printf("L = %s, d = %s, circuit %s, modulus weighting, starting values estimated from the data%n%n",
                THICKNESS, DIAMETER, CIRCUIT);
        ConductivityOutput.human(w, report);
        w.printf("%nreport written to %s%n", html.toAbsolutePath());
        return ExitCode.OK;
    }

    /** @return the five bundled spectra, with the temperatures their headers state (sample names, e.g. 140deg) */
    public static List<ImpedanceSpectrum> bundledSpectra() {
        List<ImpedanceSpectrum> spectra = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new ElyteException("demo data " + name + " is missing from the application jar");
                }
                ImpedanceSpectrum s = ImpedanceFiles.read(name, in.readAllBytes()).get(0);
                if (s.temperatureK().isEmpty()) {
                    throw new ElyteException("demo data " + name + ": the reader found no temperature in its header");
                }
                spectra.add(s);
            } catch (IOException e) {
                throw new ElyteException("cannot read demo data " + name + ": " + e.getMessage(), e);
            }
        }
        return spectra;
    }
}
