/**
 * Reading impedance spectra from instrument files: {@link org.elyte.io.eis.ImpedanceFiles} detects
 * the {@link org.elyte.io.eis.ImpedanceFormat} and dispatches to the reader of that format.
 */
package org.elyte.io.eis;
