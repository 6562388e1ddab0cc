package org.elyte.sim.model;

/** What the cycler holds constant during a step. */
public sealed interface CellControl {

    /** @param value current density, A/m² (positive = current into the working electrode) */
    record CurrentDensity(double value) implements CellControl {
    }

    /** @param value cell voltage, V (working minus counter electrode) */
    record Voltage(double value) implements CellControl {
    }
}
