package org.elyte.analysis.eis.kk;

import java.util.Random;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;

/**
 * Test spectra with known truth: R0 + (R1 ‖ C1) + ZARC(R2, τ2, n2), KK-compliant, optionally with
 * Gaussian noise and with R2 drifting linearly in measurement time (not KK-compliant).
 */
final class SyntheticSpectra {
    static final double R0 = 10;
    static final double R1 = 100;
    static final double TAU1 = 1e-4;
    static final double R2 = 250;
    static final double TAU2 = 0.5;
    static final double N2 = 0.8;

    private SyntheticSpectra() {
    }

    /** @return 100 kHz .. 10 mHz, 10 points per decade, high to low as instruments sweep */
    static double[] frequencies() {
        double[] f = new double[71];
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.pow(10, 5 - i / 10.0);
        }
        return f;
    }

    /**
     * @param relNoise standard deviation of the noise on Z' and Z'', as a fraction of |Z|
     * @param drift relative change of R2 from the first to the last point (0 = none); time per
     *     point is max(1 s, 3 periods), so the drift happens mostly during the low frequencies
     * @param seed random seed
     * @return the spectrum
     */
    static ImpedanceSpectrum spectrum(double relNoise, double drift, long seed) {
        double[] f = frequencies();
        int n = f.length;
        double[] time = new double[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += Math.max(1, 3 / f[i]);
            time[i] = t;
        }
        Random rnd = new Random(seed);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            double w = 2 * Math.PI * f[i];
            double r2 = R2 * (1 + drift * time[i] / t);
            // RC: R1/(1 + j w tau1)
            double x = w * TAU1;
            double zr = R0 + R1 / (1 + x * x);
            double zi = -R1 * x / (1 + x * x);
            // ZARC: R2/(1 + (j w tau2)^n)
            double mag = Math.pow(w * TAU2, N2);
            double ar = 1 + mag * Math.cos(N2 * Math.PI / 2);
            double ai = mag * Math.sin(N2 * Math.PI / 2);
            double d = ar * ar + ai * ai;
            zr += r2 * ar / d;
            zi += -r2 * ai / d;
            double modulus = Math.hypot(zr, zi);
            re[i] = zr + relNoise * modulus * rnd.nextGaussian();
            im[i] = zi + relNoise * modulus * rnd.nextGaussian();
        }
        return ImpedanceSpectrum.of(f, re, im, Metadata.empty().with(Metadata.SOURCE_FILE, "synthetic"));
    }
}
