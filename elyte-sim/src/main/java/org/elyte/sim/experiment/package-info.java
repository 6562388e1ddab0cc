/**
 * PyBaMM experiment strings ({@code "Discharge at 0.5C until 2.5 V"}, {@code "Rest for 1 hour"},
 * {@code "Hold at 4.2 V until C/50"}) parsed by a small hand-written parser into a typed tree of
 * {@link org.elyte.sim.experiment.Step} records, and experiments made of cycles of steps. Values are
 * SI (A, V, W, Ω, s, K); discharge is positive, as in PyBaMM. The grammar and its deliberate fixes
 * are described on {@link org.elyte.sim.experiment.StepParser}.
 */
package org.elyte.sim.experiment;
