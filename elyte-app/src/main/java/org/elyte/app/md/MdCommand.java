package org.elyte.app.md;

import org.elyte.app.cli.CommandGroup;

import picocli.CommandLine.Command;

/** {@code elyte md}: molecular-dynamics trajectory analyses; without a sub-command, usage and exit code 2. */
@Command(name = "md", mixinStandardHelpOptions = true, description = "Molecular-dynamics trajectory analysis.",
        subcommands = {MdMsdCommand.class, MdRdfCommand.class})
public final class MdCommand extends CommandGroup {
}
