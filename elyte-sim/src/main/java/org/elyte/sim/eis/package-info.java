/**
 * Virtual electrochemical impedance: a cell model is linearised around its operating point (the
 * DAE Jacobian J and a mass matrix M that includes double-layer capacitances) and
 * {@code (jωM − J)·x = b} is solved per frequency with a complex banded LU; the impedance is the
 * voltage response to a unit current perturbation, returned as a core
 * {@link org.elyte.core.impedance.ImpedanceSpectrum}.
 */
package org.elyte.sim.eis;
