/**
 * Differential scanning calorimetry: melting enthalpy, peak and extrapolated onset temperatures
 * ({@link org.elyte.analysis.thermal.Dsc#melting}), glass transition
 * ({@link org.elyte.analysis.thermal.Dsc#glassTransition}) and degree of crystallinity
 * ({@link org.elyte.analysis.thermal.Crystallinity}) with reference enthalpies
 * ({@link org.elyte.analysis.thermal.ReferenceEnthalpy}).
 */
package org.elyte.analysis.thermal;
