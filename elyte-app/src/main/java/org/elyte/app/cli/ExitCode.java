package org.elyte.app.cli;

/** Process exit codes of every elyte command (DESIGN.md). */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** Bad usage: unknown option, unreadable option value, bad circuit string. */
    public static final int USAGE = 2;
    /** Input that cannot be read or used: missing file, format error, too little data. */
    public static final int INPUT = 3;
    /** An analysis that did not converge. */
    public static final int NOT_CONVERGED = 4;
    /** An unexpected internal error (a bug). */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
