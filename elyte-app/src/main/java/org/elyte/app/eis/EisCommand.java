package org.elyte.app.eis;

import org.elyte.app.cli.CommandGroup;

import picocli.CommandLine.Command;

/** {@code elyte eis}: impedance spectroscopy commands. */
@Command(name = "eis", mixinStandardHelpOptions = true, description = "Impedance spectroscopy.",
        subcommands = {EisFitCommand.class, EisKkCommand.class})
public final class EisCommand extends CommandGroup {
}
