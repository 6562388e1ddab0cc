package org.elyte.analysis.eis.circuit;

/**
 * Impedance and analytic parameter derivatives of each element at one angular frequency. Output
 * layout: {@code out[0..1]} = Z (re, im), {@code out[2+2k..3+2k]} = ∂Z/∂p_k. The hot elements
 * (R, C, CPE, La, Wo, Ws) use plain double arithmetic, with what does not depend on ω
 * (cos and sin of the exponent angle) computed once per parameter vector by {@link #prepare}.
 */
final class ElementMath {
    /** Length of the per-element scratch filled by {@link #prepare}. */
    static final int PREPARED = 2;
    /** Exponent x above which e^(−x) is negligible next to 1 in double precision (e^−50 ≈ 2e−22). */
    static final double NEGLIGIBLE_EXP = 50;

    private ElementMath() {
    }

    /**
     * Fills what an element needs at every frequency but does not depend on ω.
     *
     * @param type element type
     * @param p parameter vector
     * @param o offset of the element's parameters
     * @param pre receives cos(aπ/2), sin(aπ/2) of the exponent a of CPE (−n) and La (α)
     */
    static void prepare(ElementType type, double[] p, int o, double[] pre) {
        if (type == ElementType.CPE || type == ElementType.LA) {
            double a = type == ElementType.CPE ? -p[o + 1] : p[o + 1];
            pre[0] = Math.cos(a * Math.PI / 2);
            pre[1] = Math.sin(a * Math.PI / 2);
        }
    }

    /**
     * @param type element type
     * @param w angular frequency, rad/s
     * @param lnw ln ω
     * @param pre the element's scratch from {@link #prepare} for the same parameters
     * @param p parameter vector
     * @param o offset of the element's parameters
     * @param out receives Z and its derivatives
     */
    static void eval(ElementType type, double w, double lnw, double[] pre, double[] p, int o, double[] out) {
        switch (type) {
            case CPE -> {
                // Z = (jω)^(−n)/Q = ω^(−n)(cos(−nπ/2) + j sin(−nπ/2))/Q
                double q = p[o];
                double m = Math.exp(-p[o + 1] * lnw) / q;
                double zr = m * pre[0];
                double zi = m * pre[1];
                put(out, 0, zr, zi);
                put(out, 1, -zr / q, -zi / q);
                // ∂Z/∂n = −ln(jω)·Z, ln(jω) = ln ω + jπ/2
                put(out, 2, -(lnw * zr - Math.PI / 2 * zi), -(lnw * zi + Math.PI / 2 * zr));
            }
            case LA -> {
                // Z = L (jω)^α
                double m = Math.exp(p[o + 1] * lnw);
                double ur = m * pre[0];
                double ui = m * pre[1];
                double zr = p[o] * ur;
                double zi = p[o] * ui;
                put(out, 0, zr, zi);
                put(out, 1, ur, ui);
                put(out, 2, lnw * zr - Math.PI / 2 * zi, lnw * zi + Math.PI / 2 * zr);
            }
            case WO, WS -> finiteWarburg(type == ElementType.WO, w, p[o], p[o + 1], out);
            default -> evalGeneral(type, w, p, o, out);
        }
    }

    private static void evalGeneral(ElementType type, double w, double[] p, int o, double[] out) {
        switch (type) {
            case R -> {
                put(out, 0, p[o], 0);
                put(out, 1, 1, 0);
            }
            case C -> {
                double c = p[o];
                put(out, 0, 0, -1 / (w * c));
                put(out, 1, 0, 1 / (w * c * c));
            }
            case L -> {
                put(out, 0, 0, w * p[o]);
                put(out, 1, 0, w);
            }
            case W -> {
                double s = 1 / Math.sqrt(w);
                put(out, 0, p[o] * s, -p[o] * s);
                put(out, 1, s, -s);
            }
            case G -> {
                double r = p[o];
                double t = p[o + 1];
                Cx v = new Cx(1, w * t);
                Cx q = v.sqrt();
                Cx z = q.inv().times(r);
                put(out, 0, z);
                put(out, 1, q.inv());
                put(out, 2, z.times(new Cx(0, -w / 2)).div(v));
            }
            case GS -> finiteGerischer(w, p[o], p[o + 1], p[o + 2], out);
            case ZARC -> {
                double r = p[o];
                double tau = p[o + 1];
                double phi = p[o + 2];
                Cx u = Cx.jwPow(w * tau, phi);
                Cx d = Cx.ONE.plus(u);
                Cx d2 = d.times(d);
                put(out, 0, d.inv().times(r));
                put(out, 1, d.inv());
                put(out, 2, u.div(d2).times(-r * phi / tau));
                put(out, 3, u.times(Cx.lnJw(w * tau)).div(d2).times(-r));
            }
            case K -> {
                double r = p[o];
                Cx d = new Cx(1, w * p[o + 1]);
                put(out, 0, d.inv().times(r));
                put(out, 1, d.inv());
                put(out, 2, new Cx(0, -r * w).div(d.times(d)));
            }
            default -> throw new IllegalStateException("unhandled element " + type);
        }
    }

