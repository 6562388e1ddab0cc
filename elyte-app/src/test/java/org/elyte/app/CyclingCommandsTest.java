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

/** {@code elyte cycling summary|rate|dqdv} on a synthetic BDF file with known truth. */
class CyclingCommandsTest {
    @TempDir
    Path dir;

    /**
     * 6 cycles: 1 mA charge for 3600 s (1 mAh, 3.3→3.6 V), discharge at 1 mA for 3564 s (0.99 mAh), then
     * cycles 4–6 at 2 mA with the same durations halved. Rows every 10 s.
     */
    private Path file() throws IOException {
        StringBuilder sb = new StringBuilder("Test Time / s,Voltage / V,Current / A,Cycle Count / 1\n");
        double t = 0;
        for (int k = 1; k <= 6; k++) {
            double i = k <= 3 ? 1e-3 : 2e-3;
            double tch = 3.6 / i;
            double tdis = 0.99 * tch;
            for (double s = 0; s <= tch + 1e-9; s += tch / 360) {
                sb.append(String.format(Locale.ROOT, "%.4f,%.6f,%.6g,%d%n", t + s, 3.3 + 0.3 * s / tch, i, k));
            }
            t += tch;
            for (double s = 0; s <= tdis + 1e-9; s += tdis / 360) {
                sb.append(String.format(Locale.ROOT, "%.4f,%.6f,%.6g,%d%n", t + s, 3.5 - 0.3 * s / tdis, -i, k));
            }
            t += tdis;
        }
        Path f = dir.resolve("cell.bdf.csv");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void summaryJsonCsvAndPlot() throws IOException {
        Path f = file();
        Path csv = dir.resolve("s.csv");
        Path png = dir.resolve("s.png");
        Cli.Run r = Cli.run("cycling", "summary", f.toString(), "--mass", "5 mg", "--json", "--csv", csv.toString(),
                "--plot", png.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = Json.parse(r.out());
        JsonNode c1 = j.get("cycles").get(0);
        assertThat(j.get("cycles")).hasSize(6);
        assertThat(c1.get("cycle").asInt()).isEqualTo(1);
        assertThat(c1.get("chargeCapacityAh").asDouble()).isCloseTo(1e-3, within(1e-9)); // Ah
        assertThat(c1.get("dischargeCapacityAh").asDouble()).isCloseTo(0.99e-3, within(1e-9)); // Ah
        assertThat(c1.get("coulombicEfficiencyPercent").asDouble()).isCloseTo(99, within(1e-4)); // %
        assertThat(c1.get("dischargeSpecificCapacityMahPerG").asDouble()).isCloseTo(198, within(1e-3)); // mAh/g
        assertThat(j.get("retention").get("referenceCycle").asInt()).isEqualTo(1);
        assertThat(Files.readAllLines(csv)).hasSize(7);
        assertThat(Files.size(png)).isGreaterThan(1000);
        Cli.Run human = Cli.run("cycling", "summary", f.toString());
        assertThat(human.out()).contains("6 cycles").contains("99.0000");
    }

    @Test
    void rateAndDqdv() throws IOException {
        Path f = file();
        Cli.Run r = Cli.run("cycling", "rate", f.toString(), "--nominal-capacity", "1", "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = Json.parse(r.out());
        assertThat(j.get("blocks")).hasSize(2);
        assertThat(j.get("blocks").get(1).get("cRate").asDouble()).isCloseTo(2, within(1e-3)); // 1/h
        Cli.Run d = Cli.run("cycling", "dqdv", f.toString(), "--json", "--half-cycle", "0");
        assertThat(d.exitCode()).as(d.err()).isEqualTo(ExitCode.OK);
        JsonNode h = Json.parse(d.out()).get("halfCycles").get(0);
        assertThat(h.get("charge").asBoolean()).isTrue();
        assertThat(h.get("smoothing").asText()).contains("Savitzky-Golay");
        // linear V(Q): dQ/dV = 1 mAh / 0.3 V everywhere
        assertThat(h.get("y").get(10).asDouble()).isCloseTo(1e-3 / 0.3, within(1e-5)); // Ah/V
    }

    @Test
    void badInputGivesClearMessagesAndExitCodes() throws IOException {
        Path f = file();
        Cli.Run mode = Cli.run("cycling", "summary", f.toString(), "--ce-mode", "best");
        assertThat(mode.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(mode.err()).contains("--ce-mode").contains("eclab");
        Cli.Run mass = Cli.run("cycling", "summary", f.toString(), "--mass", "0 mg");
        assertThat(mass.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(mass.err()).contains("mass");
        Cli.Run rate = Cli.run("cycling", "rate", f.toString());
        assertThat(rate.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(rate.err()).contains("nominal capacity or an active mass");
        Cli.Run missing = Cli.run("cycling", "summary", dir.resolve("nope.mpr").toString(), "--json");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INPUT);
    }

    @Test
    void plotsAsSvgWhenTheFileSaysSo() throws Exception {
        Path f = file();
        for (String cmd : new String[] {"summary", "rate --nominal-capacity 1", "dqdv"}) {
            String[] words = cmd.split(" ");
            Path svg = dir.resolve(words[0] + ".svg");
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("cycling"));
            args.addAll(java.util.List.of(words));
            args.addAll(java.util.List.of(f.toString(), "--plot", svg.toString()));
            Cli.Run r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(cmd + ": " + r.err()).isZero();
            Images.assertSvg(svg);
        }
        Cli.Run pdf = Cli.run("cycling", "summary", f.toString(), "--plot", dir.resolve("c.pdf").toString());
        assertThat(pdf.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(pdf.err()).contains("--plot").contains("c.pdf").contains(".svg");
        assertThat(dir.resolve("c.pdf")).doesNotExist();
    }
}
