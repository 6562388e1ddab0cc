package org.elyte.core.error;

/** A numerical method that did not reach a result (fit did not converge, singular system). */
public final class ConvergenceException extends ElyteException {
    private static final long serialVersionUID = 1L;

    /** @param message what did not converge and why */
    public ConvergenceException(String message) {
        super(message);
    }
}