    /**
     * Wo: Z0 coth(s)/s; Ws: Z0 tanh(s)/s; s = √(jωτ) = a(1 + j), a = √(ωτ/2). With
     * e = e^(−2s): tanh s = (1 − e)/(1 + e), coth s = (1 + e)/(1 − e), sech² s = 4e/(1 + e)²,
     * csch² s = 4e/(1 − e)²; one exp, cos and sin per point, stable for large ωτ. When
     * 2a &gt; {@value #NEGLIGIBLE_EXP}, |e| &lt; 2e−22 is below the double precision of 1 ± e and
     * is taken as 0 (no exp, cos or sin).
     */
    private static void finiteWarburg(boolean open, double w, double z0, double tau, double[] out) {
        double a = Math.sqrt(w * tau / 2);
        double er = 0;
        double ei = 0;
        if (2 * a < NEGLIGIBLE_EXP) {
            double m = Math.exp(-2 * a);
            er = m * Math.cos(2 * a);
            ei = -m * Math.sin(2 * a);
        }
        // numerator/denominator of coth (open) or tanh (short)
        double nr = open ? 1 + er : 1 - er;
        double ni = open ? ei : -ei;
        double dr = open ? 1 - er : 1 + er;
        double di = open ? -ei : ei;
        double dd = dr * dr + di * di;
        double hr = (nr * dr + ni * di) / dd;
        double hi = (ni * dr - nr * di) / dd;
        // f = h/s, 1/s = (1 − j)/(2a)
        double inv2a = 1 / (2 * a);
        double fr = (hr + hi) * inv2a;
        double fi = (hi - hr) * inv2a;
        // g = 4e/d² (csch² for Wo, sech² for Ws)
        double d2r = dr * dr - di * di;
        double d2i = 2 * dr * di;
        double d2m = d2r * d2r + d2i * d2i;
        double gr = 4 * (er * d2r + ei * d2i) / d2m;
        double gi = 4 * (ei * d2r - er * d2i) / d2m;
        // 2τ ∂f/∂τ = −csch² s − f (Wo) or sech² s − f (Ws)
        double sr = open ? -gr - fr : gr - fr;
        double si = open ? -gi - fi : gi - fi;
        double k = z0 / (2 * tau);
        put(out, 0, fr * z0, fi * z0);
        put(out, 1, fr, fi);
        put(out, 2, sr * k, si * k);
    }

    /** Gs: R/(q tanh(φq)), q = √(1 + jωt). */
    private static void finiteGerischer(double w, double r, double t, double phi, double[] out) {
        Cx q = new Cx(1, w * t).sqrt();
        Cx a = q.times(phi);
        Cx th = a.tanh();
        Cx g = q.times(th);
        Cx z = g.inv().times(r);
        Cx sech2 = a.sech2();
        Cx dgdq = th.plus(a.times(sech2));
        Cx dqdt = new Cx(0, w / 2).div(q);
        put(out, 0, z);
        put(out, 1, g.inv());
        put(out, 2, z.times(-1).div(g).times(dgdq).times(dqdt));
        // ∂Z/∂φ = −Z q sech²(φq)/tanh(φq)
        put(out, 3, z.times(-1).times(q).times(sech2).div(th));
    }

    private static void put(double[] out, int slot, double re, double im) {
        out[2 * slot] = re;
        out[2 * slot + 1] = im;
    }

    private static void put(double[] out, int slot, Cx z) {
        out[2 * slot] = z.re();
        out[2 * slot + 1] = z.im();
    }
}
