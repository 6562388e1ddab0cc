package org.elyte.sim.experiment;

/** Comparison written before a termination value ({@code until < 2.5 V}). */
public enum Operator {
    /** Ends when the monitored quantity falls below the value. */
    LESS("<"),
    /** Ends when the monitored quantity rises above the value. */
    GREATER(">");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** @return {@code "<"} or {@code ">"} */
    public String symbol() {
        return symbol;
    }
}
