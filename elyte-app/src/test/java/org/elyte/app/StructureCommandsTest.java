package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class StructureCommandsTest {
    @TempDir
    Path dir;

    @Test
    void saxsGivesTableS3SpacingForHne12() throws IOException {
        // Pebax HNE (12): q* = 0.485 nm⁻¹ → L0 = 12.95 nm (Table S3); noise-free Lorentzian on a power law
        StringBuilder sb = new StringBuilder("# q (nm^-1)  I\n");
        for (int i = 0; i < 400; i++) {
            double q = 0.07 * Math.pow(3.8 / 0.07, i / 399.0);
            double x = (q - 0.485) / 0.12;
            sb.append(String.format(Locale.ROOT, "%.6f %.6f%n", q, 5 * Math.pow(q, -2.2) + 60 / (1 + 4 * x * x) + 0.5));
        }
        Path f = Files.writeString(dir.resolve("hne12.dat"), sb);
        Cli.Run run = Cli.run("saxs", f.toString(), "--json", "--csv", dir.resolve("s.csv").toString(),
                "--plot", dir.resolve("s.png").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode j = Json.parse(run.out());
        assertThat(j.get("spacingNm").asDouble()).isCloseTo(12.95, within(0.01)); // nm
        assertThat(Files.exists(dir.resolve("s.png"))).isTrue();
        assertThat(Cli.run("saxs", f.toString(), "--shape", "voigt").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void xrdListsPeaksWithDAndSize() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 4000; i++) {
            double deg = 10 + 0.01 * i;
            double z = (deg - 19.2) / (0.3 / 2.3548);
            sb.append(String.format(Locale.ROOT, "%.2f\t%.4f%n", deg, 100 + 1000 * Math.exp(-0.5 * z * z) + 2 * Math.sin(7 * i)));
        }
        Path f = Files.writeString(dir.resolve("peo.xy"), sb);
        Cli.Run run = Cli.run("xrd", f.toString(), "--json", "--csv", dir.resolve("x.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode p = Json.parse(run.out()).get("peaks");
        assertThat(p.size()).isEqualTo(1);
        assertThat(p.get(0).get("twoThetaDeg").asDouble()).isCloseTo(19.2, within(0.01)); // deg
        assertThat(p.get(0).get("dA").asDouble()).isCloseTo(4.619, within(0.003)); // Å
        // Scherrer: 0.9·1.5406 Å / (0.3° in rad · cos 9.6°) = 26.8 nm
        assertThat(p.get(0).get("crystalliteSizeNm").asDouble()).isCloseTo(26.8, within(1.0)); // nm
        assertThat(Files.readString(dir.resolve("x.csv"))).startsWith("two_theta_deg");
    }

    @Test
    void xrdPlotsAsSvg() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 2000; i++) {
            double deg = 10 + 0.01 * i;
            double z = (deg - 19.2) / 0.13;
            sb.append(String.format(Locale.ROOT, "%.2f\t%.4f%n", deg, 100 + 1000 * Math.exp(-0.5 * z * z)));
        }
        Path f = Files.writeString(dir.resolve("peo.xy"), sb);
        Path svg = dir.resolve("x.svg");
        Cli.Run run = Cli.run("xrd", f.toString(), "--plot", svg.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        Images.assertSvg(svg);
    }
}
