package org.elyte.app.simulate;

import java.util.concurrent.Callable;

import org.elyte.app.cli.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code elyte simulate}: the parent of the simulation commands. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate Li | solid electrolyte | cathode and Li | SSE | Li cells from a parameter set.",
        subcommands = {SimRunCommand.class, SimRateCommand.class, SimEisCommand.class, SimSymmetricCommand.class,
            SimBruceVincentCommand.class, SimCalibrateCommand.class})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
