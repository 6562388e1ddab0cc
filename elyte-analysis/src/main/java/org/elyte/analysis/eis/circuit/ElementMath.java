package org.elyte.analysis.eis.circuit;

/**
 * Impedance and analytic parameter derivatives of each element at one angular frequency. Output
 * layout: {@code out[0..1]} = Z (re, im), {@code out[2+2k..3+2k]} = ∂Z/∂p_k.
 */
final class ElementMath {
    private ElementMath() {
    }

    static void eval(ElementType type, double w, double[] p, int o, double[] out) {
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
            case CPE -> {
                double q = p[o];
                Cx z = Cx.jwPow(w, -p[o + 1]).times(1 / q);
                put(out, 0, z);
                put(out, 1, z.times(-1 / q));
                put(out, 2, Cx.lnJw(w).times(z).times(-1));
            }
            case W -> {
                double s = 1 / Math.sqrt(w);
                put(out, 0, p[o] * s, -p[o] * s);
                put(out, 1, s, -s);
            }
            case WO, WS -> finiteWarburg(type == ElementType.WO, w, p[o], p[o + 1], out);
            case LA -> {
                Cx u = Cx.jwPow(w, p[o + 1]);
                Cx z = u.times(p[o]);
                put(out, 0, z);
                put(out, 1, u);
                put(out, 2, Cx.lnJw(w).times(z));
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

    /** Wo: Z0 coth(s)/s; Ws: Z0 tanh(s)/s; s = √(jωτ). */
    private static void finiteWarburg(boolean open, double w, double z0, double tau, double[] out) {
        Cx s = new Cx(0, w * tau).sqrt();
        Cx t = s.tanh();
        Cx f;
        Cx df;
        if (open) {
            Cx coth = t.inv();
            f = coth.div(s);
            // d(coth s / s)/dτ · τ·2 = −csch² s − coth s / s
            df = s.csch2().times(-1).minus(f);
        } else {
            f = t.div(s);
            df = s.sech2().minus(f);
        }
        put(out, 0, f.times(z0));
        put(out, 1, f);
        put(out, 2, df.times(z0 / (2 * tau)));
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
