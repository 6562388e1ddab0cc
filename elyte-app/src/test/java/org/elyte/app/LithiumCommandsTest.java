package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.elyte.app.cli.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class LithiumCommandsTest {
    @TempDir
    Path dir;

    static Path yadg(String name) {
        return Path.of(System.getProperty("elyte.refdata", "../shared/refdata"), "cycling", "yadg", name);
    }

    /** A BDF CSV symmetric cell: 1 h half cycles at 0.24 mA (0.12 mA/cm2 on 2 cm2), 25 mV, shorted at 20.5 h. */
    private Path symmetricFile() throws Exception {
        StringBuilder sb = new StringBuilder("Test Time / s,Voltage / V,Current / A\n");
        for (int r = 0; r < 30 * 60; r++) {
            double th = r / 60.0;
            int sign = ((int) th) % 2 == 0 ? 1 : -1;
            double v = th >= 20.5 ? sign * 0.00048 : sign * 0.025;
            sb.append(String.format(Locale.ROOT, "%.1f,%.6f,%.6e%n", th * 3600, v, sign * 2.4e-4));
        }
        Path p = dir.resolve("sym.bdf.csv");
        Files.writeString(p, sb.toString());
        return p;
    }

    @Test
    void symmetricJsonCsvPlot() throws Exception {
        Path f = symmetricFile();
        Path csv = dir.resolve("sym.csv");
        Path png = dir.resolve("sym.png");
        Cli.Run run = Cli.run("symmetric", f.toString(), "--current-density", "0.12mA/cm2", "--area", "2cm2", "--json",
                "--csv", csv.toString(), "--plot", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = Json.parse(run.out());
        assertThat(j.get("shortCircuit").get("timeHours").asDouble()).isCloseTo(20.5, within(0.05)); // h
        assertThat(j.get("halfCycles").get(0).get("plateauOverpotentialMilliVolt").asDouble())
                .isCloseTo(25, within(1e-3)); // mV
        assertThat(Files.readAllLines(csv)).hasSize(31).first().asString().startsWith("half_cycle,");
        assertThat(Files.size(png)).isPositive();
        Cli.Run human = Cli.run("symmetric", f.toString(), "--current-density", "0.12");
        assertThat(human.out()).contains("short circuit at 20.5");
    }

    @Test
    void lsvOnYadgFileAndThresholdNeverReached() {
        Path f = yadg("lsv.mpt");
        Assumptions.assumeTrue(Files.exists(f), "yadg reference file absent (GPL): " + f);
        Cli.Run run = Cli.run("lsv", f.toString(), "--area", "1cm2", "--threshold", "10mA/cm2", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = Json.parse(run.out());
        assertThat(j.get("cathodic").get("thresholdV").asDouble()).isBetween(-1.8, -1.6); // V
        Cli.Run bad = Cli.run("lsv", f.toString(), "--area", "1cm2", "--threshold", "1A/cm2");
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err()).contains("never reaches the threshold");
    }

    @Test
    void transferenceWithGivenResistancesOnYadgCa() throws Exception {
        Path f = yadg("ca.issue_149.mpt");
        Assumptions.assumeTrue(Files.exists(f), "yadg reference file absent (GPL): " + f);
        Path png = dir.resolve("ca.png");
        Cli.Run run = Cli.run("transference", "--ca", f.toString(), "--r0", "100", "--rss", "120", "--dv", "5mV",
                "--to", "100", "--json", "--plot", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = Json.parse(run.out());
        double i0 = 9.693702445496222e-6;
        double iss = (1.106672584265470e-5 + 1.105896046475827e-5) / 2;
        double expected = iss * (0.005 - i0 * 100) / (i0 * (0.005 - iss * 120));
        assertThat(j.get("tPlus").asDouble()).isCloseTo(expected, within(1e-9)); // 1
        assertThat(Files.size(png)).isPositive();
        Cli.Run missing = Cli.run("transference", "--ca", f.toString(), "--dv", "5mV");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--eis-before");
    }

    @Test
    void symmetricAndLsvPlotAsSvg() throws Exception {
        Path f = symmetricFile();
        Path svg = dir.resolve("sym.svg");
        Cli.Run run = Cli.run("symmetric", f.toString(), "--current-density", "0.12", "--plot", svg.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Images.assertSvg(svg);
        Path lsv = lsvFile();
        Path lsvSvg = dir.resolve("lsv.svg");
        Cli.Run l = Cli.run("lsv", lsv.toString(), "--area", "1cm2", "--json", "--plot", lsvSvg.toString());
        assertThat(l.exitCode()).as(l.err()).isZero();
        assertThat(Json.parse(l.out()).get("anodic").get("thresholdV").asDouble()).isBetween(4.0, 5.0); // V
        Images.assertSvg(lsvSvg);
    }

    @Test
    void unreadableUnitsAreUsageErrorsNamingTheOption() throws Exception {
        Path f = symmetricFile();
        Cli.Run j = Cli.run("symmetric", f.toString(), "--current-density", "0.12 mA", "--json");
        assertThat(j.exitCode()).isEqualTo(2);
        assertThat(j.err()).contains("--current-density").contains("current density").contains("0.12 mA");
        assertThat(Json.parse(j.out()).at("/error/exitCode").asInt()).isEqualTo(2);
        Cli.Run a = Cli.run("symmetric", f.toString(), "--current-density", "0.12", "--area", "2 furlongs");
        assertThat(a.exitCode()).isEqualTo(2);
        assertThat(a.err()).contains("--area").contains("furlongs");
        Cli.Run dv = Cli.run("transference", "--ca", f.toString(), "--r0", "1", "--rss", "1", "--dv", "5 mA");
        assertThat(dv.exitCode()).isEqualTo(2);
        assertThat(dv.err()).contains("--dv").contains("voltage");
        Cli.Run t = Cli.run("lsv", lsvFile().toString(), "--area", "1cm2", "--threshold", "10uA");
        assertThat(t.exitCode()).isEqualTo(2);
        assertThat(t.err()).contains("--threshold");
    }

    /** A BDF CSV LSV: 3.0 → 5.0 V at 1 mV/s on 1 cm², 0.1 uA background, Tafel-like rise with onset near 4.3 V. */
    private Path lsvFile() throws Exception {
        StringBuilder sb = new StringBuilder("Test Time / s,Voltage / V,Current / A\n");
        for (int k = 0; k <= 2000; k++) {
            double v = 3.0 + k * 1e-3;
            double i = 1e-7 + 1e-6 * Math.exp((v - 4.3) / 0.05);
            sb.append(String.format(Locale.ROOT, "%.1f,%.4f,%.6e%n", (double) k, v, i));
        }
        Path p = dir.resolve("lsv.bdf.csv");
        Files.writeString(p, sb.toString());
        return p;
    }
}
