package org.elyte.app.eis;

import java.util.concurrent.Callable;

import org.elyte.app.cli.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code elyte eis}: impedance spectroscopy commands. */
@Command(name = "eis", mixinStandardHelpOptions = true, description = "Impedance spectroscopy.",
        subcommands = {EisFitCommand.class, EisKkCommand.class})
public final class EisCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
