package org.elyte.analysis.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.geometry.Temperatures;
import org.junit.jupiter.api.Test;

class TransportPropertiesTest {

    @Test
    void fileNameParsingNeverThrowsAndStaysPhysical() {
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s ->
                Temperatures.fromFileName(s).ifPresent(k -> assertThat(k).isPositive().isFinite()));
        qt().withExamples(500).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 30)).checkAssert(s ->
                Temperatures.fromFileName(s).ifPresent(k -> assertThat(k).isPositive().isFinite()));
    }

    @Test
    void arrheniusRecoversAnyActivationEnergy() {
        qt().withExamples(200).forAll(doubles().between(0.05, 2.0), doubles().between(-5, 25)).checkAssert((ea, lnA) -> {
            List<ArrheniusPoint> pts = new ArrayList<>();
            for (double t = 280; t <= 420; t += 20) {
                pts.add(new ArrheniusPoint(t, Math.exp(lnA - ea / (TransportConstants.BOLTZMANN_EV_PER_K * t)) / t, 0));
            }
            ActivationEnergy r = Arrhenius.fit(pts, ArrheniusForm.SIGMA_T);
            assertThat(r.activationEnergyEV()).isCloseTo(ea, within(1e-8)); // eV
        });
    }
}
