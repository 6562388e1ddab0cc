package org.elyte.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.numerics.Background;
import org.elyte.core.numerics.PeakShape;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.junit.jupiter.api.Test;

class StructureTest {

    private static Recording curve(Quantity xq, double[] x, double[] y) {
        Map<Quantity, double[]> c = new LinkedHashMap<>();
        c.put(xq, x);
        c.put(Quantity.INTENSITY, y);
        return Recording.of(c, Metadata.empty());
    }

    /** Synthetic Xeuss-like curve, q = 0.07–3.8 nm⁻¹: power-law decay plus a Lorentzian peak at qPeak (nm⁻¹), 2 % noise. */
    private static Recording saxs(double qPeakPerNm, long seed) {
        Random rnd = new Random(seed);
        int n = 600;
        double[] q = new double[n];
        double[] in = new double[n];
        for (int i = 0; i < n; i++) {
            double qn = 0.07 * Math.pow(3.8 / 0.07, i / (n - 1.0));
            q[i] = qn * 1e9;
            double v = 5 * Math.pow(qn, -2.2) + PeakShape.LORENTZIAN.value(qn, 60, qPeakPerNm, 0.12, 0) + 0.5;
            in[i] = v * (1 + 0.02 * rnd.nextGaussian());
        }
        return curve(Quantity.SCATTERING_VECTOR, q, in);
    }

    @Test
    void tableS3SpacingsFromPrintedPeakPositions() {
        // seed_methods.md §3.3 / Table S3 of [003]: q (nm⁻¹) → printed L0 (nm)
        double[][] rows = {{0.477, 13.17}, {0.511, 12.29}, {0.485, 12.95}, {0.499, 12.59}};
        for (double[] row : rows) {
            assertThat(Saxs.spacing(row[0] * 1e9) * 1e9).isCloseTo(row[1], within(0.006)); // nm, as §3.3 states
        }
    }

    @Test
    void fittedPeaksOfSyntheticCurvesReproduceTableS3() {
        double[][] rows = {{0.477, 13.17}, {0.511, 12.29}, {0.485, 12.95}, {0.499, 12.59}};
        long seed = 1;
        for (double[] row : rows) {
            SaxsPeak p = Saxs.domainSpacing(saxs(row[0], seed++), PeakShape.PSEUDO_VOIGT, Background.POWER_LAW,
                    Double.NaN, Double.NaN);
            assertThat(p.qPerM() / 1e9).isCloseTo(row[0], within(0.003)); // nm⁻¹
            assertThat(p.spacingM() * 1e9).isCloseTo(row[1], within(0.08)); // nm
            assertThat(p.spacingSigmaM() * 1e9).isPositive().isLessThan(0.1); // nm
            SaxsPeak ranged = Saxs.domainSpacing(saxs(row[0], seed++), PeakShape.LORENTZIAN, Background.POWER_LAW,
                    0.25e9, 0.9e9);
            assertThat(ranged.spacingM() * 1e9).isCloseTo(row[1], within(0.08)); // nm
        }
    }

    @Test
    void featurelessSaxsCurveIsRejected() {
        double[] q = new double[200];
        double[] in = new double[200];
        for (int i = 0; i < q.length; i++) {
            q[i] = (0.1 + 0.01 * i) * 1e9;
            in[i] = Math.pow(q[i] / 1e9, -3);
        }
        assertThatThrownBy(() -> Saxs.domainSpacing(curve(Quantity.SCATTERING_VECTOR, q, in), PeakShape.LORENTZIAN,
                Background.POWER_LAW, Double.NaN, Double.NaN)).isInstanceOf(AnalysisException.class);
    }

    @Test
    void xrdPeaksBraggAndScherrer() {
        // 2θ 10–60°, 0.01° steps, peaks at 19.2° and 23.4° (PEO-like) with FWHM 0.30° and 0.45°, noise 3 counts
        Random rnd = new Random(3);
        int n = 5001;
        double[] tt = new double[n];
        double[] in = new double[n];
        for (int i = 0; i < n; i++) {
            double deg = 10 + 0.01 * i;
            tt[i] = Math.toRadians(deg);
            in[i] = 200 - 1.5 * deg + PeakShape.PSEUDO_VOIGT.value(deg, 1000, 19.2, 0.30, 0.5)
                    + PeakShape.PSEUDO_VOIGT.value(deg, 600, 23.4, 0.45, 0.5) + 3 * rnd.nextGaussian();
        }
        List<XrdPeak> peaks = Xrd.peaks(curve(Quantity.DIFFRACTION_ANGLE, tt, in), XrdOptions.defaults());
        assertThat(peaks).hasSize(2);
        XrdPeak a = peaks.get(0);
        assertThat(Math.toDegrees(a.twoThetaRad())).isCloseTo(19.2, within(0.005)); // deg
        assertThat(a.fitted()).isTrue();
        // d = 1.5406 / (2 sin 9.6°) = 4.619 Å
        assertThat(a.dSpacingM() * 1e10).isCloseTo(1.5406 / (2 * Math.sin(Math.toRadians(9.6))), within(0.002)); // Å
        assertThat(Math.toDegrees(a.fwhmRad())).isCloseTo(0.30, within(0.01)); // deg
        double expected = 0.9 * 1.5406e-10 / (Math.toRadians(0.30) * Math.cos(Math.toRadians(9.6)));
        assertThat(a.crystalliteSizeM()).isCloseTo(expected, within(0.04 * expected)); // m, 4 % (width to ±0.01°)
        // instrumental 0.1° Gaussian correction: β = √(0.45² − 0.1²)
        XrdPeak b = Xrd.peaks(curve(Quantity.DIFFRACTION_ANGLE, tt, in),
                XrdOptions.defaults().withInstrumental(Math.toRadians(0.1), BroadeningCorrection.GAUSSIAN)).get(1);
        assertThat(Math.toDegrees(b.sampleFwhmRad())).isCloseTo(Math.sqrt(0.45 * 0.45 - 0.01), within(0.01)); // deg
        assertThat(BroadeningCorrection.LORENTZIAN.apply(0.1, 0.2)).isNaN();
    }

    @Test
    void pureNoiseHasNoPeaks() {
        Random rnd = new Random(9);
        double[] tt = new double[3000];
        double[] in = new double[3000];
        for (int i = 0; i < tt.length; i++) {
            tt[i] = Math.toRadians(10 + 0.01 * i);
            in[i] = 100 + 5 * rnd.nextGaussian();
        }
        assertThat(Xrd.peaks(curve(Quantity.DIFFRACTION_ANGLE, tt, in), XrdOptions.defaults())).isEmpty();
    }
}
