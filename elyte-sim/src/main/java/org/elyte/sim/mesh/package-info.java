/**
 * Cell-centred finite-volume grids (1-D planar and spherical) and the flux-form diffusion
 * operator with harmonic-mean face coefficients. All lengths in metres.
 */
package org.elyte.sim.mesh;
