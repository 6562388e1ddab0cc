package org.elyte.analysis.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class VtfTest {
    static final double A = 80; // S K^0.5 / m
    static final double B = 1100; // K
    static final double T0 = 190; // K

    /** VTF points from 0 °C to 100 °C every 10 K with multiplicative Gaussian noise. */
    static List<ArrheniusPoint> vtfPoints(double relNoise, Random rnd) {
        List<ArrheniusPoint> pts = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            double t = 273.15 + 10 * i;
            double sigma = A / Math.sqrt(t) * Math.exp(-B / (t - T0)) * Math.exp(relNoise * rnd.nextGaussian());
            pts.add(new ArrheniusPoint(t, sigma, 0));
        }
        return pts;
    }

    @Test
    void recoversNoiseFreeTruth() {
        VtfResult r = Vtf.fit(vtfPoints(0, new Random(1)), OptionalDouble.empty());
        assertThat(r.t0Fitted()).isTrue();
        assertThat(r.t0K()).isCloseTo(T0, within(1e-3)); // K
        assertThat(r.bK()).isCloseTo(B, within(1e-2)); // K
        assertThat(r.pseudoActivationEnergyEV()).isCloseTo(B * TransportConstants.BOLTZMANN_EV_PER_K,
                within(1e-6)); // eV
        assertThat(r.pseudoActivationEnergyKJPerMol()).isCloseTo(r.pseudoActivationEnergyEV() * 96.485332,
                within(1e-9)); // kJ/mol
        assertThat(r.prefactor()).isCloseTo(A, within(1e-3 * A)); // S K^0.5/m, 1e-3 relative
        assertThat(r.rSquared()).isCloseTo(1, within(1e-12));
        assertThat(r.notes()).isEmpty();
        assertThat(r.sigmaAtSPerM(320)).isCloseTo(A / Math.sqrt(320) * Math.exp(-B / (320 - T0)),
                within(1e-5 * r.sigmaAtSPerM(320))); // S/m
    }

    @Test
    void fixedT0IsLinearAndExact() {
        VtfResult r = Vtf.fit(vtfPoints(0, new Random(1)), OptionalDouble.of(T0));
        assertThat(r.t0Fitted()).isFalse();
        assertThat(r.t0StderrK()).isZero();
        assertThat(r.bK()).isCloseTo(B, within(1e-8)); // K
        assertThat(r.prefactor()).isCloseTo(A, within(1e-9 * A)); // S K^0.5/m
    }

    @Test
    void standardErrorMatchesScatterOfRepeatedFits() {
        Random rnd = new Random(2024);
        int runs = 200;
        double sum = 0;
        double sumSq = 0;
        double meanStderr = 0;
        for (int k = 0; k < runs; k++) {
            VtfResult r = Vtf.fit(vtfPoints(0.01, rnd), OptionalDouble.empty());
            sum += r.bK();
            sumSq += r.bK() * r.bK();
            meanStderr += r.stderrEV() / TransportConstants.BOLTZMANN_EV_PER_K / runs;
        }
        double mean = sum / runs;
        double sd = Math.sqrt(sumSq / runs - mean * mean);
        // 1 % noise in sigma: the Jacobian standard error agrees with the scatter of B to 35 %
        assertThat(meanStderr).isCloseTo(sd, within(0.35 * sd)); // K
        assertThat(mean).isCloseTo(B, within(3 * sd / Math.sqrt(runs) + 0.1 * sd)); // K, nearly unbiased
    }

    @Test
    void rejectsTooFewPointsAndBadT0() {
        List<ArrheniusPoint> three = vtfPoints(0, new Random(1)).subList(0, 3);
        assertThatThrownBy(() -> Vtf.fit(three, OptionalDouble.empty())).isInstanceOf(AnalysisException.class)
                .hasMessageContaining("at least 4");
        assertThat(Vtf.fit(three, OptionalDouble.of(T0)).stderrEV()).isLessThan(1e-9); // eV: 1 dof, exact data
        List<ArrheniusPoint> pts = vtfPoints(0, new Random(1));
        assertThatThrownBy(() -> Vtf.fit(pts, OptionalDouble.of(273.15))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("T0");
        assertThatThrownBy(() -> Vtf.fit(pts, OptionalDouble.of(-1))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aicPrefersTheGeneratingModel() {
        ModelComparison onVtf = ModelComparison.compare(vtfPoints(0.005, new Random(5)), OptionalDouble.empty());
        assertThat(onVtf.preferred()).isEqualTo(TransportModel.VTF);
        assertThat(onVtf.deltaAic()).isGreaterThan(10);
        List<ArrheniusPoint> arr = new ArrayList<>();
        Random rnd = new Random(6);
        for (int i = 0; i <= 10; i++) {
            double t = 273.15 + 10 * i;
            double sigma = Math.exp(14 - 0.6 / (TransportConstants.BOLTZMANN_EV_PER_K * t)) / t;
            arr.add(new ArrheniusPoint(t, sigma * Math.exp(0.02 * rnd.nextGaussian()), 0));
        }
        ModelComparison onArr = ModelComparison.compare(arr, OptionalDouble.empty());
        assertThat(onArr.preferred()).isEqualTo(TransportModel.ARRHENIUS);
        assertThat(onArr.arrhenius().activationEnergyEV()).isCloseTo(0.6, within(0.03)); // eV
    }
}
