package org.elyte.analysis.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.geometry.CellGeometry;
import org.junit.jupiter.api.Test;

class ArrheniusTest {
    private static final double[] T_C = {140, 160, 170, 180, 200};
    private static final double[] BULK = {1.46223e5, 7.94915e4, 5.60527e4, 3.98390e4, 2.24614e4};
    private static final double[] GB = {2.01222e6, 6.67314e5, 3.98003e5, 2.43026e5, 9.50219e4};
    private static final CellGeometry PELLET = CellGeometry.ofDiameter("0.21 cm", "0.8 cm");

    private static List<ArrheniusPoint> points(double[] bulk, double[] gb) {
        List<ArrheniusPoint> pts = new ArrayList<>();
        for (int i = 0; i < T_C.length; i++) {
            double r = bulk[i] + (gb == null ? 0 : gb[i]);
            pts.add(ArrheniusPoint.ofCelsius(T_C[i], Conductivities.of(r, 0, PELLET)));
        }
        return pts;
    }

    /** EXPECTED.md §2: EISFitpython pellet, unweighted ln(σT) against 1/T. */
    @Test
    void reproducesEisFitpythonActivationEnergies() {
        ActivationEnergy bulk = Arrhenius.fit(points(BULK, null), ArrheniusForm.SIGMA_T);
        assertThat(bulk.activationEnergyEV()).isCloseTo(0.5690, within(0.002)); // eV
        assertThat(bulk.stderrEV()).isCloseTo(0.0142, within(0.0142 * 0.05)); // eV, 5 %
        ActivationEnergy gb = Arrhenius.fit(points(GB, null), ArrheniusForm.SIGMA_T);
        assertThat(gb.activationEnergyEV()).isCloseTo(0.8947, within(0.002)); // eV
        assertThat(gb.stderrEV()).isCloseTo(0.0028, within(0.0028 * 0.05)); // eV, 5 %
        ActivationEnergy total = Arrhenius.fit(points(BULK, GB), ArrheniusForm.SIGMA_T);
        assertThat(total.activationEnergyEV()).isCloseTo(0.8557, within(0.002)); // eV
        assertThat(total.stderrEV()).isCloseTo(0.0008, within(0.0008 * 0.07)); // eV, the reference has 1 digit
        assertThat(total.activationEnergyKJPerMol()).isCloseTo(0.8557 * 96.485332, within(0.2)); // kJ/mol
        assertThat(bulk.points()).isEqualTo(5);
        assertThat(bulk.rSquared()).isGreaterThan(0.99);
        assertThat(bulk.notes()).isEmpty();
        // the fitted line passes close to the measured σ(140 °C) = 2.8572e-6 S/cm
        assertThat(bulk.sigmaAtSPerM(413.15) / 100).isCloseTo(2.8572e-6, within(0.1 * 2.8572e-6)); // S/cm, 10 %
    }

