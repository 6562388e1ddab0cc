package org.elyte.sim.material;

import org.elyte.core.error.InvalidInputException;

/**
 * Effective conductivity of a polymer matrix (σ_m) filled with ceramic particles (σ_f) at filler
 * volume fraction φ (cell_model_reference.md §2.4). Conductivities in S/m (any consistent unit
 * works), fractions dimensionless.
 *
 * <ul>
 * <li>Maxwell-Garnett (dilute spheres; equals the Hashin–Shtrikman bound on the matrix side).</li>
 * <li>Symmetric Bruggeman effective-medium approximation (3-D, percolation at φ = 1/3), solved in
 * closed form with the cancellation-free root of its quadratic.</li>
 * <li>Core–shell interphase (Nan &amp; Smith 1991): each particle coated by a shell of conductivity
 * σ_s and thickness t; the coated sphere's conductivity and enlarged volume fraction are then
 * mixed with the matrix by Maxwell-Garnett or Bruggeman. Once φ' = φ(1 + t/r)³ reaches 1 the
 * matrix is gone and the composite is taken as cores (fraction φ) in a continuous interphase, so
 * σ_eff → σ_f as φ → 1; this gives the conductivity maximum at intermediate filler content.</li>
 * </ul>
 */
public final class CompositeConductivity {

    /** How coated particles are mixed into the matrix. */
    public enum Mixing {
        /** Maxwell-Garnett. */
        MAXWELL_GARNETT,
        /** Symmetric Bruggeman. */
        BRUGGEMAN
    }

    private CompositeConductivity() {
    }

    /**
     * @param sigmaMatrix σ_m in S/m (≥ 0)
     * @param sigmaFiller σ_f in S/m (≥ 0)
     * @param phi filler volume fraction in [0, 1]
     * @return σ_eff = σ_m [σ_f + 2σ_m + 2φ(σ_f − σ_m)] / [σ_f + 2σ_m − φ(σ_f − σ_m)] in S/m
     */
    public static double maxwellGarnett(double sigmaMatrix, double sigmaFiller, double phi) {
        check(sigmaMatrix, sigmaFiller, phi);
        // same expression regrouped so that every term is non-negative (no cancellation)
        double den = sigmaFiller * (1 - phi) + sigmaMatrix * (2 + phi);
        if (den == 0) {
            return sigmaFiller; // σ_m = 0 and φ = 1
        }
        return sigmaMatrix * (sigmaFiller * (1 + 2 * phi) + 2 * sigmaMatrix * (1 - phi)) / den;
    }

    /**
     * Solves φ(σ_f − σ)/(σ_f + 2σ) + (1 − φ)(σ_m − σ)/(σ_m + 2σ) = 0 for σ ≥ 0. It reduces to
     * 2σ² − bσ − σ_mσ_f = 0 with b = (3φ − 1)σ_f + (2 − 3φ)σ_m, whose non-negative root is taken in
     * the form free of cancellation for either sign of b.
     *
     * @param sigmaMatrix σ_m in S/m (≥ 0)
     * @param sigmaFiller σ_f in S/m (≥ 0)
     * @param phi filler volume fraction in [0, 1]
     * @return σ_eff in S/m
     */
    public static double bruggeman(double sigmaMatrix, double sigmaFiller, double phi) {
        check(sigmaMatrix, sigmaFiller, phi);
        double scale = Math.max(sigmaMatrix, sigmaFiller);
        if (scale == 0) {
            return 0;
        }
        double m = sigmaMatrix / scale;
        double f = sigmaFiller / scale;
        double b = (3 * phi - 1) * f + (2 - 3 * phi) * m;
        double root = Math.sqrt(b * b + 8 * m * f);
        double s = b >= 0 ? (b + root) / 4 : 2 * m * f / (root - b);
        return s * scale;
    }

    /**
     * Conductivity of a sphere of radius r and conductivity σ_f coated by a shell of thickness t and
     * conductivity σ_s: σ_cs = σ_s [(σ_f + 2σ_s) + 2d(σ_f − σ_s)] / [(σ_f + 2σ_s) − d(σ_f − σ_s)],
     * d = (r/(r + t))³.
     *
     * @param sigmaCore σ_f in S/m
     * @param sigmaShell σ_s in S/m
     * @param radiusM core radius r in m (&gt; 0)
     * @param shellThicknessM shell thickness t in m (≥ 0)
     * @return σ_cs in S/m
     */
    public static double coatedSphere(double sigmaCore, double sigmaShell, double radiusM, double shellThicknessM) {
        checkGeometry(radiusM, shellThicknessM);
        double d = Math.pow(radiusM / (radiusM + shellThicknessM), 3);
        // the coated sphere is a Maxwell-Garnett mixture of core (fraction d) in shell
        return maxwellGarnett(sigmaShell, sigmaCore, d);
    }

