/**
 * An implicit variable-step, variable-order (1–5) BDF integrator for semi-explicit DAEs
 * {@code M·y' = f(t, y)} with a diagonal mass matrix (zero rows are algebraic equations), in the
 * quasi-constant step-size backward-difference form of Shampine &amp; Reichelt (ode15s); Newton
 * iterations on a banded or dense Jacobian (analytic, or finite differences with column colouring by
 * the band or by an exact {@link org.elyte.sim.solver.Sparsity}); static condensation of local
 * blocks before the banded LU ({@link org.elyte.sim.solver.CondensedLu}); one dense border row and
 * column (a controlled current) by block elimination ({@link org.elyte.sim.solver.BorderedLu});
 * consistent initialisation of the algebraic states; terminal events located by root finding on the
 * dense output; failures reported with the reason and the solution up to that point.
 */
package org.elyte.sim.solver;
