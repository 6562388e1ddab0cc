package org.elyte.analysis.eis.circuit;

/**
 * A node of a parsed circuit: an {@link Element}, a {@link Series} or a {@link Parallel}
 * connection. {@link #toString()} gives the canonical circuit string of the node.
 */
public sealed interface CircuitNode permits Element, Series, Parallel {

    /** @return number of parameters in this subtree */
    int parameterCount();
}
