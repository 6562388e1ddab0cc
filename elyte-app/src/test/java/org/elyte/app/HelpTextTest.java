package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Every command's help renders without picocli format warnings: a bare {@code %} in a description is
 * a format specifier to picocli ({@code 100% crystalline} printed a warning instead of the text).
 */
class HelpTextTest {
    @Test
    void everyCommandsHelpRendersCleanly() {
        StringWriter out = new StringWriter();
        CommandLine root = Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()));
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            for (CommandLine c : all) {
                String usage = c.getUsageMessage();
                assertThat(usage).as(c.getCommandSpec().qualifiedName()).doesNotContain("%n").contains("Usage:");
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(all.size()).isGreaterThan(20); // every command and sub-command was visited
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"eis", "cycling", "md", "simulate"})
    void aCommandGroupWithoutASubCommandIsAUsageError(String group) {
        Cli.Run r = Cli.run(group);
        assertThat(r.exitCode()).isEqualTo(org.elyte.app.cli.ExitCode.USAGE);
        assertThat(r.err()).contains("Usage: elyte " + group);
    }

    private static void collect(CommandLine c, List<CommandLine> all) {
        all.add(c);
        for (CommandLine sub : c.getSubcommands().values()) {
            if (!all.contains(sub)) {
                collect(sub, all);
            }
        }
    }
}
