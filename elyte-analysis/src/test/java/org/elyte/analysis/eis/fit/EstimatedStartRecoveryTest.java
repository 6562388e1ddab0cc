package org.elyte.analysis.eis.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: the circuits solid-electrolyte work uses most are fitted back from starting values
 * that elyte estimates from the spectrum itself (no user start, modulus weighting, DRT start plus two
 * alternative estimated starts), for random physical parameters with arcs at least 1.5 decades apart and
 * 0.1 % noise: the arc resistances come back within 5 % (R0 within 5 standard errors or 5 %), and χ² is at the noise
 * level (the global minimum, not a local one).
 */
class EstimatedStartRecoveryTest {

    static SyntheticRecoveryTest.Case[] cases() {
        return new SyntheticRecoveryTest.Case[] {
            // polymer membrane between blocking electrodes: bulk arc + electrode spur
            new SyntheticRecoveryTest.Case("p(R1,CPE1)-CPE2", r -> new double[] {
                SyntheticRecoveryTest.dec(r, 1, 4), SyntheticRecoveryTest.dec(r, -11, 2),
                SyntheticRecoveryTest.lin(r, 0.75, 0.2), SyntheticRecoveryTest.dec(r, -7, 2),
                SyntheticRecoveryTest.lin(r, 0.5, 0.4)}),
            // series resistance plus one arc
            new SyntheticRecoveryTest.Case("R0-p(R1,CPE1)", r -> new double[] {
                SyntheticRecoveryTest.dec(r, 0, 2), SyntheticRecoveryTest.dec(r, 2, 3),
                SyntheticRecoveryTest.dec(r, -9, 3), SyntheticRecoveryTest.lin(r, 0.6, 0.35)}),
            // ceramic pellet: bulk, grain boundary (time constants ≥ 1.5 decades apart), electrode spur
            new SyntheticRecoveryTest.Case("p(R1,CPE1)-p(R2,CPE2)-CPE3", EstimatedStartRecoveryTest::pelletTruth)};
    }

    static double[] pelletTruth(Random r) {
        double r1 = SyntheticRecoveryTest.dec(r, 3, 2);
        double c1 = SyntheticRecoveryTest.dec(r, -12, 1);
        double r2 = r1 * SyntheticRecoveryTest.dec(r, -0.5, 1.5);
        double tau1 = r1 * c1;
        double tau2 = tau1 * SyntheticRecoveryTest.dec(r, 1.5, 1.5);
        double n1 = SyntheticRecoveryTest.lin(r, 0.8, 0.15);
        double n2 = SyntheticRecoveryTest.lin(r, 0.75, 0.2);
        // Q from τ = (R·Q)^(1/n)
        return new double[] {r1, Math.pow(tau1, n1) / r1, n1, r2, Math.pow(tau2, n2) / r2, n2,
            SyntheticRecoveryTest.dec(r, -7, 1), SyntheticRecoveryTest.lin(r, 0.4, 0.4)};
    }

    /** (R, τ = (R·Q)^(1/n)) of every Rk‖CPEk block, sorted by τ. */
    private static List<double[]> blocks(Circuit circuit, double[] v) {
        List<double[]> out = new ArrayList<>();
        List<String> names = circuit.parameterNames();
        for (int k = 1; names.contains("R" + k); k++) {
            int cpe = names.indexOf("CPE" + k + "_0");
            if (cpe >= 0) {
                double rk = v[names.indexOf("R" + k)];
                out.add(new double[] {rk, Math.pow(rk * v[cpe], 1 / v[cpe + 1])});
            }
        }
        out.sort(Comparator.comparingDouble(b -> b[1]));
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void estimatedStartsFindTheGlobalMinimum(SyntheticRecoveryTest.Case c) {
        Circuit circuit = Circuit.parse(c.circuit());
        qt().withFixedSeed(31L * c.circuit().hashCode()).withExamples(10).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            double[] truth = c.truth().apply(rnd);
            ImpedanceSpectrum s = SyntheticRecoveryTest.synthesize(circuit, truth, rnd);
            FitResult r = CircuitFitter.fit(circuit, s, FitOptions.defaults().withMultiStart(3));
            // 0.1 % noise on Z' and Z'' gives χ²_mod ≈ 2N·1e-6 = 1e-4 at the truth
            assertThat(r.chi2()).as("%s seed %d", c.circuit(), seed).isLessThan(3e-4);
            // R‖CPE blocks are interchangeable in the circuit: compare them ordered by time constant
            List<double[]> want = blocks(circuit, truth);
            List<double[]> got = blocks(circuit, r.values());
            for (int k = 0; k < want.size(); k++) {
                double allowed = 0.05 * want.get(k)[0]; // ohm, 5 %
                assertThat(Math.abs(got.get(k)[0] - want.get(k)[0])).as("%s arc %d seed %d", c.circuit(), k, seed)
                        .isLessThanOrEqualTo(allowed);
            }
            if (circuit.parameterNames().contains("R0")) {
                ParameterEstimate r0 = r.parameter("R0");
                assertThat(Math.abs(r0.value() - truth[0])).as("%s R0 seed %d", c.circuit(), seed)
                        .isLessThanOrEqualTo(Math.max(5 * r0.stderr(), 0.05 * truth[0])); // ohm
            }
        });
    }
}
