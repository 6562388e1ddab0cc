package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.elyte.app.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code --csv} and {@code --plot} of the impedance and simulate commands. */
class ImpedanceAndSimulateOutputsTest {
    private static final String EXAMPLE = "../elyte-io/src/test/resources/refdata/eis/impedance.py/exampleData.csv";

    @TempDir
    Path dir;

    @Test
    void eisFitWritesItsPointsFitAndResidualsAndANyquistPlot() throws Exception {
        Path csv = dir.resolve("fit.csv");
        Path svg = dir.resolve("fit.svg");
        Cli.Run r = Cli.run("eis", "fit", EXAMPLE, "--circuit", "R0-p(R1,C1)-p(R2-Wo1,C2)", "--weight", "unit",
                "--drop-inductive", "--initial", "R0=0.01,R1=0.01,C1=100,R2=0.01,Wo1_0=0.05,Wo1_1=100,C2=1",
                "--json", "--csv", csv.toString(), "--plot", svg.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("frequency_Hz,z_real_ohm,z_imag_ohm,fit_real_ohm,fit_imag_ohm,"
                + "residual_real_ohm,residual_imag_ohm");
        assertThat(lines).hasSize(1 + 57); // the 57 points fitted (inductive ones dropped)
        double ssr = 0;
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",");
            double dr = Double.parseDouble(c[5]);
            double di = Double.parseDouble(c[6]);
            assertThat(dr).isCloseTo(Double.parseDouble(c[3]) - Double.parseDouble(c[1]), within(1e-12)); // ohm
            ssr += dr * dr + di * di;
        }
        assertThat(ssr).isCloseTo(Json.parse(r.out()).get("ssr").asDouble(), within(1e-9)); // ohm², as the fit reports
        Images.assertSvg(svg);
    }

    @Test
    void eisKkWritesResiduals() throws Exception {
        Path csv = dir.resolve("kk.csv");
        Path png = dir.resolve("kk.png");
        Cli.Run r = Cli.run("eis", "kk", EXAMPLE, "--fmax", "999", "--mu", "0.5", "--capacitance", "--json", "--csv",
                csv.toString(), "--plot", png.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.parse(r.out());
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + j.get("points").asInt());
        double max = 0;
        for (String l : lines.subList(1, lines.size())) {
            max = Math.max(max, Math.abs(Double.parseDouble(l.split(",")[5])));
        }
        assertThat(max).isCloseTo(j.get("maxAbsResidualReal").asDouble(), within(1e-15));
        Images.assertPng(png);
    }

    @Test
    void simulateEisRateAndRunWriteTablesAndPlots() throws Exception {
        Path eisCsv = dir.resolve("eis.csv");
        Cli.Run eis = Cli.run("simulate", "eis", "--cell", "pebax12-lfp", "--fmin", "0.1", "--csv", eisCsv.toString(),
                "--plot", dir.resolve("eis.svg").toString(), "--json");
        assertThat(eis.exitCode()).as(eis.err()).isZero();
        assertThat(Files.readAllLines(eisCsv)).hasSize(1 + Json.parse(eis.out()).get("points").size());
        Images.assertSvg(dir.resolve("eis.svg"));

        Path rateCsv = dir.resolve("rate.csv");
        Cli.Run rate = Cli.run("simulate", "rate", "--cell", "pebax12-lfp", "--rates", "0.5,1", "--csv",
                rateCsv.toString(), "--plot", dir.resolve("rate.png").toString());
        assertThat(rate.exitCode()).as(rate.err()).isZero();
        List<String> rows = Files.readAllLines(rateCsv);
        assertThat(rows.get(0)).startsWith("c_rate,discharge_capacity_Ah");
        assertThat(rows).hasSize(3);
        Images.assertPng(dir.resolve("rate.png"));

        Path runCsv = dir.resolve("run.csv");
        Cli.Run run = Cli.run("simulate", "run", "--cell", "pebax12-lfp", "--experiment", "Discharge at 1C for 10 minutes",
                "--csv", runCsv.toString(), "--plot", dir.resolve("run.svg").toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(runCsv)).hasSize(1 + Json.parse(run.out()).get("rows").asInt());
        Images.assertSvg(dir.resolve("run.svg"));
    }
}
