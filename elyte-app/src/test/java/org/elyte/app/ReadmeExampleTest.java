package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.fit.Arc;
import org.elyte.analysis.eis.fit.Arcs;
import org.elyte.analysis.eis.fit.CircuitFitter;
import org.elyte.analysis.eis.fit.FitOptions;
import org.elyte.analysis.eis.fit.FitResult;
import org.elyte.analysis.eis.fit.Weighting;
import org.elyte.analysis.transport.Conductivities;
import org.elyte.analysis.transport.Conductivity;
import org.elyte.core.geometry.CellGeometry;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.io.eis.ImpedanceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API example of README.md, kept compiling and correct. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeExample() throws IOException {
        Path file = Cli.demoFile(dir, "s04147-140deg.txt");
        // --- README example starts
        ImpedanceSpectrum spectrum = ImpedanceFiles.read(file).get(0);
        Circuit circuit = Circuit.parse("p(R1,CPE1)-p(R2,CPE2)-CPE3");
        FitResult fit = CircuitFitter.fit(circuit, spectrum, FitOptions.defaults().withWeighting(Weighting.MODULUS));
        CellGeometry pellet = CellGeometry.ofDiameter("0.21 cm", "0.8 cm");
        for (Arc arc : Arcs.of(fit, pellet.cellConstantPerM())) {
            if (arc.isSpur()) {
                continue; // the blocking-electrode CPE has no resistance
            }
            Conductivity sigma = Conductivities.of(arc.resistanceOhm(), arc.resistanceStderrOhm(), pellet);
            System.out.printf("%-15s R = %.4g ohm, sigma = %.4g ± %.2g S/cm%n", arc.label().displayName(),
                    arc.resistanceOhm(), sigma.sigmaSPerCm(), sigma.stderrSPerCm());
        }
        // --- README example ends
        List<Arc> arcs = Arcs.of(fit, pellet.cellConstantPerM());
        Arc bulk = arcs.stream().filter(a -> a.label().displayName().equals("bulk")).findFirst().orElseThrow();
        assertThat(bulk.resistanceOhm()).isCloseTo(1.46223e5, within(1.46223e5 * 1e-3)); // Ω, 1e-3 relative
        assertThat(Conductivities.of(bulk.resistanceOhm(), 0, pellet).sigmaSPerCm())
                .isCloseTo(2.8572e-6, within(2.8572e-6 * 1e-3)); // S/cm
    }
}
