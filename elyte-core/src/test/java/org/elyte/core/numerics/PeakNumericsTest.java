package org.elyte.core.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.elyte.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PeakNumericsTest {

    @Test
    void trapezoidIsExactForLinesAndConvergesForSine() {
        double[] x = {0, 0.5, 2, 3};
        double[] y = {1, 2, 5, 7};
        assertThat(Trapezoid.integrate(x, y)).isCloseTo(0.75 + 5.25 + 6, within(1e-12)); // exact for piecewise linear
        double[] xs = new double[1001];
        double[] ys = new double[1001];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = Math.PI * i / 1000;
            ys[i] = Math.sin(xs[i]);
        }
        assertThat(Trapezoid.integrate(xs, ys)).isCloseTo(2.0, within(1e-5)); // error ~ π³/(12·1000²)
        assertThat(Trapezoid.cumulative(xs, ys, 0, 1000)[1000]).isCloseTo(2.0, within(1e-5));
        assertThatThrownBy(() -> Trapezoid.integrate(x, y, 2, 1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void savitzkyGolayKeepsCubicsAndDifferentiates() {
        double[] y = new double[50];
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.01 * i * i * i - 0.5 * i * i + 3 * i - 7;
        }
        SavitzkyGolay sg = new SavitzkyGolay(4, 3);
        double[] s = sg.smooth(y);
        double[] d = sg.derivative(y);
        for (int i = 0; i < y.length; i++) {
            assertThat(s[i]).isCloseTo(y[i], within(1e-6)); // a cubic is reproduced exactly, ends included
            assertThat(d[i]).isCloseTo(0.03 * i * i - i + 3, within(1e-6));
        }
        assertThatThrownBy(() -> new SavitzkyGolay(1, 3)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void peakFinderFindsNoisyPeaksByProminence() {
        Random rnd = new Random(1);
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 10 + 60.0 * i / (n - 1);
            y[i] = PeakShape.GAUSSIAN.value(x[i], 100, 21.3, 0.3, 0) + PeakShape.GAUSSIAN.value(x[i], 40, 45.0, 0.5, 0)
                    + 5 + rnd.nextGaussian() * 1.0;
        }
        double sigma = PeakFinder.noiseSigma(y);
        assertThat(sigma).isCloseTo(1.0, within(0.15)); // noise std, same units as y
        double[] s = new SavitzkyGolay(5, 2).smooth(y);
        List<Peak> peaks = PeakFinder.find(x, s, 8 * sigma);
        assertThat(peaks).hasSize(2);
        assertThat(peaks.get(0).position()).isCloseTo(21.3, within(0.03)); // x units
        assertThat(peaks.get(1).position()).isCloseTo(45.0, within(0.05));
        assertThat(peaks.get(1).widthAtHalf()).isCloseTo(0.5, within(0.08));
        assertThat(PeakFinder.byProminence(peaks).get(0).index()).isEqualTo(peaks.get(0).index());
    }

    @Test
    void peakFitRecoversParametersOfEveryShape() {
        Random rnd = new Random(7);
        for (PeakShape shape : PeakShape.values()) {
            int n = 200;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 0.2 + 0.6 * i / (n - 1);
                double bg = Background.POWER_LAW.value(x[i], 0.5, 20, 2.5);
                y[i] = shape.value(x[i], 50, 0.48, 0.08, 0.4) + bg + rnd.nextGaussian() * 0.2;
            }
            PeakFitResult r = PeakFit.fit(x, y, shape, Background.POWER_LAW);
            assertThat(r.centre()).as(shape.name()).isCloseTo(0.48, within(0.001)); // x units
            assertThat(r.centreSigma()).isPositive().isLessThan(0.001);
            assertThat(r.fwhm()).isCloseTo(0.08, within(0.002));
            assertThat(r.amplitude()).isCloseTo(50, within(1.0));
            assertThat(r.rmsResidual()).isCloseTo(0.2, within(0.05));
            if (shape == PeakShape.PSEUDO_VOIGT) {
                assertThat(r.eta()).isCloseTo(0.4, within(0.05));
            }
        }
    }

    @Test
    void areaMatchesNumericalIntegral() {
        for (PeakShape s : PeakShape.values()) {
            double[] x = new double[200001];
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = -1000 + 0.01 * i;
                y[i] = s.value(x[i], 3, 0, 2, 0.3);
            }
            assertThat(Trapezoid.integrate(x, y)).isCloseTo(s.area(3, 2, 0.3), within(0.01)); // Lorentz tails beyond ±1000 ~ 0.004
        }
    }
}
