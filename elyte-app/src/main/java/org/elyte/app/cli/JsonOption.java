package org.elyte.app.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option every command has (a picocli mixin); docs/cli.md is the contract. */
public final class JsonOption {
    @Option(names = "--json", description = "Machine-readable output (docs/cli.md).")
    boolean json;

    /** @return whether the command should print JSON instead of text */
    public boolean json() {
        return json;
    }
}
