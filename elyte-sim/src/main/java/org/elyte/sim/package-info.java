/**
 * Virtual solid-state cells: models, parameter sets, the PyBaMM experiment grammar, the solver and
 * virtual EIS. A simulation yields the same {@code Recording} and {@code ImpedanceSpectrum} types as
 * the instrument readers.
 */
package org.elyte.sim;
