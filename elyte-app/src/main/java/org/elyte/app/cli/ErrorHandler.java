package org.elyte.app.cli;

import java.io.PrintWriter;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.ConvergenceException;
import org.elyte.core.error.ElyteException;
import org.elyte.core.error.FormatException;
import org.elyte.core.error.InvalidInputException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps elyte's exceptions to exit codes and messages: a person sees one line naming the file and
 * line; a script that asked for {@code --json} also gets {@code {"error": …}} on standard output.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {

    /**
     * @param e an exception thrown by a command
     * @return the exit code for it
     */
    public static int exitCodeOf(Throwable e) {
        if (e instanceof ConvergenceException) {
            return ExitCode.NOT_CONVERGED;
        }
        if (e instanceof InvalidInputException) {
            return ExitCode.USAGE;
        }
        if (e instanceof FormatException || e instanceof AnalysisException || e instanceof ElyteException) {
            return ExitCode.INPUT;
        }
        return ExitCode.INTERNAL;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        int code = exitCodeOf(e);
        PrintWriter err = cmd.getErr();
        String message = e instanceof ElyteException ? e.getMessage() : "internal error: " + e;
        err.println("elyte: " + message);
        if (code == ExitCode.INTERNAL) {
            e.printStackTrace(err);
        }
        err.flush();
        if (wantsJson(parseResult)) {
            ObjectNode error = Json.object();
            error.put("type", e.getClass().getSimpleName());
            error.put("message", message);
            error.put("exitCode", code);
            if (e instanceof FormatException fe) {
                error.put("file", fe.source());
                fe.line().ifPresent(l -> error.put("line", l));
                fe.byteOffset().ifPresent(o -> error.put("byteOffset", o));
            }
            ObjectNode root = Json.object();
            root.set("error", error);
            cmd.getOut().println(Json.write(root));
            cmd.getOut().flush();
        }
        return code;
    }

    private static boolean wantsJson(ParseResult pr) {
        for (ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--json")) {
                return true;
            }
        }
        return false;
    }
}
