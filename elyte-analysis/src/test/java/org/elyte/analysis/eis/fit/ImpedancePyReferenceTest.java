package org.elyte.analysis.eis.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

/** EXPECTED.md §1: fits of impedance.py's exampleData.csv against the published reference values. */
class ImpedancePyReferenceTest {

    private static Map<String, Double> start(Circuit c, double... v) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(c.parameterNames().get(i), v[i]);
        }
        return m;
    }

    private static void assertValues(FitResult r, double tol, double... expected) {
        double[] v = r.values();
        for (int i = 0; i < expected.length; i++) {
            // relative tolerance tol, parameter unit
            assertThat(v[i]).as(r.circuit().parameterNames().get(i)).isCloseTo(expected[i],
                    within(Math.abs(expected[i]) * tol));
        }
    }

    private static FitResult fit(String circuit, ImpedanceSpectrum s, Weighting w, double... start) {
        Circuit c = Circuit.parse(circuit);
        return CircuitFitter.fit(c, s, FitOptions.defaults().withWeighting(w).withInitial(start(c, start)));
    }

    @Test
    void a1UnitWeightingWithStandardErrors() {
        ImpedanceSpectrum s = TestSpectra.example();
        assertThat(s.size()).isEqualTo(57);
        FitResult r = fit("R0-p(R1,C1)-p(R2-Wo1,C2)", s, Weighting.UNIT, 0.01, 0.01, 100, 0.01, 0.05, 100, 1);
        double[] ref = {1.65187e-2, 8.67655e-3, 3.32143, 5.38996e-3, 6.30927e-2, 232.520, 0.219542};
        double[] se = {1.54e-4, 1.91e-4, 0.190, 2.06e-4, 1.94e-3, 16.2, 1.75e-2};
        assertThat(r.ssr()).isCloseTo(1.94302e-5, within(1.94302e-5 * 1e-3)); // ohm², 1e-3 relative
        // the reference optimizer stopped early in the flat Wo1 (Z0, τ) valley: our minimum is lower
        assertThat(r.ssr()).isLessThanOrEqualTo(1.94302e-5); // ohm²
        double[] v = r.values();
        for (int i = 0; i < ref.length; i++) {
            String name = r.circuit().parameterNames().get(i);
            if (name.startsWith("Wo1")) {
                // along the valley: within 0.5 reference σ (the reference point is 0.3σ away from the minimum)
                assertThat(v[i]).as(name).isCloseTo(ref[i], within(0.5 * se[i]));
            } else {
                assertThat(v[i]).as(name).isCloseTo(ref[i], within(ref[i] * 1e-3)); // 1e-3 relative
            }
        }
        assertThat(r.chi2()).isCloseTo(r.ssr(), within(1e-15)); // unit weighting: χ² = SSR, ohm²
        for (int i = 0; i < se.length; i++) {
            ParameterEstimate p = r.parameters().get(i);
            if (p.name().startsWith("Wo1")) {
                // our point lies 0.3σ further along the valley: compare relative errors, 5 % relative
                assertThat(p.relativeError()).as(p.name()).isCloseTo(se[i] / ref[i], within(se[i] / ref[i] * 0.05));
            } else {
                assertThat(p.stderr()).as(p.name()).isCloseTo(se[i], within(se[i] * 0.05)); // 5 % relative
            }
            assertThat(p.determined()).isTrue();
        }
        assertThat(r.warnings()).isEmpty();
        assertThat(r.reducedChi2()).isCloseTo(r.chi2() / (2 * 57 - 7), within(1e-18));
    }

    @Test
    void a2ModulusWeighting() {
        FitResult r = fit("R0-p(R1,C1)-p(R2-Wo1,C2)", TestSpectra.example(), Weighting.MODULUS,
                0.01, 0.01, 100, 0.01, 0.05, 100, 1);
        assertValues(r, 1e-2, 1.63986e-2, 9.05622e-3, 3.06043, 5.28668e-3, 0.144869, 1320.13, 0.201514);
        double chi2Mod = 0;
        ImpedanceSpectrum s = TestSpectra.example();
        double[] rr = r.residualsReal();
        double[] ri = r.residualsImag();
        for (int i = 0; i < s.size(); i++) {
            chi2Mod += (rr[i] * rr[i] + ri[i] * ri[i]) / (s.modulus(i) * s.modulus(i));
        }
        assertThat(r.chi2()).isCloseTo(chi2Mod, within(chi2Mod * 1e-12)); // dimensionless
        // EXPECTED.md: Wo1's 1σ exceeds its value, so it must be flagged
        assertThat(r.parameter("Wo1_1").determined()).isFalse();
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Wo1_1"));
    }

    @Test
    void b3AndB4HighFrequencyCpe() {
        ImpedanceSpectrum s = TestSpectra.example().withFrequencyRange(0.1, 1e9);
        assertThat(s.size()).isEqualTo(42);
        FitResult b3 = fit("R0-p(R1,CPE1)", s, Weighting.UNIT, 0.01, 0.03, 1.0, 0.8);
        assertValues(b3, 1e-3, 1.45790e-2, 2.34092e-2, 8.65655, 0.434695);
        assertThat(b3.ssr()).isCloseTo(1.22977e-5, within(1.22977e-5 * 1e-3)); // ohm², 1e-3 relative
        FitResult b4 = fit("R0-p(R1,CPE1)", s, Weighting.MODULUS, 0.01, 0.03, 1.0, 0.8);
        assertValues(b4, 1e-3, 1.46510e-2, 2.32112e-2, 8.47945, 0.441467);
    }

    @Test
    void c1Randles() {
        FitResult r = fit("R0-p(R1-Wo1,C1)", TestSpectra.example(), Weighting.UNIT, 0.01, 0.005, 0.01, 200, 0.1);
        assertValues(r, 1e-3, 1.86236e-2, 1.16804e-2, 6.27121e-2, 221.233, 1.17171);
        Complex z = r.circuit().impedance(r.values(), 10.0);
        assertThat(z.getReal()).isCloseTo(0.0251618, within(0.0251618 * 1e-3)); // ohm
        assertThat(z.getImaginary()).isCloseTo(-0.00601304, within(0.00601304 * 1e-3)); // ohm
        assertThat(r.predict(new double[] {10.0}).real(0)).isCloseTo(z.getReal(), within(1e-15)); // ohm
    }

    @Test
    void b1IllPosedResistanceIsNotDetermined() {
        FitResult r = fit("R0-p(R1,CPE1)", TestSpectra.example(), Weighting.UNIT, 0.01, 0.03, 1.0, 0.8);
        assertThat(r.parameter("R1").determined()).isFalse();
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("R1 is not determined"));
    }
}
