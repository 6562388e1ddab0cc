package org.elyte.core.error;

/**
 * Data that are readable but not sufficient for the requested analysis (too few points, a
 * missing column, a temperature series with one temperature).
 */
public final class AnalysisException extends ElyteException {
    private static final long serialVersionUID = 1L;

    /** @param message what the analysis needed and what it found */
    public AnalysisException(String message) {
        super(message);
    }
}
