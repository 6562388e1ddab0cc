package org.elyte.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.fit.CircuitFitter;
import org.elyte.analysis.eis.fit.FitOptions;
import org.elyte.analysis.eis.fit.Weighting;
import org.elyte.core.error.ElyteException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch fitting: {@link #count} synthetic spectra of {@code R0-p(R1,CPE1)-p(R2,CPE2)-CPE3} (a
 * pellet with bulk and grain-boundary arcs and an electrode spur), 50 log-spaced points from
 * 10 MHz to 10 mHz, random physical parameters from a fixed seed ({@link #truth(Random)}), 0.1 %
 * Gaussian noise on Z' and
 * Z'', fitted with modulus weighting from estimated start values (no initial values) by a
 * parallel stream in a pool of {@link #threads} threads. Target: 1,000 spectra in ≤ 5 s on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class BatchFitBenchmark {
    /** The synthetic circuit. */
    static final Circuit CIRCUIT = Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)-CPE3");
    /** Seed of the parameter and noise generator. */
    static final long SEED = 20240611L;
    /**
     * Smallest share of fits that must reach the noise floor (χ² ≤ χ² at the true parameters). With
     * the DRT-based start values about 97 % of this set do (see the README); the check guards
     * against a regression of the start-value estimator.
     */
    static final double MIN_SUCCESS = 0.90;

    /** Number of spectra. */
    @Param("1000")
    public int count;
    /** Worker threads. */
    @Param("2")
    public int threads;

    /** Share of fits that reached the noise floor in the setup check. */
    public double successRate;

    List<ImpedanceSpectrum> spectra;
    double[] chi2AtTruth;
    FitOptions options;
    ForkJoinPool pool;

    /** Generates the spectra and checks once that nearly every fit reaches the noise floor. */
    @Setup
    public void setup() {
        Random rnd = new Random(SEED);
        spectra = new ArrayList<>(count);
        chi2AtTruth = new double[count];
        for (int k = 0; k < count; k++) {
            spectra.add(synthesize(truth(rnd), rnd, k));
        }
        options = FitOptions.defaults().withWeighting(Weighting.MODULUS);
        pool = new ForkJoinPool(threads);
        double[] chi2 = fitAll();
        int ok = 0;
        for (int k = 0; k < count; k++) {
            if (chi2[k] <= chi2AtTruth[k] * (1 + 1e-6)) {
                ok++;
            }
        }
        successRate = (double) ok / count;
        System.out.printf("%nBatchFitBenchmark setup: %d of %d fits reached the noise floor (%.1f %%)%n", ok, count,
                100.0 * successRate); // reported in the JMH log, quoted in the README
        if (ok < MIN_SUCCESS * count) {
            throw new IllegalStateException(ok + " of " + count + " synthetic fits reached the noise floor, fewer than "
                    + MIN_SUCCESS * 100 + " %");
        }
    }

    /** Shuts the worker pool down. */
    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    private ImpedanceSpectrum synthesize(double[] truth, Random rnd, int k) {
        int n = 50;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = Math.pow(10, 7 - 9.0 * i / (n - 1));
        }
        ImpedanceSpectrum clean = CIRCUIT.predict(truth, f);
        double[] re = clean.reals();
        double[] im = clean.imags();
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double tr = re[i];
            double ti = im[i];
            re[i] *= 1 + 1e-3 * rnd.nextGaussian();
            im[i] *= 1 + 1e-3 * rnd.nextGaussian();
            double mod2 = re[i] * re[i] + im[i] * im[i];
            chi2 += ((tr - re[i]) * (tr - re[i]) + (ti - im[i]) * (ti - im[i])) / mod2; // modulus weighting
        }
        chi2AtTruth[k] = chi2;
        return ImpedanceSpectrum.of(f, re, im, Metadata.empty().with(Metadata.SOURCE_FILE, "synthetic-" + k));
    }

    /**
     * Physical pellet parameters: bulk arc apex 10 kHz–1 MHz, grain-boundary apex 30–1000× lower,
     * R_bulk 1 kΩ–1 MΩ, R_gb 0.3–30 × R_bulk, exponents 0.75–0.95, series R0 0.1–1 % of R_bulk,
     * electrode CPE Q3 0.1–10 µF·s^(n−1), n3 0.4–0.8; Q from τ = (R·Q)^(1/n).
     */
    static double[] truth(Random rnd) {
        double r1 = dec(rnd, 3, 3);
        double n1 = lin(rnd, 0.75, 0.2);
        double tau1 = 1 / (2 * Math.PI * dec(rnd, 4, 2));
        double r2 = r1 * dec(rnd, -0.5, 2);
        double n2 = lin(rnd, 0.75, 0.2);
        double tau2 = tau1 * dec(rnd, 1.5, 1.5);
        return new double[] {r1 * dec(rnd, -3, 1), r1, Math.pow(tau1, n1) / r1, n1, r2, Math.pow(tau2, n2) / r2, n2,
            dec(rnd, -7, 2), lin(rnd, 0.4, 0.4)};
    }

    private static double dec(Random r, double lo, double decades) {
        return Math.pow(10, lo + decades * r.nextDouble());
    }

    private static double lin(Random r, double lo, double width) {
        return lo + width * r.nextDouble();
    }

    /** @return χ² of every fit, in spectrum order */
    @Benchmark
    public double[] fitAll() {
        try {
            return pool.submit(() -> spectra.parallelStream()
                    .mapToDouble(this::fitOne)
                    .toArray()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** @return χ² of the fit, or +∞ when the fit throws (counted as a failure by the setup check) */
    private double fitOne(ImpedanceSpectrum s) {
        try {
            return CircuitFitter.fit(CIRCUIT, s, options).chi2();
        } catch (ElyteException e) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
