package org.elyte.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.elyte.core.error.ElyteException;
import org.elyte.io.md.TrajectoryFiles;
import org.elyte.io.scattering.QUnit;
import org.elyte.io.scattering.ScatteringFiles;
import org.elyte.io.thermal.DscFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DSC, scattering and trajectory readers on 200 seeded truncations and 200 seeded byte
 * corruptions of a valid file each: every case ends in a result or an {@link ElyteException} whose
 * message names the file, within a second.
 */
class TextReadersRobustnessTest {
    private static final int CASES = 200;

    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        StringBuilder dsc = new StringBuilder("#EXO:-1\n#SAMPLE MASS /mg:4.98\n##Temp./°C;Time/min;DSC/(mW/mg)\n");
        StringBuilder ta = new StringBuilder("Instrument\tDSC Q2000\nSize\t5.12\tmg\nSig1\tTime (min)\n"
                + "Sig2\tTemperature (°C)\nSig3\tHeat Flow (W/g)\nStartOfData\n");
        StringBuilder saxs = new StringBuilder("# q (nm^-1) I(q) err\n");
        StringBuilder xrd = new StringBuilder("2theta,intensity\n");
        for (int k = 0; k < 60; k++) {
            dsc.append(20 + k).append(';').append(k * 0.1).append(';').append(-0.1 - 0.01 * k).append('\n');
            ta.append(k * 0.1).append('\t').append(20 + k).append('\t').append(-0.1 - 0.01 * k).append('\n');
            saxs.append(0.1 + 0.01 * k).append("  ").append(100.0 / (1 + k)).append("  1.0\n");
            xrd.append(20 + 0.1 * k).append(',').append(50 + k % 7).append('\n');
        }
        String xyz = "2\nLattice=\"10 0 0 0 11 0 0 0 12\" Time=0.0\nLi 1 2 3\nO 4 5 6\n"
                + "2\nLattice=\"10 0 0 0 11 0 0 0 12\" Time=2.0\nLi 9.9 2 3\nO 4 5 6\n";
        String lammps = "ITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n2\nITEM: BOX BOUNDS pp pp pp\n0 10\n0 10\n-5 5\n"
                + "ITEM: ATOMS id type xs ys zs\n2 2 0.5 0.5 0.5\n1 1 0.1 0.2 0.3\n"
                + "ITEM: TIMESTEP\n1000\nITEM: NUMBER OF ATOMS\n2\nITEM: BOX BOUNDS pp pp pp\n0 10\n0 10\n-5 5\n"
                + "ITEM: ATOMS id type xs ys zs\n1 1 0.15 0.2 0.3\n2 2 0.5 0.5 0.5\n";
        String gro = "Li in PEO t= 10.00000\n    2\n    1LI      LI    1   0.100   0.200   0.300\n"
                + "    2PEO     OE    2   1.000   1.100   1.200\n   3.00000   3.00000   3.00000\n"
                + "Li in PEO t= 20.00000\n    2\n    1LI      LI    1   0.110   0.200   0.300\n"
                + "    2PEO     OE    2   1.000   1.100   1.200\n   3.00000   3.00000   3.00000\n";
        Consumer<Path> readDsc = DscFiles::read;
        Consumer<Path> readSaxs = p -> ScatteringFiles.readSaxs(p, QUnit.PER_NM);
        Consumer<Path> readXrd = ScatteringFiles::readXrd;
        Consumer<Path> readTraj = p -> TrajectoryFiles.read(p, 1e-12);
        return Stream.of(Arguments.of("netzsch.txt", dsc.toString(), readDsc),
                Arguments.of("ta.txt", ta.toString(), readDsc),
                Arguments.of("film.dat", saxs.toString(), readSaxs),
                Arguments.of("llzo.csv", xrd.toString(), readXrd),
                Arguments.of("traj.xyz", xyz, readTraj),
                Arguments.of("traj.lammpstrj", lammps, readTraj),
                Arguments.of("traj.gro", gro, readTraj));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void truncationsAndCorruptionsEndInAResultOrOurError(String name, String text, Consumer<Path> reader) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        reader.accept(write(name, bytes)); // the unmodified file reads
        Random r = new Random(7 + name.hashCode());
        for (int k = 0; k < CASES; k++) {
            byte[] cut = Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
            check(name + " truncated to " + cut.length, write(name, cut), reader);
            byte[] bad = bytes.clone();
            int n = 1 + r.nextInt(8);
            for (int j = 0; j < n; j++) {
                bad[r.nextInt(bad.length)] = (byte) r.nextInt(256);
            }
            check(name + " corrupted (case " + k + ")", write(name, bad), reader);
        }
    }

    private Path write(String name, byte[] b) {
        try {
            return Files.write(dir.resolve(name), b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(String what, Path file, Consumer<Path> reader) {
        long t0 = System.nanoTime();
        try {
            reader.accept(file);
        } catch (ElyteException e) {
            assertThat(e.getMessage()).as(what).contains(file.getFileName().toString());
        } catch (RuntimeException | StackOverflowError e) {
            fail(what + ": " + e, e);
        }
        assertThat(System.nanoTime() - t0).as(what + " took too long").isLessThan(1_000_000_000L);
    }
}
