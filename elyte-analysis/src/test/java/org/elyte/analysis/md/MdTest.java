package org.elyte.analysis.md;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.recording.Metadata;
import org.elyte.core.trajectory.Frame;
import org.elyte.core.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

class MdTest {
    private static final double A = 1e-10; // m per Å

    /** Random walk of n Li atoms with diffusion coefficient d (m²/s), frames every dt s, wrapped into a cubic box. */
    private static Trajectory randomWalk(int n, int frames, double d, double dt, double boxM, long seed) {
        Random rnd = new Random(seed);
        double step = Math.sqrt(2 * d * dt);
        double[] x = new double[3 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextDouble() * boxM;
        }
        List<Frame> out = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            double[] wrapped = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                wrapped[i] = x[i] - boxM * Math.floor(x[i] / boxM);
            }
            out.add(new Frame(f * dt, new double[] {boxM, boxM, boxM}, wrapped));
            for (int i = 0; i < x.length; i++) {
                x[i] += step * rnd.nextGaussian();
            }
        }
        return new Trajectory(Collections.nCopies(n, "Li"), out, Metadata.empty());
    }

    @Test
    void randomWalkReturnsItsDiffusionCoefficient() {
        double d = 1e-11; // m²/s (1e-7 cm²/s)
        double dt = 1e-12; // 1 ps; step σ = √(2·D·dt) = 0.045 Å per axis, box 20 Å: many boundary crossings
        Trajectory t = randomWalk(200, 2000, d, dt, 20 * A, 11);
        MsdCurve msd = Msd.of(t, "Li", 0.25);
        DiffusionResult r = Diffusion.fit(msd, 3, 0.15);
        assertThat(r.diffusionM2PerS()).isCloseTo(d, within(0.05 * d)); // m²/s, 5 % (finite sampling)
        assertThat(r.logLogSlope()).isCloseTo(1.0, within(0.1));
        assertThat(r.points()).isGreaterThanOrEqualTo(5);
        // without unwrapping, the MSD of atoms that crossed the box would saturate: check it does not
        assertThat(msd.msdM2()[msd.msdM2().length - 1]).isCloseTo(6 * d * msd.lagS()[msd.lagS().length - 1],
                within(0.1 * 6 * d * msd.lagS()[msd.lagS().length - 1])); // m², 10 %
    }

    @Test
    void ballisticStartIsExcludedFromTheFit() {
        // MSD = v²τ² for τ < τc, then linear with matching slope: the detected window must start after τc
        int n = 400;
        double[] lag = new double[n];
        double[] m = new double[n];
        int[] o = new int[n];
        double tc = 50e-12;
        double d = 2e-10;
        for (int i = 0; i < n; i++) {
            lag[i] = (i + 1) * 1e-12;
            m[i] = lag[i] < tc ? 6 * d * lag[i] * lag[i] / (2 * tc) : 6 * d * (lag[i] - tc / 2);
            o[i] = 1;
        }
        DiffusionResult r = Diffusion.fit(new MsdCurve("Li", 1, lag, m, o), 3, 0.1);
        assertThat(r.fitStartS()).isGreaterThan(tc);
        assertThat(r.diffusionM2PerS()).isCloseTo(d, within(0.01 * d)); // m²/s
    }

    @Test
    void nernstEinsteinByHand() {
        // 10 Li⁺ at 1e-11 m²/s and 10 TFSI⁻ at 5e-12 m²/s in (3 nm)³ at 333.15 K
        double v = Math.pow(3e-9, 3);
        double sigma = NernstEinstein.conductivity(v, 333.15, new NernstEinstein.Ion(1e-11, 10, 1),
                new NernstEinstein.Ion(5e-12, 10, -1));
        double expected = Math.pow(1.602176634e-19, 2) * (10 * 1e-11 + 10 * 5e-12) / (v * 1.380649e-23 * 333.15);
        assertThat(sigma).isCloseTo(expected, within(1e-12 * expected)); // S/m
        assertThat(sigma).isCloseTo(0.03100, within(0.00001)); // S/m (0.31 mS/cm), hand value
        assertThatThrownBy(() -> NernstEinstein.conductivity(0, 300, new NernstEinstein.Ion(1e-11, 1, 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void idealGasHasFlatRdf() {
        Random rnd = new Random(5);
        int n = 800;
        double box = 30 * A;
        List<Frame> frames = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            double[] x = new double[3 * n];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextDouble() * box;
            }
            frames.add(new Frame(f * 1e-12, new double[] {box, box, box}, x));
        }
        Trajectory t = new Trajectory(Collections.nCopies(n, "Li"), frames, Metadata.empty());
        RdfResult r = Rdf.of(t, "Li", "Li", 14 * A, 70, 1);
        double[] g = r.g();
        for (int k = 20; k < g.length; k++) { // r > 4 Å, where each bin holds enough pairs
            assertThat(g[k]).as("bin %d", k).isCloseTo(1.0, within(0.1)); // ideal gas, 10 % statistical
        }
        // n(r) = ρ·4/3·π·r³
        double rho = (n - 1) / Math.pow(box, 3);
        assertThat(r.coordination()[69]).isCloseTo(rho * 4.0 / 3 * Math.PI * Math.pow(14 * A, 3), within(0.03 * rho * 4.0 / 3 * Math.PI * Math.pow(14 * A, 3)));
    }

    @Test
    void simpleCubicLatticeHasSixNearestNeighbours() {
        Random rnd = new Random(8);
        int c = 6;
        double a = 3 * A;
        double[] x = new double[3 * c * c * c];
        int k = 0;
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                for (int l = 0; l < c; l++) {
                    x[k++] = i * a + 0.05 * A * rnd.nextGaussian();
                    x[k++] = j * a + 0.05 * A * rnd.nextGaussian();
                    x[k++] = l * a + 0.05 * A * rnd.nextGaussian();
                }
            }
        }
        double box = c * a;
        Trajectory t = new Trajectory(Collections.nCopies(c * c * c, "O"), List.of(new Frame(0, new double[] {box, box, box}, x)),
                Metadata.empty());
        double[] shell = Rdf.of(t, "O", "O", 9 * A, 180, 1).firstShell();
        assertThat(shell[0] / A).isCloseTo(3.0, within(0.1)); // Å
        assertThat(shell[2]).isCloseTo(6.0, within(0.01)); // neighbours
    }

    @Test
    void immobileSpeciesAndMissingSpeciesAreReported() {
        Trajectory t = randomWalk(5, 50, 0, 1e-12, 20 * A, 1);
        assertThatThrownBy(() -> Diffusion.fit(Msd.of(t, "Li", 0.5), 3, 0.15)).isInstanceOf(AnalysisException.class);
        assertThatThrownBy(() -> Msd.of(t, "Na", 0.5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Rdf.of(t, "Li", "Li", 15 * A, 10, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("half");
    }
}
