package org.elyte.app.md;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code elyte md}: molecular-dynamics trajectory analyses. */
@Command(name = "md", mixinStandardHelpOptions = true, description = "Molecular-dynamics trajectory analysis.",
        subcommands = {MdMsdCommand.class, MdRdfCommand.class})
public final class MdCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
