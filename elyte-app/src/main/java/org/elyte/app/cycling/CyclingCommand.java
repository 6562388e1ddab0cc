package org.elyte.app.cycling;

import java.util.concurrent.Callable;

import org.elyte.app.cli.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code elyte cycling}: galvanostatic cycling commands. */
@Command(name = "cycling", mixinStandardHelpOptions = true, description = "Galvanostatic cycling analyses.",
        subcommands = {CyclingSummaryCommand.class, CyclingRateCommand.class, CyclingDqdvCommand.class})
public final class CyclingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
