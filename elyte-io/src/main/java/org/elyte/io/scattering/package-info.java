/**
 * Readers of two- or three-column scattering and diffraction files: SAXS I(q) and XRD I(2θ)
 * ({@link org.elyte.io.scattering.ScatteringFiles}).
 */
package org.elyte.io.scattering;
