/**
 * Molecular-dynamics analysis: mean-square displacement with unwrapping across periodic
 * boundaries ({@link org.elyte.analysis.md.Msd}), diffusion coefficient from the detected linear
 * regime ({@link org.elyte.analysis.md.Diffusion}), Nernst–Einstein conductivity
 * ({@link org.elyte.analysis.md.NernstEinstein}) and radial distribution functions with
 * coordination numbers ({@link org.elyte.analysis.md.Rdf}).
 */
package org.elyte.analysis.md;
