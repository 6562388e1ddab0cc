package org.elyte.app;

import java.io.PrintWriter;

import org.elyte.app.cli.ErrorHandler;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.conductivity.ConductivityCommand;
import org.elyte.app.cycling.CyclingCommand;
import org.elyte.app.data.ConvertCommand;
import org.elyte.app.data.InspectCommand;
import org.elyte.app.demo.DemoCommand;
import org.elyte.app.eis.EisCommand;
import org.elyte.app.lithium.LithiumCopperCommand;
import org.elyte.app.lithium.SymmetricCommand;
import org.elyte.app.lithium.TransferenceCommand;
import org.elyte.app.simulate.SimulateCommand;
import org.elyte.app.voltammetry.LsvCommand;
import org.elyte.app.md.MdCommand;
import org.elyte.app.structure.SaxsCommand;
import org.elyte.app.structure.XrdCommand;
import org.elyte.app.thermal.DscCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code elyte} command line: one entry point with subcommands. */
@Command(name = "elyte", mixinStandardHelpOptions = true, version = "elyte 0.1.0",
        description = "Open workbench for solid-state battery research.",
        subcommands = {InspectCommand.class, ConvertCommand.class, EisCommand.class, ConductivityCommand.class,
            DemoCommand.class, CyclingCommand.class, SymmetricCommand.class, LithiumCopperCommand.class,
            TransferenceCommand.class, LsvCommand.class, DscCommand.class, SaxsCommand.class, XrdCommand.class,
            MdCommand.class, SimulateCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private Main() {
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /**
     * Builds the command line with elyte's exit-code mapping; tests call this with their own writers.
     *
     * @param out standard output
     * @param err standard error
     * @return the configured command line
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("elyte: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE;
        });
        return cl;
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
