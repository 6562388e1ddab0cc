package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code elyte inspect} and {@code elyte convert}. */
class DataCommandsTest {
    private static final String BDF = "Test Time / s,Voltage / V,Current / A,Cycle Count / 1\n"
            + "0,3.7,0.1,1\n1,3.6,0.1,1\n2,3.5,-0.1,2\n";

    @TempDir
    Path dir;

    @Test
    void inspectJsonOfACyclerFile() throws IOException {
        Path f = dir.resolve("cell.bdf.csv");
        Files.writeString(f, BDF, StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("inspect", f.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = Json.parse(r.out());
        assertThat(j.get("format").asText()).isEqualTo("bdf-csv");
        assertThat(j.get("rows").asInt()).isEqualTo(3);
        assertThat(j.get("cycles").asInt()).isEqualTo(2);
        assertThat(j.get("timeSpanS").asDouble()).isEqualTo(2.0); // s
        assertThat(j.get("columns").get(1).get("name").asText()).isEqualTo("Voltage / V");
        assertThat(j.get("columns").get(1).get("unit").asText()).isEqualTo("V");
    }

    @Test
    void inspectAnImpedanceFile() throws IOException {
        Path f = Cli.demoFile(dir, "s04147-140deg.txt");
        Cli.Run r = Cli.run("inspect", f.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = Json.parse(r.out());
        assertThat(j.get("format").asText()).isEqualTo("neisys-txt");
        assertThat(j.get("rows").asInt()).isEqualTo(42);
        assertThat(j.get("metadata").get("temperature.k").asDouble()).isEqualTo(413.15); // K
    }

    @Test
    void convertWritesBdfThatReadsBack() throws IOException {
        Path f = Cli.demoFile(dir, "s04147-140deg.txt");
        Path out = dir.resolve("out");
        Cli.Run r = Cli.run("convert", f.toString(), "--to", "bdf.csv", "-o", out.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        Path written = out.resolve("s04147-140deg.bdf.csv");
        List<String> lines = Files.readAllLines(written);
        assertThat(lines).hasSize(43);
        assertThat(lines.get(0)).isEqualTo("Frequency / Hz,Real Impedance / ohm,Imaginary Impedance / ohm");
        assertThat(lines.get(1)).startsWith("1000000,22142.3,-54311.5");
        Cli.Run back = Cli.run("inspect", written.toString(), "--json");
        assertThat(Json.parse(back.out()).get("rows").asInt()).isEqualTo(42);
    }

    @Test
    void compressedInputIsReadAndConvertedUnderItsInnerName() throws IOException {
        Path gz = dir.resolve("cell.csv.gz");
        try (java.io.OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(BDF.getBytes(StandardCharsets.UTF_8));
        }
        Cli.Run r = Cli.run("inspect", gz.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(Json.parse(r.out()).get("format").asText()).isEqualTo("bdf-csv");
        assertThat(Json.parse(r.out()).get("rows").asInt()).isEqualTo(3);
        Cli.Run c = Cli.run("convert", gz.toString(), "--to", "bdf.csv.gz", "-o", dir.resolve("out").toString());
        assertThat(c.exitCode()).as(c.err()).isEqualTo(ExitCode.OK);
        Path written = dir.resolve("out").resolve("cell.bdf.csv.gz");
        assertThat(written).exists();
        assertThat(Json.parse(Cli.run("inspect", written.toString(), "--json").out()).get("cycles").asInt()).isEqualTo(2);
    }

    @Test
    void convertRejectsAnUnknownTargetAndUnreadableInput() throws IOException {
        Path f = dir.resolve("cell.bdf.csv");
        Files.writeString(f, BDF, StandardCharsets.UTF_8);
        assertThat(Cli.run("convert", f.toString(), "--to", "xlsx").exitCode()).isEqualTo(ExitCode.USAGE);
        Path bad = dir.resolve("bad.bin");
        Files.write(bad, new byte[] {0, 1, 2, 3, 0, 0, 7});
        Cli.Run r = Cli.run("convert", bad.toString(), "--to", "bdf.csv");
        assertThat(r.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("bad.bin");
    }
}
