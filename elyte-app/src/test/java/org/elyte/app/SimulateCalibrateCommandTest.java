package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code elyte simulate calibrate} on data that {@code elyte simulate} made with a known cathode diffusivity. */
class SimulateCalibrateCommandTest {
    private static final String DS = "Positive particle diffusivity [m2.s-1]";

    @TempDir
    Path dir;

    @Test
    void rateTableFromSimulateRateGivesBackTheDiffusivity() throws Exception {
        Cli.Run rate = Cli.run("simulate", "rate", "--cell", "hse40-lfp", "--rates", "1,1.5", "--set", DS + "=2e-18",
                "--json");
        assertThat(rate.exitCode()).as(rate.err()).isZero();
        StringBuilder csv = new StringBuilder("# measured rate table\nc_rate,capacity_mah_per_g,mid_voltage_v\n");
        for (JsonNode n : Json.parse(rate.out()).get("rates")) {
            csv.append(String.format(Locale.ROOT, "%.17g,%.17g,%.17g%n", n.get("cRate").asDouble(),
                    n.get("dischargeCapacityMAhPerG").asDouble(), n.get("midVoltageV").asDouble()));
        }
        Path table = Files.writeString(dir.resolve("rates.csv"), csv);
        Cli.Run fit = Cli.run("simulate", "calibrate", "--cell", "hse40-lfp", "--rates", table.toString(),
                "--fit", "cathode-diffusivity", "--json");
        assertThat(fit.exitCode()).as(fit.err() + fit.out()).isZero();
        JsonNode j = Json.parse(fit.out());
        assertThat(j.get("parameters").get(0).get("value").asDouble()).isCloseTo(2e-18, within(0.1e-18)); // m2/s, 5 %
        assertThat(j.get("rmsCapacityRelative").asDouble()).isLessThan(0.003);
    }

    @Test
    void simulatedDischargeFileGivesBackTheDiffusivity() {
        Path f = dir.resolve("d.bdf.csv");
        Cli.Run run = Cli.run("simulate", "run", "--cell", "hse40-lfp", "--set", DS + "=2e-18", "--experiment",
                "Discharge at 1C until 2.8 V", "-o", f.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Cli.Run fit = Cli.run("simulate", "calibrate", "--cell", "hse40-lfp", "--data", f.toString(),
                "--fit", "cathode-diffusivity");
        assertThat(fit.exitCode()).as(fit.err() + fit.out()).isZero();
        assertThat(fit.out()).contains("hse40-lfp fitted to " + f).contains(DS);
    }

    @Test
    void aBadRateTableNamesFileAndLine() throws Exception {
        Path table = Files.writeString(dir.resolve("bad.csv"), "c_rate,capacity_fraction\n0.5,0.95\n1,abc\n");
        Cli.Run r = Cli.run("simulate", "calibrate", "--cell", "hse40-lfp", "--rates", table.toString(),
                "--fit", "cathode-diffusivity");
        assertThat(r.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("bad.csv").contains("line 3").contains("'abc'");
        Path noHeader = Files.writeString(dir.resolve("nohdr.csv"), "0.5,0.95\n");
        assertThat(Cli.run("simulate", "calibrate", "--cell", "hse40-lfp", "--rates", noHeader.toString(),
                "--fit", "cathode-diffusivity").err()).contains("line 1").contains("c_rate");
        Cli.Run both = Cli.run("simulate", "calibrate", "--cell", "hse40-lfp", "--rates", table.toString(),
                "--data", table.toString(), "--fit", "cathode-diffusivity");
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
