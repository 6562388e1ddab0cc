package org.elyte.analysis.cycling;

/**
 * One step of a recording.
 *
 * @param index 0-based step index in the recording
 * @param firstRow first row
 * @param lastRow last row (inclusive)
 * @param kind classification
 * @param meanCurrentA mean current, A (signed, positive charging)
 * @param currentSpread standard deviation of I ÷ |mean I| (NaN at zero current)
 * @param startVoltageV voltage on the first row, V
 * @param endVoltageV voltage on the last row, V
 * @param voltageRangeV max V − min V, V
 * @param durationS time from first to last row, s
 */
public record Step(int index, int firstRow, int lastRow, StepKind kind, double meanCurrentA, double currentSpread,
                   double startVoltageV, double endVoltageV, double voltageRangeV, double durationS) {
}
