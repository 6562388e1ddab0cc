/** Impedance spectra, the common type of measured and simulated EIS data. */
package org.elyte.core.impedance;