    @Test
    void conductivityFromResistanceAndGeometry() {
        Conductivity c = Conductivities.of(1.46223e5, 1.46223e3, PELLET);
        assertThat(c.sigmaSPerCm()).isCloseTo(2.8572e-6, within(1e-4 * 2.8572e-6)); // S/cm, 1e-4 relative
        assertThat(c.stderrSPerCm()).isCloseTo(0.01 * c.sigmaSPerCm(), within(1e-12)); // S/cm: 1 % from R only
        CellGeometry uncertain = CellGeometry.ofArea("0.21 cm", "0.502655 cm2");
        assertThat(Conductivities.of(1, 0, uncertain).sigmaSPerM()).isCloseTo(0.21e-2 / 0.502655e-4,
                within(1e-9)); // S/m
        assertThatThrownBy(() -> Conductivities.of(0, 0, PELLET)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("resistance");
        assertThatThrownBy(() -> Conductivities.of(1, -1, PELLET)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void recoversSyntheticTruthInBothForms() {
        double ea = 0.42; // eV
        double lnA = 12.3;
        for (ArrheniusForm form : ArrheniusForm.values()) {
            List<ArrheniusPoint> pts = new ArrayList<>();
            for (double t = 250; t <= 400; t += 25) {
                double lnY = lnA - ea / (TransportConstants.BOLTZMANN_EV_PER_K * t);
                double sigma = form == ArrheniusForm.SIGMA_T ? Math.exp(lnY) / t : Math.exp(lnY);
                pts.add(new ArrheniusPoint(t, sigma, 0.02 * sigma));
            }
            ActivationEnergy r = Arrhenius.fit(pts, form);
            assertThat(r.activationEnergyEV()).as(form.name()).isCloseTo(ea, within(1e-9)); // eV
            assertThat(r.lnPrefactor()).as(form.name()).isCloseTo(lnA, within(1e-8)); // ln(S K/m) or ln(S/m)
            assertThat(r.rSquared()).isCloseTo(1, within(1e-12));
            ActivationEnergy w = Arrhenius.fit(pts, form, ArrheniusWeighting.INVERSE_VARIANCE);
            assertThat(w.activationEnergyEV()).isCloseTo(ea, within(1e-9)); // eV
            assertThat(w.provenance().options()).containsEntry("weighting", "INVERSE_VARIANCE");
            double s25 = r.sigmaAtSPerM(298.15);
            assertThat(r.sigmaAt25CSPerM()).isCloseTo(s25, within(1e-12 * s25)); // S/m
        }
    }

    @Test
    void weightingDownweightsUncertainPoints() {
        List<ArrheniusPoint> pts = new ArrayList<>();
        double ea = 0.5;
        for (double t = 300; t <= 400; t += 20) {
            double sigma = Math.exp(10 - ea / (TransportConstants.BOLTZMANN_EV_PER_K * t)) / t;
            boolean outlier = t == 400;
            pts.add(new ArrheniusPoint(t, outlier ? sigma * 1.5 : sigma, outlier ? sigma : 1e-3 * sigma));
        }
        ActivationEnergy ols = Arrhenius.fit(pts, ArrheniusForm.SIGMA_T);
        ActivationEnergy wls = Arrhenius.fit(pts, ArrheniusForm.SIGMA_T, ArrheniusWeighting.INVERSE_VARIANCE);
        assertThat(Math.abs(wls.activationEnergyEV() - ea)).isLessThan(1e-3); // eV
        assertThat(Math.abs(ols.activationEnergyEV() - ea)).isGreaterThan(0.02); // eV
    }

    @Test
    void twoPointsGiveNoStandardErrorAndSayWhy() {
        List<ArrheniusPoint> pts = List.of(new ArrheniusPoint(300, 1e-3, 0), new ArrheniusPoint(350, 1e-2, 0));
        ActivationEnergy r = Arrhenius.fit(pts, ArrheniusForm.SIGMA);
        double expected = Math.log(10) * TransportConstants.BOLTZMANN_EV_PER_K / (1 / 300.0 - 1 / 350.0);
        assertThat(r.activationEnergyEV()).isCloseTo(expected, within(1e-12)); // eV
        assertThat(r.stderrEV()).isNaN();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("two points"));
        ActivationEnergy w = Arrhenius.fit(pts, ArrheniusForm.SIGMA, ArrheniusWeighting.INVERSE_VARIANCE);
        assertThat(w.notes()).anySatisfy(n -> assertThat(n).contains("unweighted"));
    }

    @Test
    void rejectsBadPoints() {
        assertThatThrownBy(() -> Arrhenius.fit(List.of(new ArrheniusPoint(300, 1, 0)), ArrheniusForm.SIGMA_T))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Arrhenius.fit(List.of(new ArrheniusPoint(300, 1, 0), new ArrheniusPoint(300, 2, 0)),
                ArrheniusForm.SIGMA_T)).isInstanceOf(InvalidInputException.class).hasMessageContaining("300.0 K");
        assertThatThrownBy(() -> new ArrheniusPoint(0, 1, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ArrheniusPoint(300, -1, 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("conductivity");
        assertThatThrownBy(() -> new ArrheniusPoint(300, Double.NaN, 0)).isInstanceOf(InvalidInputException.class);
    }
}
