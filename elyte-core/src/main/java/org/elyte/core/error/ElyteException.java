package org.elyte.core.error;

/**
 * Root of every exception elyte throws on purpose. Callers that catch this type catch every
 * failure that elyte reports with a message meant for a person; anything else is a bug.
 */
public class ElyteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the input and what was expected and found
     */
    public ElyteException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public ElyteException(String message, Throwable cause) {
        super(message, cause);
    }
}