    /**
     * @param phi filler (core) volume fraction
     * @param radiusM core radius in m
     * @param shellThicknessM shell thickness in m
     * @return φ' = φ (1 + t/r)³, capped at 1 (shells then fill the whole volume)
     */
    public static double coatedFraction(double phi, double radiusM, double shellThicknessM) {
        checkGeometry(radiusM, shellThicknessM);
        return Math.min(1.0, phi * Math.pow(1 + shellThicknessM / radiusM, 3));
    }

    /**
     * Core–shell interphase model: coated particles (σ_cs, φ') mixed with the matrix.
     *
     * @param sigmaMatrix σ_m in S/m
     * @param sigmaFiller σ_f (core) in S/m
     * @param sigmaShell σ_s (interphase) in S/m
     * @param radiusM filler radius in m
     * @param shellThicknessM interphase thickness in m
     * @param phi filler volume fraction in [0, 1]
     * @param mixing mixing rule for the coated particles
     * @return σ_eff in S/m
     */
    public static double coreShell(double sigmaMatrix, double sigmaFiller, double sigmaShell, double radiusM,
            double shellThicknessM, double phi, Mixing mixing) {
        check(sigmaMatrix, sigmaFiller, phi);
        check(sigmaShell, sigmaShell, 0);
        double cs = coatedSphere(sigmaFiller, sigmaShell, radiusM, shellThicknessM);
        double phiCoated = phi * Math.pow(1 + shellThicknessM / radiusM, 3);
        if (phiCoated >= 1) {
            // shells fill all the space left by the cores: core fraction φ inside interphase
            return maxwellGarnett(sigmaShell, sigmaFiller, phi);
        }
        return mixing == Mixing.MAXWELL_GARNETT ? maxwellGarnett(sigmaMatrix, cs, phiCoated)
                : bruggeman(sigmaMatrix, cs, phiCoated);
    }

    /**
     * Filler volume fraction from its weight fraction in a two-phase composite.
     *
     * @param weightFraction filler mass fraction w in [0, 1]
     * @param fillerDensity ρ_f in kg/m³ (&gt; 0)
     * @param matrixDensity ρ_m in kg/m³ (&gt; 0)
     * @return φ = (w/ρ_f) / (w/ρ_f + (1 − w)/ρ_m)
     */
    public static double volumeFraction(double weightFraction, double fillerDensity, double matrixDensity) {
        fraction(weightFraction, "weight fraction");
        if (!(fillerDensity > 0) || !(matrixDensity > 0) || Double.isInfinite(fillerDensity + matrixDensity)) {
            throw new InvalidInputException("densities must be positive and finite, got filler " + fillerDensity
                    + " kg/m3, matrix " + matrixDensity + " kg/m3");
        }
        double vf = weightFraction / fillerDensity;
        return vf / (vf + (1 - weightFraction) / matrixDensity);
    }

    /**
     * Transference number of parallel polymer and single-ion ceramic paths (an assumption, §2.4):
     * t+ = (t+_p σ_p + σ_c)/(σ_p + σ_c).
     *
     * @param polymerTransference t+ of the polymer path
     * @param sigmaPolymer effective conductivity of the polymer path in S/m
     * @param sigmaCeramic effective conductivity of the single-ion path in S/m
     * @return the combined t+
     */
    public static double parallelTransference(double polymerTransference, double sigmaPolymer, double sigmaCeramic) {
        check(sigmaPolymer, sigmaCeramic, 0);
        double total = sigmaPolymer + sigmaCeramic;
        if (total == 0) {
            throw new InvalidInputException("transference number undefined when both conductivities are 0");
        }
        return (polymerTransference * sigmaPolymer + sigmaCeramic) / total;
    }

    private static void check(double sm, double sf, double phi) {
        if (!(sm >= 0) || !(sf >= 0) || Double.isInfinite(sm) || Double.isInfinite(sf)) {
            throw new InvalidInputException("conductivities must be finite and ≥ 0 S/m, got " + sm + " and " + sf);
        }
        fraction(phi, "volume fraction");
    }

    private static void fraction(double x, String what) {
        if (!(x >= 0 && x <= 1)) {
            throw new InvalidInputException(what + " must be in [0, 1], got " + x);
        }
    }

    private static void checkGeometry(double r, double t) {
        if (!(r > 0) || !(t >= 0) || Double.isInfinite(r + t)) {
            throw new InvalidInputException("need radius > 0 m and shell thickness ≥ 0 m, got r = " + r + ", t = " + t);
        }
    }
}
