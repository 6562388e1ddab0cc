package org.elyte.analysis.eis.circuit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Parallel connection, 1/Z = Σ 1/Z_k; written {@code p(a,b)}.
 *
 * @param children one or more nodes
 */
public record Parallel(List<CircuitNode> children) implements CircuitNode {
    /** Copies. */
    public Parallel {
        children = List.copyOf(children);
    }

    @Override
    public int parameterCount() {
        return children.stream().mapToInt(CircuitNode::parameterCount).sum();
    }

    @Override
    public String toString() {
        return children.stream().map(Object::toString).collect(Collectors.joining(",", "p(", ")"));
    }
}
