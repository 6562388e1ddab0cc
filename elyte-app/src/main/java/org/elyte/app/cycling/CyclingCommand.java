package org.elyte.app.cycling;

import org.elyte.app.cli.CommandGroup;

import picocli.CommandLine.Command;

/** {@code elyte cycling}: galvanostatic cycling commands. */
@Command(name = "cycling", mixinStandardHelpOptions = true, description = "Galvanostatic cycling analyses.",
        subcommands = {CyclingSummaryCommand.class, CyclingRateCommand.class, CyclingDqdvCommand.class})
public final class CyclingCommand extends CommandGroup {
}
