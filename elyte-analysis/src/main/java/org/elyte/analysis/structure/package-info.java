/**
 * Scattering and diffraction: SAXS domain spacing L0 = 2π/q* from a fitted peak
 * ({@link org.elyte.analysis.structure.Saxs}) and XRD peak lists with Bragg d-spacings and Scherrer
 * crystallite sizes ({@link org.elyte.analysis.structure.Xrd}).
 */
package org.elyte.analysis.structure;
