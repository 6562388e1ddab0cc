package org.elyte.core.error;

/**
 * A value given by the caller (a length, a circuit string, an option) that cannot be used,
 * with a message saying what was given and what is accepted.
 */
public final class InvalidInputException extends ElyteException {
    private static final long serialVersionUID = 1L;

    /** @param message what was given and what is accepted */
    public InvalidInputException(String message) {
        super(message);
    }
}
