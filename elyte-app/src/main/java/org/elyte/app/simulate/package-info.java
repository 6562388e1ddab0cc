/**
 * {@code elyte simulate}: virtual cells from parameter sets (run, rate, eis, symmetric,
 * bruce-vincent, calibrate), with human output, {@code --json} and BDF files that the analysis
 * commands read unchanged.
 */
package org.elyte.app.simulate;
