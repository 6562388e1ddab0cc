/** Molecular-dynamics trajectories: frames of atom positions in an orthorhombic periodic box. */
package org.elyte.core.trajectory;
