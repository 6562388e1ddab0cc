package org.elyte.analysis.eis.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.circuit.ParameterKind;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: spectra synthesised from random physical parameters (50 log-spaced points,
 * 10 mHz–10 MHz, 0.1 % multiplicative Gaussian noise on Z' and Z'', seeded) are fitted back
 * (modulus weighting, start = truth × e^(0.3·g) and exponents ± 0.05); every determined
 * parameter lies within 5 standard errors or 5 % of the truth.
 */
class SyntheticRecoveryTest {

    record Case(String circuit, Function<Random, double[]> truth) {
        @Override
        public String toString() {
            return circuit;
        }
    }

    static double dec(Random r, double lo, double decades) {
        return Math.pow(10, lo + decades * r.nextDouble());
    }

    static double lin(Random r, double lo, double width) {
        return lo + width * r.nextDouble();
    }

    static Case[] cases() {
        return new Case[] {
            new Case("R0-C1", r -> new double[] {dec(r, 1, 2), dec(r, -8, 3)}),
            new Case("R0-L1", r -> new double[] {dec(r, 0, 2), dec(r, -6, 2)}),
            new Case("R0-CPE1", r -> new double[] {dec(r, 1, 2), dec(r, -8, 3), lin(r, 0.5, 0.45)}),
            new Case("R0-W1", r -> new double[] {dec(r, 1, 2), dec(r, 1, 2)}),
            new Case("R0-Wo1", r -> new double[] {dec(r, 0, 2), dec(r, 1, 3), dec(r, -4, 3)}),
            new Case("R0-Ws1", r -> new double[] {dec(r, 0, 2), dec(r, 1, 3), dec(r, -4, 3)}),
            new Case("R0-La1", r -> new double[] {dec(r, 0, 2), dec(r, -6, 2), lin(r, 0.6, 0.35)}),
            new Case("R0-G1", r -> new double[] {dec(r, 0, 2), dec(r, 1, 3), dec(r, -5, 3)}),
            new Case("R0-Gs1", r -> new double[] {dec(r, 0, 2), dec(r, 1, 3), dec(r, -5, 3), lin(r, 0.3, 1.5)}),
            new Case("R0-Zarc1", r -> new double[] {dec(r, 0, 2), dec(r, 1, 3), dec(r, -5, 3), lin(r, 0.6, 0.35)}),
            new Case("R0-K1", r -> new double[] {dec(r, 0, 2), dec(r, 1, 3), dec(r, -5, 3)}),
            new Case("R0-p(R1,CPE1)", r -> new double[] {dec(r, 0, 2), dec(r, 2, 3), dec(r, -9, 3), lin(r, 0.6, 0.35)}),
            new Case("R0-p(R1,C1)-p(R2,C2)-W1", r -> new double[] {dec(r, 0, 1), dec(r, 2, 2), dec(r, -10, 1),
                dec(r, 2, 2), dec(r, -7, 1), dec(r, 2, 2)}),
            new Case("p(R1,CPE1)-p(R2,CPE2)-CPE3", r -> new double[] {dec(r, 3, 2), dec(r, -11, 1), lin(r, 0.75, 0.2),
                dec(r, 4, 2), dec(r, -9, 1), lin(r, 0.75, 0.2), dec(r, -7, 1), lin(r, 0.4, 0.4)}),
            new Case("R0-p(R1-Wo1,C1)", r -> new double[] {dec(r, 0, 1), dec(r, 1, 2), dec(r, 1, 2), dec(r, -2, 2),
                dec(r, -6, 2)})};
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fittedParametersRecoverTheTruth(Case c) {
        Circuit circuit = Circuit.parse(c.circuit());
        qt().withFixedSeed(c.circuit().hashCode()).withExamples(8).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            double[] truth = c.truth().apply(rnd);
            ImpedanceSpectrum s = synthesize(circuit, truth, rnd);
            Map<String, Double> start = new LinkedHashMap<>();
            for (int k = 0; k < truth.length; k++) {
                boolean exponent = circuit.parameterSpecs().get(k).kind() == ParameterKind.EXPONENT;
                double v = exponent ? Math.min(0.99, truth[k] + 0.05 * (2 * rnd.nextDouble() - 1))
                        : truth[k] * Math.exp(0.3 * rnd.nextGaussian());
                start.put(circuit.parameterNames().get(k), v);
            }
            FitResult r = CircuitFitter.fit(circuit, s, FitOptions.defaults().withInitial(start));
            assertThat(r.warnings()).noneMatch(w -> w.startsWith("not converged"));
            assertThat(r.parameters()).anyMatch(ParameterEstimate::determined);
            for (int k = 0; k < truth.length; k++) {
                ParameterEstimate p = r.parameters().get(k);
                if (!p.determined()) {
                    continue;
                }
                // within 5 standard errors or 5 % of the truth, parameter unit
                double allowed = Math.max(5 * p.stderr(), 0.05 * Math.abs(truth[k]));
                assertThat(Math.abs(p.value() - truth[k])).as("%s %s seed %d", c.circuit(), p.name(), seed)
                        .isLessThanOrEqualTo(allowed);
            }
        });
    }

    static ImpedanceSpectrum synthesize(Circuit circuit, double[] truth, Random rnd) {
        int n = 50;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = Math.pow(10, 7 - 9.0 * i / (n - 1));
        }
        ImpedanceSpectrum clean = circuit.predict(truth, f);
        double[] re = clean.reals();
        double[] im = clean.imags();
        for (int i = 0; i < n; i++) {
            re[i] *= 1 + 1e-3 * rnd.nextGaussian();
            im[i] *= 1 + 1e-3 * rnd.nextGaussian();
        }
        return ImpedanceSpectrum.of(f, re, im, Metadata.empty());
    }
}
