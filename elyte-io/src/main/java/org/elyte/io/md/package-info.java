/**
 * Readers of MD trajectories: extended XYZ, LAMMPS text dump and GROMACS .gro sequences
 * ({@link org.elyte.io.md.TrajectoryFiles}), orthorhombic boxes only.
 */
package org.elyte.io.md;
