package org.elyte.io.md;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.elyte.core.error.FormatException;
import org.elyte.core.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrajectoryFilesTest {
    @TempDir
    Path dir;

    @Test
    void extendedXyzWithLatticeAndTime() throws IOException {
        String f = "2\nLattice=\"10 0 0 0 11 0 0 0 12\" Properties=species:S:1:pos:R:3 Time=0.0\nLi 1 2 3\nO 4 5 6\n"
                + "2\nLattice=\"10 0 0 0 11 0 0 0 12\" Time=2.0\nLi 9.9 2 3\nO 4 5 6\n";
        Trajectory t = TrajectoryFiles.read(Files.writeString(dir.resolve("a.xyz"), f), Double.NaN);
        assertThat(t.species()).containsExactly("Li", "O");
        assertThat(t.frames()).hasSize(2);
        assertThat(t.frames().get(1).timeS()).isCloseTo(2e-12, within(1e-24)); // s
        assertThat(t.frames().get(0).box(1)).isCloseTo(11e-10, within(1e-22)); // m
        assertThat(t.frames().get(1).coordinate(0, 0)).isCloseTo(9.9e-10, within(1e-22)); // m
    }

    @Test
    void lammpsDumpSortedByIdWithScaledCoordinates() throws IOException {
        String f = "ITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n2\nITEM: BOX BOUNDS pp pp pp\n0 10\n0 10\n-5 5\n"
                + "ITEM: ATOMS id type xs ys zs\n2 2 0.5 0.5 0.5\n1 1 0.1 0.2 0.3\n"
                + "ITEM: TIMESTEP\n1000\nITEM: NUMBER OF ATOMS\n2\nITEM: BOX BOUNDS pp pp pp\n0 10\n0 10\n-5 5\n"
                + "ITEM: ATOMS id type xs ys zs\n1 1 0.15 0.2 0.3\n2 2 0.5 0.5 0.5\n";
        Trajectory t = TrajectoryFiles.read(Files.writeString(dir.resolve("b.lammpstrj"), f), 1e-12);
        assertThat(t.species()).containsExactly("1", "2");
        assertThat(t.frames().get(0).coordinate(0, 2)).isCloseTo(-2e-10, within(1e-22)); // m: -5 + 0.3·10 Å
        assertThat(t.frames().get(1).timeS()).isCloseTo(1e-12, within(1e-24)); // s
        assertThatThrownBy(() -> TrajectoryFiles.read(dir.resolve("b.lammpstrj"), Double.NaN))
                .isInstanceOf(FormatException.class).hasMessageContaining("interval");
    }

    @Test
    void groFramesInNanometres() throws IOException {
        String f = "Li in PEO t= 10.00000\n    2\n    1LI      LI    1   0.100   0.200   0.300\n"
                + "    2PEO     OE    2   1.000   1.100   1.200\n   3.00000   3.00000   3.00000\n"
                + "Li in PEO t= 20.00000\n    2\n    1LI      LI    1   0.110   0.200   0.300\n"
                + "    2PEO     OE    2   1.000   1.100   1.200\n   3.00000   3.00000   3.00000\n";
        Trajectory t = TrajectoryFiles.read(Files.writeString(dir.resolve("c.gro"), f), Double.NaN);
        assertThat(t.species()).containsExactly("LI", "OE");
        assertThat(t.frames().get(1).timeS()).isCloseTo(20e-12, within(1e-24)); // s
        assertThat(t.frames().get(1).coordinate(0, 0)).isCloseTo(0.11e-9, within(1e-21)); // m
        assertThat(t.frames().get(0).box(2)).isCloseTo(3e-9, within(1e-21)); // m
    }

    @Test
    void badTrajectoriesNameTheLine() throws IOException {
        Path a = Files.writeString(dir.resolve("d.xyz"), "2\nno lattice\nLi 0 0 0\nO 1 1 1\n");
        assertThatThrownBy(() -> TrajectoryFiles.read(a, 1e-12)).isInstanceOf(FormatException.class).hasMessageContaining("line 2");
        Path b = Files.writeString(dir.resolve("e.xyz"), "3\nLattice=\"10 0 0 0 10 0 0 0 10\"\nLi 0 0 0\n");
        assertThatThrownBy(() -> TrajectoryFiles.read(b, 1e-12)).isInstanceOf(FormatException.class).hasMessageContaining("truncated");
        Path c = Files.writeString(dir.resolve("f.xyz"), "1\nLattice=\"10 1 0 0 10 0 0 0 10\"\nLi 0 0 0\n");
        assertThatThrownBy(() -> TrajectoryFiles.read(c, 1e-12)).isInstanceOf(FormatException.class).hasMessageContaining("triclinic");
        Path d = Files.writeString(dir.resolve("g.xyz"), "1\nLattice=\"10 0 0 0 10 0 0 0 10\"\nLi 0 x 0\n");
        assertThatThrownBy(() -> TrajectoryFiles.read(d, 1e-12)).isInstanceOf(FormatException.class).hasMessageContaining("line 3");
    }
}
