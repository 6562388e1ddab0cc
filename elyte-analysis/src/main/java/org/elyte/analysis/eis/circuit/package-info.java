/**
 * Equivalent-circuit language for impedance spectra: a parser of impedance.py circuit strings
 * into a typed tree, element formulas with analytic parameter derivatives, and fast evaluation.
 */
package org.elyte.analysis.eis.circuit;
