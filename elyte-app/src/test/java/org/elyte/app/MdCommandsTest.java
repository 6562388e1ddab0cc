package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class MdCommandsTest {
    @TempDir
    Path dir;

    /** Extended XYZ random walk: 60 Li, D = 1e-5 cm²/s (1e-9 m²/s), frames every 1 ps, box 15 Å, wrapped. */
    private Path walk() throws IOException {
        Random rnd = new Random(21);
        int n = 60;
        double box = 15;
        double step = Math.sqrt(2 * 1e-9 * 1e-12) * 1e10; // Å per axis per frame
        double[] x = new double[3 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextDouble() * box;
        }
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 600; f++) {
            sb.append(n).append('\n').append("Lattice=\"15 0 0 0 15 0 0 0 15\" Properties=species:S:1:pos:R:3\n");
            for (int a = 0; a < n; a++) {
                sb.append("Li");
                for (int ax = 0; ax < 3; ax++) {
                    double v = x[3 * a + ax];
                    sb.append(String.format(Locale.ROOT, " %.5f", v - box * Math.floor(v / box)));
                }
                sb.append('\n');
            }
            for (int i = 0; i < x.length; i++) {
                x[i] += step * rnd.nextGaussian();
            }
        }
        return Files.writeString(dir.resolve("walk.xyz"), sb);
    }

    @Test
    void msdAndRdfFromExtendedXyz() throws IOException {
        Path f = walk();
        Cli.Run run = Cli.run("md", "msd", f.toString(), "--species", "Li", "--dt", "1", "--max-lag", "0.25",
                "--temperature", "333.15", "--json", "--csv", dir.resolve("msd.csv").toString(), "--plot", dir.resolve("msd.png").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode j = Json.parse(run.out());
        assertThat(j.get("diffusionCm2PerS").asDouble()).isCloseTo(1e-5, within(0.1e-5)); // cm²/s, 10 % (60 atoms)
        // σ = N e² D / (V kB T) with N = 60, V = 3375 Å³
        double sigma = 60 * Math.pow(1.602176634e-19, 2) * j.get("diffusionM2PerS").asDouble()
                / (3375e-30 * 1.380649e-23 * 333.15) / 100;
        assertThat(j.get("nernstEinsteinSPerCm").asDouble()).isCloseTo(sigma, within(1e-9 * sigma)); // S/cm
        Cli.Run rdf = Cli.run("md", "rdf", f.toString(), "--species", "Li", "--dt", "1", "--r-max", "7", "--bins", "35",
                "--stride", "20", "--json");
        assertThat(rdf.exitCode()).as(rdf.err()).isEqualTo(ExitCode.OK);
        JsonNode g = Json.parse(rdf.out()).get("rdf");
        assertThat(g.get(30).get("g").asDouble()).isCloseTo(1.0, within(0.25)); // ideal gas at r = 6.1 Å
        assertThat(Cli.run("md", "msd", f.toString(), "--species", "Na", "--dt", "1").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void rdfPlotsAsSvg() throws Exception {
        Path svg = dir.resolve("rdf.svg");
        Cli.Run run = Cli.run("md", "rdf", walk().toString(), "--species", "Li", "--dt", "1", "--r-max", "7", "--bins", "35",
                "--stride", "50", "--plot", svg.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        Images.assertSvg(svg);
    }
}
