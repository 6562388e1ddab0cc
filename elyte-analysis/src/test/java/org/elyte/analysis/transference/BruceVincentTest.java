package org.elyte.analysis.transference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.elyte.core.error.AnalysisException;
import org.junit.jupiter.api.Test;

class BruceVincentTest {
    // Li|SSE|Li: bulk 100 ohm, interface 200 ohm before and 250 ohm after, dV = 10 mV, true t+ = 0.4
    static final double DV = 0.01;
    static final double I0 = DV / (100 + 200);
    static final double ISS = DV / (100 / 0.4 + 250);

    /** I(t) = I_ss + (I_0 - I_ss) exp(-t / 600 s), sampled every step seconds from t = first. */
    static double[][] chronoamperogram(double first, double step) {
        int n = (int) ((3 * 3600 - first) / step) + 1;
        double[] t = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = first + k * step;
            i[k] = ISS + (I0 - ISS) * Math.exp(-t[k] / 600);
        }
        return new double[][] {t, i};
    }

    @Test
    void chronoamperogramFromKnownValuesReturnsItsTransferenceNumber() {
        double[][] ca = chronoamperogram(0, 1);
        CurrentDecay d = Chronoamperometry.analyze(ca[0], ca[1], ChronoamperometryOptions.defaults(), "synthetic");
        assertThat(d.initialA()).isCloseTo(I0, within(1e-15)); // A, first point is t = 0
        assertThat(d.steadyA()).isCloseTo(ISS, within(1e-11)); // A: exp(-16.2) residue of the decay
        TransferenceNumber t = BruceVincent.compute(DV, d, Resistance.given(200, 0), Resistance.given(250, 0));
        assertThat(t.value()).isCloseTo(0.4, within(1e-5)); // 1
        assertThat(t.uncorrectedRatio()).isCloseTo(ISS / I0, within(1e-6)); // 1
        assertThat(t.warnings()).anyMatch(w -> w.contains("corrections dominate")); // 67 % of dV across R_0
    }

    @Test
    void extrapolatedInitialCurrentRecoversTheSwitchOnValue() {
        double[][] ca = chronoamperogram(5, 5); // first sample 5 s after switch-on at t = 0
        ChronoamperometryOptions o = ChronoamperometryOptions.defaults().withInitial(InitialCurrent.EXTRAPOLATED)
                .withRange(0, Double.POSITIVE_INFINITY);
        CurrentDecay d = Chronoamperometry.analyze(ca[0], ca[1], o, "synthetic");
        assertThat(d.initialA()).isCloseTo(I0, within(I0 * 1e-6)); // A, exact exponential
        CurrentDecay first = Chronoamperometry.analyze(ca[0], ca[1], ChronoamperometryOptions.defaults(), "synthetic");
        assertThat(first.initialA()).isLessThan(I0 * 0.999); // the first point lags by 5 s
    }

    @Test
    void uncertaintyMatchesFiniteDifferences() {
        CurrentDecay d = new CurrentDecay(I0, 1e-7, ISS, 5e-8, 0, 0, 1, 10, InitialCurrent.FIRST_POINT,
                java.util.List.of());
        Resistance r0 = new Resistance(200, 5, "given");
        Resistance rss = new Resistance(250, 8, "given");
        TransferenceNumber t = BruceVincent.compute(DV, d, r0, rss);
        double h = 1e-6;
        double g0 = (tp(I0 * (1 + h), ISS, 200, 250) - tp(I0 * (1 - h), ISS, 200, 250)) / (2 * h * I0);
        double gs = (tp(I0, ISS * (1 + h), 200, 250) - tp(I0, ISS * (1 - h), 200, 250)) / (2 * h * ISS);
        double gr0 = (tp(I0, ISS, 200 + h, 250) - tp(I0, ISS, 200 - h, 250)) / (2 * h);
        double grs = (tp(I0, ISS, 200, 250 + h) - tp(I0, ISS, 200, 250 - h)) / (2 * h);
        double expected = Math.sqrt(Math.pow(g0 * 1e-7, 2) + Math.pow(gs * 5e-8, 2) + Math.pow(gr0 * 5, 2)
                + Math.pow(grs * 8, 2));
        assertThat(t.stderr()).isCloseTo(expected, within(expected * 1e-5)); // relative 1e-5
    }

    private static double tp(double i0, double iss, double r0, double rss) {
        return iss * (DV - i0 * r0) / (i0 * (DV - iss * rss));
    }

    @Test
    void inconsistentResistancesAreRejected() {
        CurrentDecay d = new CurrentDecay(I0, 0, ISS, 0, 0, 0, 1, 10, InitialCurrent.FIRST_POINT, java.util.List.of());
        assertThatThrownBy(() -> BruceVincent.compute(DV, d, Resistance.given(400, 0), Resistance.given(250, 0)))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("not below");
    }

    @Test
    void driftingCurrentIsFlagged() {
        double[][] ca = chronoamperogram(0, 1);
        for (int k = 0; k < ca[1].length; k++) {
            ca[1][k] *= 1 + 5e-5 * ca[0][k]; // 54 % rise over 3 h
        }
        CurrentDecay d = Chronoamperometry.analyze(ca[0], ca[1], ChronoamperometryOptions.defaults(), "drift");
        assertThat(d.drift()).isCloseTo(5e-5 * 1080 / (1 + 5e-5 * 10260), within(5e-4)); // 1: slope x window / I_ss
        assertThat(d.warnings()).anyMatch(w -> w.contains("steady state not reached"));
    }
}
