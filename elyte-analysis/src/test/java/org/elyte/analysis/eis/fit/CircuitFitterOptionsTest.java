package org.elyte.analysis.eis.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.junit.jupiter.api.Test;

class CircuitFitterOptionsTest {
    private static final Circuit RQ = Circuit.parse("R0-p(R1,CPE1)");
    private static final ImpedanceSpectrum HF = TestSpectra.example().withFrequencyRange(0.1, 1e9);
    private static final Map<String, Double> START = Map.of("R0", 0.01, "R1", 0.03, "CPE1_0", 1.0, "CPE1_1", 0.8);

    @Test
    void unknownParameterNameIsRejected() {
        assertThatThrownBy(() -> CircuitFitter.fit(RQ, HF, FitOptions.defaults().withInitial(Map.of("R9", 1.0))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("R9").hasMessageContaining("CPE1_1");
    }

    @Test
    void tooFewPointsIsAnAnalysisError() {
        ImpedanceSpectrum one = HF.filter(i -> i == 0, "none");
        assertThatThrownBy(() -> CircuitFitter.fit(RQ, one, FitOptions.defaults()))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("exampleData.csv");
    }

    @Test
    void fixedParameterStaysAndIsReported() {
        FitResult r = CircuitFitter.fit(RQ, HF, FitOptions.defaults().withWeighting(Weighting.UNIT).withInitial(START)
                .withFixed(Map.of("CPE1_1", 0.5)));
        assertThat(r.parameter("CPE1_1").value()).isEqualTo(0.5);
        assertThat(r.parameter("CPE1_1").fixed()).isTrue();
        assertThat(r.reducedChi2()).isCloseTo(r.chi2() / (2 * 42 - 3), within(1e-18)); // 3 free parameters
        assertThat(r.provenance().options()).containsEntry("fixed", "{CPE1_1=0.5}");
    }

    @Test
    void boundsAreRespected() {
        FitResult r = CircuitFitter.fit(RQ, HF, FitOptions.defaults().withWeighting(Weighting.UNIT).withInitial(START)
                .withBounds("CPE1_1", 0.5, 0.6));
        assertThat(r.parameter("CPE1_1").value()).isBetween(0.5, 0.6); // free optimum 0.4347 lies outside
    }

    @Test
    void everyWeightingFitsAndRanksModels() {
        for (Weighting w : Weighting.values()) {
            FitResult r = CircuitFitter.fit(RQ, HF, FitOptions.defaults().withWeighting(w).withInitial(START));
            assertThat(r.weighting()).isEqualTo(w);
            // the model misfits this data, so each weighting has its own optimum (proportional: n ≈ 0.57)
            assertThat(r.parameter("CPE1_1").value()).as(w.name()).isBetween(0.4, 0.6);
            assertThat(r.aic()).isLessThan(r.bic()); // ln(84) > 2
            assertThat(r.correlation()[0][0]).isCloseTo(1.0, within(1e-12));
            assertThat(r.model().size()).isEqualTo(42);
        }
    }
}
