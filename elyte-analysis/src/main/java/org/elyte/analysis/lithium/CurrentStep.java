package org.elyte.analysis.lithium;

/**
 * A run of consecutive rows in which the current keeps one sign and is not at rest.
 *
 * @param from first row (inclusive)
 * @param to last row + 1 (exclusive)
 * @param sign +1 (charging, current &gt; 0) or −1
 */
public record CurrentStep(int from, int to, int sign) {
    /** @return number of rows */
    public int rows() {
        return to - from;
    }
}
