package org.elyte.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.elyte.app.demo.DemoCommand;

/** Runs the CLI in-process and captures its output, for tests. */
final class Cli {
    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Copies a bundled demo spectrum into a folder and returns its path. */
    static Path demoFile(Path dir, String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }
}
