/**
 * Ion transport figures of merit: conductivity from a resistance and a cell geometry
 * ({@link org.elyte.analysis.transport.Conductivities}), Arrhenius and Vogel–Fulcher–Tammann fits of
 * σ(T) ({@link org.elyte.analysis.transport.Arrhenius}, {@link org.elyte.analysis.transport.Vtf}),
 * their comparison by Akaike's information criterion
 * ({@link org.elyte.analysis.transport.ModelComparison}) and temperatures from file names
 * ({@link org.elyte.analysis.transport.Temperatures}).
 */
package org.elyte.analysis.transport;
