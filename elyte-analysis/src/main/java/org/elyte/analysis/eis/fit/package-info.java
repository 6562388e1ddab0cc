/**
 * Complex nonlinear least-squares (CNLS) fitting of equivalent circuits to impedance spectra,
 * with weighting options, standard errors, identifiability checks and arc labels.
 */
package org.elyte.analysis.eis.fit;
