package org.elyte.analysis.eis.circuit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Series connection, Z = Σ Z_k; written {@code a-b-c}.
 *
 * @param children two or more nodes, none of them a series
 */
public record Series(List<CircuitNode> children) implements CircuitNode {
    /** Copies. */
    public Series {
        children = List.copyOf(children);
    }

    @Override
    public int parameterCount() {
        return children.stream().mapToInt(CircuitNode::parameterCount).sum();
    }

    @Override
    public String toString() {
        return children.stream().map(Object::toString).collect(Collectors.joining("-"));
    }
}
