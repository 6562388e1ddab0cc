package org.elyte.analysis.transport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.provenance.Provenance;

/**
 * Arrhenius fit of σ(T): least squares of ln(σT) (or ln σ) against 1/T, E_a = −slope·k_B.
 * Unweighted by default; see {@link ArrheniusWeighting}.
 */
public final class Arrhenius {
    /** Method version recorded in the provenance. */
    public static final String VERSION = "1";

    private Arrhenius() {
    }

    /**
     * Unweighted Arrhenius fit.
     *
     * @param points at least two points at distinct temperatures
     * @param form the linearisation
     * @return E_a with its standard error
     * @throws AnalysisException on fewer than two points
     * @throws org.elyte.core.error.InvalidInputException on duplicate temperatures
     */
    public static ActivationEnergy fit(List<ArrheniusPoint> points, ArrheniusForm form) {
        return fit(points, form, ArrheniusWeighting.UNWEIGHTED);
    }

    /**
     * Arrhenius fit with a choice of weighting.
     *
     * @param points at least two points at distinct temperatures
     * @param form the linearisation
     * @param weighting weighting of the points
     * @return E_a with its standard error (scaled covariance when weighted)
     * @throws AnalysisException on fewer than two points
     * @throws org.elyte.core.error.InvalidInputException on duplicate temperatures
     */
    public static ActivationEnergy fit(List<ArrheniusPoint> points, ArrheniusForm form, ArrheniusWeighting weighting) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(weighting, "weighting");
        List<ArrheniusPoint> pts = Points.checked(points, 2, "Arrhenius fit");
        int n = pts.size();
        List<String> notes = new ArrayList<>();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        boolean weighted = weighting == ArrheniusWeighting.INVERSE_VARIANCE;
        for (int i = 0; i < n; i++) {
            ArrheniusPoint p = pts.get(i);
            x[i] = 1 / p.temperatureK();
            y[i] = form == ArrheniusForm.SIGMA_T ? Math.log(p.conductivitySPerM() * p.temperatureK()) : p.lnSigma();
            double u = p.stderrSPerM() / p.conductivitySPerM();
            w[i] = u > 0 ? 1 / (u * u) : 0;
            weighted &= u > 0;
        }
        if (weighting == ArrheniusWeighting.INVERSE_VARIANCE && !weighted) {
            notes.add("not every point gives an uncertainty: fitted unweighted");
        }
        if (!weighted) {
            Arrays.fill(w, 1);
        }
        LinearFit lf = LinearFit.of(x, y, w);
        if (n == 2) {
            notes.add("two points: the line passes through both, no standard error");
        }
        double k = TransportConstants.BOLTZMANN_EV_PER_K;
        double ea = -lf.b() * k;
        double se = lf.seB() * k;
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - lf.a() - lf.b() * x[i];
            ssr += r * r;
        }
        double aic = n * Math.log(ssr / n) + 2 * 2;
        double ln25 = lf.a() - ea / (k * TransportConstants.T25C_K);
        double sigma25 = form == ArrheniusForm.SIGMA_T ? Math.exp(ln25) / TransportConstants.T25C_K : Math.exp(ln25);
        Provenance prov = Provenance.of("transport.arrhenius", VERSION).withOption("form", form)
                .withOption("weighting", weighted ? ArrheniusWeighting.INVERSE_VARIANCE : ArrheniusWeighting.UNWEIGHTED)
                .withOption("points", n);
        return new ActivationEnergy(form, ea, se, ea * TransportConstants.KJ_PER_MOL_PER_EV,
                se * TransportConstants.KJ_PER_MOL_PER_EV, lf.a(), lf.seA(), lf.rSquared(), sigma25, n, aic, prov,
                notes);
    }
}
