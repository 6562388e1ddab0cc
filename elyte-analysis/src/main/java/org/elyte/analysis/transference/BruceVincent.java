package org.elyte.analysis.transference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.provenance.Provenance;

/**
 * Bruce–Vincent–Evans transference number (Evans, Vincent, Bruce, Polymer 28 (1987) 2324; Bruce,
 * Evans, Vincent, Solid State Ionics 28–30 (1988) 918):
 * t₊ = I_ss (ΔV − I_0 R_0) / [I_0 (ΔV − I_ss R_ss)], with R_0 and R_ss the interfacial resistances
 * before and after the polarization. The uncertainty is propagated to first order with
 * ∂ln t/∂I_ss = 1/I_ss + R_ss/B, ∂ln t/∂I_0 = −1/I_0 − R_0/A, ∂ln t/∂R_0 = −I_0/A,
 * ∂ln t/∂R_ss = I_ss/B, where A = ΔV − I_0 R_0 and B = ΔV − I_ss R_ss.
 */
public final class BruceVincent {
    /** Method name in provenance. */
    public static final String METHOD = "transference.bruce-vincent";
    /** Method version. */
    public static final String VERSION = "1.0";
    /** Above this fraction of ΔV dropped across the interfaces, a warning says the corrections dominate. */
    public static final double DOMINANT_CORRECTION = 0.5;

    private BruceVincent() {
    }

    /**
     * @param deltaV applied polarization, V (&gt; 0)
     * @param decay I_0 and I_ss
     * @param r0 interfacial resistance before, Ω
     * @param rss interfacial resistance after, Ω
     * @return t₊ with uncertainty
     * @throws AnalysisException when I·R exceeds ΔV (the formula has no meaning)
     */
    public static TransferenceNumber compute(double deltaV, CurrentDecay decay, Resistance r0, Resistance rss) {
        if (!(deltaV > 0) || !Double.isFinite(deltaV)) {
            throw new InvalidInputException("the polarization ΔV must be positive, got " + deltaV + " V");
        }
        double i0 = decay.initialA();
        double iss = decay.steadyA();
        double a = deltaV - i0 * r0.valueOhm();
        double b = deltaV - iss * rss.valueOhm();
        if (!(a > 0) || !(b > 0)) {
            throw new AnalysisException(String.format(Locale.ROOT, "I_0*R_0 = %.4g V or I_ss*R_ss = %.4g V is not below"
                    + " the applied %.4g V: the interfacial resistances or currents are inconsistent (units?)",
                    i0 * r0.valueOhm(), iss * rss.valueOhm(), deltaV));
        }
        double t = iss * a / (i0 * b);
        double dIss = 1 / iss + rss.valueOhm() / b;
        double dI0 = -1 / i0 - r0.valueOhm() / a;
        double dR0 = -i0 / a;
        double dRss = iss / b;
        double rel2 = sq(dIss * decay.steadyStderrA()) + sq(dI0 * decay.initialStderrA()) + sq(dR0 * r0.stderrOhm())
                + sq(dRss * rss.stderrOhm());
        List<String> warnings = new ArrayList<>(decay.warnings());
        double f0 = i0 * r0.valueOhm() / deltaV;
        double fss = iss * rss.valueOhm() / deltaV;
        if (f0 > DOMINANT_CORRECTION || fss > DOMINANT_CORRECTION) {
            warnings.add(String.format(Locale.ROOT, "the interfacial corrections dominate: I_0*R_0 is %.0f %% and"
                    + " I_ss*R_ss %.0f %% of dV, so t+ rests more on the impedance fits than on the currents",
                    100 * f0, 100 * fss));
        }
        if (t < 0 || t > 1) {
            warnings.add(String.format(Locale.ROOT, "t+ = %.3f lies outside [0, 1]", t));
        }
        Provenance p = Provenance.of(METHOD, VERSION).withOption("deltaV", deltaV)
                .withOption("initialCurrent", decay.initial()).withOption("r0Source", r0.source())
                .withOption("rssSource", rss.source());
        return new TransferenceNumber(t, Math.abs(t) * Math.sqrt(rel2), iss / i0, a / b, deltaV, decay, r0, rss,
                warnings, p);
    }

    private static double sq(double x) {
        return x * x;
    }
}
