/** Gamry Framework {@code .DTA} impedance files, with drift-corrected spectra and aborted runs. */
package org.elyte.io.gamry;
