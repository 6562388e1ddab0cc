package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Bad input ends in a one-line message naming the file (and line), and the documented exit code. */
class CliErrorTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static Cli.Run fit(Path f) {
        return Cli.run("eis", "fit", f.toString(), "--circuit", "R0-p(R1,C1)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "nan|1000,10,-5\\n100,12,NaN\\n10,20,-8\\n|line 2",
        "negative frequency|1000,10,-5\\n-100,12,-6\\n10,20,-8\\n|line 2",
        "duplicate frequency|1000,10,-5\\n100,12,-6\\n100,20,-8\\n|line 3",
        "wrong column count|1000,10,-5\\n100,12\\n10,20,-8\\n|line 2",
        "truncated|1000,10,-5\\n100,12,-6\\n10,2|line 3"})
    void badRowsNameFileAndLine(String what, String content, String where) throws IOException {
        Path f = write("bad.csv", content.replace("\\n", "\n"));
        Cli.Run r = fit(f);
        assertThat(r.exitCode()).as(what).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).as(what).contains("bad.csv").contains(where).doesNotContain("Exception");
    }

    @Test
    void emptyFile() throws IOException {
        Cli.Run r = fit(write("empty.txt", ""));
        assertThat(r.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("empty.txt");
    }

    @Test
    void binaryGarbage() throws IOException {
        Path f = dir.resolve("garbage.mpt");
        byte[] b = new byte[4096];
        new java.util.Random(7).nextBytes(b);
        Files.write(f, b);
        Cli.Run r = fit(f);
        assertThat(r.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("garbage.mpt").doesNotContain("Exception");
    }

    @Test
    void missingFile() {
        Cli.Run r = fit(dir.resolve("nope.txt"));
        assertThat(r.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("nope.txt");
    }

    @Test
    void jsonErrorDocument() throws IOException {
        Path f = write("nan.csv", "1000,10,-5\n100,12,NaN\n10,20,-8\n");
        Cli.Run r = Cli.run("eis", "fit", f.toString(), "--circuit", "R0-p(R1,C1)", "--json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.INPUT);
        JsonNode e = Json.parse(r.out()).get("error");
        assertThat(e.get("exitCode").asInt()).isEqualTo(3);
        assertThat(e.get("file").asText()).endsWith("nan.csv");
        assertThat(e.get("line").asInt()).isEqualTo(2);
    }

    @Test
    void usageErrorsAreExitCodeTwo() throws IOException {
        Path f = write("ok.csv", "1000,10,-5\n100,12,-6\n10,20,-8\n1,25,-9\n");
        assertThat(Cli.run("eis", "fit", f.toString(), "--circuit", "R0-p(R1,X1)").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("eis", "fit", f.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("eis", "fit", f.toString(), "--circuit", "R0", "--weight", "heavy").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("eis", "fit", f.toString(), "--circuit", "R0", "--initial", "R0=abc").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("conductivity", f.toString(), "--circuit", "R0", "--thickness", "120",
                "--area", "1 cm2").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("conductivity", f.toString(), "--circuit", "R0", "--thickness", "120um").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run().exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void badCircuitMessageSaysWhere() throws IOException {
        Path f = write("ok.csv", "1000,10,-5\n100,12,-6\n10,20,-8\n1,25,-9\n");
        Cli.Run r = Cli.run("eis", "fit", f.toString(), "--circuit", "R0-p(R1,C1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("R0-p(R1,C1");
    }

    @Test
    void groupsWithoutASubcommandPrintUsage() {
        for (String group : new String[] {"cycling", "eis"}) {
            Cli.Run r = Cli.run(group);
            assertThat(r.exitCode()).as(group).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).as(group).contains("Usage: elyte " + group);
        }
    }
}
