package org.elyte.analysis.eis.circuit;

import java.util.Objects;

/**
 * One element of a circuit.
 *
 * @param type element type
 * @param id element id, type symbol followed by a number, e.g. {@code "CPE1"}
 */
public record Element(ElementType type, String id) implements CircuitNode {
    /** Validates. */
    public Element {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public int parameterCount() {
        return type.parameterCount();
    }

    @Override
    public String toString() {
        return id;
    }
}
