package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The CLI contract of docs/cli.md, on the bundled EISFitpython pellet series (EXPECTED.md §2). */
class CliTest {
    private static final String CIRCUIT = "p(R1,CPE1)-p(R2,CPE2)-CPE3";
    private static final String[] TEMPS = {"140", "160", "170", "180", "200"};

    @TempDir
    Path dir;

    private List<String> demoFiles() throws IOException {
        List<String> files = new ArrayList<>();
        for (String t : TEMPS) {
            files.add(Cli.demoFile(dir, "s04147-" + t + "deg.txt").toString());
        }
        return files;
    }

    @Test
    void eisFitJsonHasTheDocumentedKeysAndTheReferenceFit() throws IOException {
        Path f = Cli.demoFile(dir, "s04147-140deg.txt");
        Cli.Run r = Cli.run("eis", "fit", f.toString(), "--circuit", CIRCUIT, "--weight", "modulus", "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = Json.parse(r.out());
        assertThat(j.get("circuit").asText()).isEqualTo(CIRCUIT);
        assertThat(j.get("weighting").asText()).isEqualTo("modulus");
        assertThat(j.get("points").asInt()).isEqualTo(42);
        assertThat(j.get("converged").asBoolean()).isTrue();
        assertThat(j.get("chi2").asDouble()).isCloseTo(7.332255e-3, within(7.332255e-3 * 1e-3)); // χ²_mod, 1e-3 rel
        assertThat(j.get("ssr").asDouble()).isPositive();
        JsonNode p = j.get("parameters");
        assertThat(p.fieldNames()).toIterable().containsExactly("R1", "CPE1_0", "CPE1_1", "R2", "CPE2_0", "CPE2_1",
                "CPE3_0", "CPE3_1");
        assertThat(p.get("R1").get("unit").asText()).isEqualTo("ohm");
        assertThat(p.get("R1").get("stderr").asDouble()).isPositive();
        // the arcs are labelled by C_eff whichever way round the optimizer returns them
        JsonNode arcs = j.get("arcs");
        double bulk = Double.NaN;
        double gb = Double.NaN;
        for (JsonNode a : arcs) {
            if (a.get("label").asText().equals("bulk")) {
                bulk = a.get("resistanceOhm").asDouble();
            } else if (a.get("label").asText().equals("grainBoundary")) {
                gb = a.get("resistanceOhm").asDouble();
            }
        }
        assertThat(bulk).isCloseTo(1.46223e5, within(1.46223e5 * 1e-3)); // Ω, 1e-3 rel
        assertThat(gb).isCloseTo(2.01222e6, within(2.01222e6 * 1e-3)); // Ω, 1e-3 rel
    }

    @Test
    void conductivityJsonReproducesTheArrheniusTable() throws IOException {
        List<String> args = new ArrayList<>(List.of("conductivity"));
        args.addAll(demoFiles());
        args.addAll(List.of("--circuit", CIRCUIT, "--thickness", "0.21 cm", "--diameter", "0.8 cm", "--json"));
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = Json.parse(r.out());
        JsonNode first = j.get("spectra").get(0);
        assertThat(first.get("file").asText()).endsWith("s04147-140deg.txt");
        assertThat(first.get("temperatureK").asDouble()).isCloseTo(413.15, within(1e-9)); // K
        JsonNode bulk = first.get("arcs").get(0);
        assertThat(bulk.get("label").asText()).isEqualTo("bulk");
        assertThat(bulk.get("conductivitySPerCm").asDouble()).isCloseTo(2.8572e-6, within(2.8572e-6 * 1e-3)); // S/cm
        JsonNode arr = j.get("arrhenius");
        assertThat(arr.get("bulk").get("activationEnergyEV").asDouble()).isCloseTo(0.5690, within(0.002)); // eV
        assertThat(arr.get("bulk").get("stderrEV").asDouble()).isCloseTo(0.0142, within(0.0142 * 0.05)); // eV
        assertThat(arr.get("grainBoundary").get("activationEnergyEV").asDouble()).isCloseTo(0.8947, within(0.002)); // eV
        assertThat(arr.get("total").get("activationEnergyEV").asDouble()).isCloseTo(0.8557, within(0.002)); // eV
        assertThat(j.get("vtf").get("total").get("t0Fitted").asBoolean()).isTrue();
    }

    @Test
    void conductivityTakesUserTemperaturesAndWritesAReport() throws IOException {
        List<String> files = demoFiles();
        Path html = dir.resolve("out/report.html");
        Cli.Run r = Cli.run("conductivity", files.get(0), files.get(4), "--circuit", CIRCUIT, "--thickness", "2.1 mm",
                "--area", "0.502655 cm2", "--temperatures", "140C,473.15K", "--report", html.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Arrhenius").contains("bulk").doesNotContain("VTF");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("<img").contains("Arrhenius plot").contains("s04147-200deg.txt");
    }

    @Test
    void kkJson() throws IOException {
        Path f = Cli.demoFile(dir, "s04147-140deg.txt");
        Cli.Run r = Cli.run("eis", "kk", f.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = Json.parse(r.out());
        assertThat(j.get("points").asInt()).isEqualTo(42);
        assertThat(j.get("elements").asInt()).isBetween(1, 42);
        assertThat(j.get("residuals")).hasSize(42);
        assertThat(j.get("valid").isBoolean()).isTrue();
    }

    @Test
    void demoPrintsTheTableAndWritesTheReport() {
        Cli.Run r = Cli.run("demo", "-o", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("0.5690").contains("0.8947").contains("0.8557");
        assertThat(dir.resolve("report.html")).exists();
    }

    @Test
    void notConvergedIsExitCodeFour() throws IOException {
        Path f = Cli.demoFile(dir, "s04147-140deg.txt");
        Cli.Run r = Cli.run("eis", "fit", f.toString(), "--circuit", CIRCUIT, "--max-evaluations", "3", "--json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.NOT_CONVERGED);
        assertThat(Json.parse(r.out()).get("converged").asBoolean()).isFalse();
        assertThat(r.err()).contains("did not converge");
    }
}
