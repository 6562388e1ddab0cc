package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class ThermalCommandsTest {
    @TempDir
    Path dir;

    /** NETZSCH-style export: 5 mg, 10 K/min, Gaussian melting peak of 57.6 J/g at 55 °C (σ 2 K), mW/mg. */
    private Path netzschFile() throws IOException {
        StringBuilder sb = new StringBuilder("#EXO:-1\n#SAMPLE MASS /mg:5.0\n##Temp./°C;Time/min;DSC/(mW/mg)\n");
        double beta = 10.0 / 60;
        double h = 57.6 * beta / (2.0 * Math.sqrt(2 * Math.PI)); // W/g peak height, ∫ dt = 57.6 J/g
        for (int i = 0; i <= 1600; i++) {
            double tc = 20 + 0.05 * i;
            double z = (tc - 55) / 2.0;
            double wPerG = 0.2 + 0.001 * tc + h * Math.exp(-0.5 * z * z);
            sb.append(String.format(Locale.ROOT, "%.4f;%.6f;%.8f%n", tc, (tc - 20) / 10, wPerG));
        }
        Path p = dir.resolve("pcl.txt");
        Files.writeString(p, sb, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void dscJsonGivesEnthalpyAndCrystallinity() throws IOException {
        Path f = netzschFile();
        Cli.Run run = Cli.run("dsc", f.toString(), "--polymer", "PCL", "--additive-fraction", "0.4512", "--json",
                "--csv", dir.resolve("dsc.csv").toString(), "--plot", dir.resolve("dsc.png").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode j = Json.parse(run.out());
        assertThat(j.at("/melting/enthalpyJPerG").asDouble()).isCloseTo(57.6, within(0.3)); // J/g
        assertThat(j.at("/melting/peakC").asDouble()).isCloseTo(55.0, within(0.05)); // °C
        // divided form: 57.6 / (139.3 · 0.5488) = 75.3 %
        assertThat(j.at("/crystallinity/percent").asDouble()).isCloseTo(100 * 57.6 / (139.3 * 0.5488), within(0.5)); // %
        assertThat(Files.readString(dir.resolve("dsc.csv"))).startsWith("file,peak_C");
        assertThat(Files.size(dir.resolve("dsc.png"))).isPositive();
        Cli.Run mult = Cli.run("dsc", f.toString(), "--polymer", "PCL", "--additive-fraction", "0.4512", "--form", "multiplied");
        assertThat(mult.out()).contains("multiplied form");
    }

    @Test
    void dscBadOptionsAndFilesGiveTheirExitCodes() throws IOException {
        Path f = netzschFile();
        assertThat(Cli.run("dsc", f.toString(), "--form", "times").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("dsc", f.toString(), "--window", "80:30").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("dsc", dir.resolve("missing.txt").toString()).exitCode()).isEqualTo(ExitCode.INPUT);
    }

    @Test
    void dscPlotsAsSvg() throws Exception {
        Path svg = dir.resolve("dsc.svg");
        Cli.Run run = Cli.run("dsc", netzschFile().toString(), "--plot", svg.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        Images.assertSvg(svg);
        Cli.Run mass = Cli.run("dsc", netzschFile().toString(), "--mass", "5");
        assertThat(mass.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(mass.err()).contains("--mass").contains("no unit");
    }
}
