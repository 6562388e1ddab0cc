/**
 * Lithium-metal cells: symmetric Li|SSE|Li cycling (overpotential per half cycle, plated capacity,
 * short-circuit detection) and Li||Cu plating/stripping (nucleation overpotential, Coulombic
 * efficiency, the Aurbach average efficiency of Adams et al. 2018). Pure functions of a
 * {@link org.elyte.core.recording.Recording}.
 */
package org.elyte.analysis.lithium;
