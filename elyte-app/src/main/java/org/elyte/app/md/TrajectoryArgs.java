package org.elyte.app.md;

import java.nio.file.Path;

import org.elyte.core.trajectory.Trajectory;
import org.elyte.io.md.TrajectoryFiles;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The trajectory file and its frame interval (a picocli mixin). */
public final class TrajectoryArgs {
    @Parameters(index = "0", paramLabel = "TRAJ", description = "Extended XYZ, LAMMPS dump (.lammpstrj) or GROMACS .gro.")
    Path file;

    @Option(names = "--dt", paramLabel = "PS", description = "Time between frames, ps (default: times in the file; required for LAMMPS).")
    Double dtPs;

    @Option(names = "--species", required = true, paramLabel = "NAME", description = "Species (element, atom name or LAMMPS type) to analyse.")
    String species;

    /** @return the trajectory */
    public Trajectory load() {
        return TrajectoryFiles.read(file, dtPs == null ? Double.NaN : dtPs * 1e-12);
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return the species */
    public String species() {
        return species;
    }
}
