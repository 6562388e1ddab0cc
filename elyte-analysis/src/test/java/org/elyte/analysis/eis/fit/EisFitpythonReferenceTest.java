package org.elyte.analysis.eis.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.junit.jupiter.api.Test;

/** EXPECTED.md §2: the EISFitpython temperature series, modulus weighting, chained starts. */
class EisFitpythonReferenceTest {
    static final Circuit CIRCUIT = Circuit.parse("p(R1,CPE1)-p(R2,CPE2)-CPE3");
    static final int[] TEMPS = {140, 160, 170, 180, 200};
    /** R1, Q1, n1, R2, Q2, n2, Q3, n3, χ²_mod per temperature. */
    static final double[][] REF = {
        {1.46223e5, 6.5154e-11, 0.8382, 2.01222e6, 1.5457e-10, 0.7872, 1.3822e-6, 0.5442, 7.332255e-3},
        {7.94915e4, 1.3645e-10, 0.7909, 6.67314e5, 1.3646e-10, 0.8203, 2.6718e-6, 0.5828, 2.615951e-3},
        {5.60527e4, 1.5380e-10, 0.7857, 3.98003e5, 1.2411e-10, 0.8360, 3.5624e-6, 0.5846, 1.233031e-3},
        {3.98390e4, 1.4900e-10, 0.7898, 2.43026e5, 1.1023e-10, 0.8527, 4.6938e-6, 0.5794, 1.213739e-3},
        {2.24614e4, 1.4911e-10, 0.7948, 9.50219e4, 7.9389e-11, 0.8910, 8.6303e-6, 0.5568, 1.731865e-3}};

    static List<ImpedanceSpectrum> spectra() {
        return java.util.Arrays.stream(TEMPS).mapToObj(t -> TestSpectra.load("EISFitpython/s04147-" + t + "deg.txt"))
                .toList();
    }

    /** Values with the two RQ arcs ordered as in the reference: smaller C_eff (bulk) first. */
    static double[] bulkFirst(FitResult r) {
        double[] v = r.values();
        if (cEff(v[3], v[4], v[5]) < cEff(v[0], v[1], v[2])) {
            return new double[] {v[3], v[4], v[5], v[0], v[1], v[2], v[6], v[7]};
        }
        return v;
    }

    static double cEff(double r, double q, double n) {
        return Math.pow(Math.pow(r, 1 - n) * q, 1 / n);
    }

    static void assertMatches(FitResult r, double[] ref) {
        double[] v = bulkFirst(r);
        for (int i = 0; i < 8; i++) {
            boolean resistance = i == 0 || i == 3;
            double tol = resistance ? 1e-3 : 1e-2; // relative: R 1e-3, Q and n 1e-2
            assertThat(v[i]).as(CIRCUIT.parameterNames().get(i)).isCloseTo(ref[i], within(Math.abs(ref[i]) * tol));
        }
        assertThat(r.chi2()).isCloseTo(ref[8], within(ref[8] * 1e-3)); // χ²_mod, dimensionless, 1e-3 relative
    }

    @Test
    void seriesFromPublishedStartValues() {
        double[] start = {1.8e6, 1.3e-11, 0.9, 8.2e6, 1.3e-9, 0.9, 5.7e-7, 0.6};
        Map<String, Double> init = new LinkedHashMap<>();
        for (int i = 0; i < start.length; i++) {
            init.put(CIRCUIT.parameterNames().get(i), start[i]);
        }
        List<ImpedanceSpectrum> spectra = spectra();
        assertThat(spectra.get(0).size()).isEqualTo(42);
        List<FitResult> fits = CircuitFitter.fitSeries(CIRCUIT, spectra,
                FitOptions.defaults().withWeighting(Weighting.MODULUS).withInitial(init));
        for (int k = 0; k < TEMPS.length; k++) {
            assertMatches(fits.get(k), REF[k]);
        }
    }

    @Test
    void estimatedStartValuesReachTheSameChiSquare() {
        FitResult r = CircuitFitter.fit(CIRCUIT, spectra().get(0),
                FitOptions.defaults().withWeighting(Weighting.MODULUS).withMultiStart(8));
        assertThat(r.chi2()).isCloseTo(REF[0][8], within(REF[0][8] * 1e-3)); // χ²_mod, 1e-3 relative
        assertMatches(r, REF[0]);
    }

    @Test
    void arcsAreLabelledByEffectiveCapacitance() {
        double[] v = REF[0];
        // the reference values with the arcs deliberately swapped: labels must not depend on order
        Map<String, Double> swapped = new LinkedHashMap<>();
        double[] s = {v[3], v[4], v[5], v[0], v[1], v[2], v[6], v[7]};
        for (int i = 0; i < s.length; i++) {
            swapped.put(CIRCUIT.parameterNames().get(i), s[i]);
        }
        FitResult r = CircuitFitter.fit(CIRCUIT, spectra().get(0),
                FitOptions.defaults().withWeighting(Weighting.MODULUS).withInitial(swapped));
        List<Arc> arcs = Arcs.of(r);
        assertThat(arcs).hasSize(3);
        Arc bulk = arcs.stream().filter(a -> a.label() == ArcLabel.BULK).findFirst().orElseThrow();
        Arc gb = arcs.stream().filter(a -> a.label() == ArcLabel.GRAIN_BOUNDARY).findFirst().orElseThrow();
        assertThat(bulk.effectiveCapacitanceF()).isBetween(6e-12, 7e-12); // F, EXPECTED.md: 6–7 pF
        assertThat(gb.effectiveCapacitanceF()).isCloseTo(18e-12, within(1e-12)); // F, ≈ 18 pF
        assertThat(bulk.resistanceOhm()).isCloseTo(v[0], within(v[0] * 1e-3)); // ohm
        assertThat(bulk.resistanceStderrOhm()).isPositive();
        assertThat(gb.resistanceOhm()).isCloseTo(v[3], within(v[3] * 1e-3)); // ohm
        assertThat(arcs.get(2).label()).isEqualTo(ArcLabel.ELECTRODE);
        assertThat(arcs.get(2).isSpur()).isTrue();
        // apex of an RQ arc: 1/(2π (RQ)^(1/n)), Hz
        assertThat(bulk.apexFrequencyHz()).isCloseTo(1 / (2 * Math.PI * Math.pow(bulk.resistanceOhm() * bulk.q(),
                1 / bulk.n())), within(1e-6 * bulk.apexFrequencyHz()));
    }
}
