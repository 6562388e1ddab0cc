package org.elyte.analysis.eis.circuit;

/** Minimal immutable complex number for the element formulas (scalar-replaced by the JIT). */
record Cx(double re, double im) {
    static final Cx ONE = new Cx(1, 0);

    Cx plus(Cx o) {
        return new Cx(re + o.re, im + o.im);
    }

    Cx minus(Cx o) {
        return new Cx(re - o.re, im - o.im);
    }

    Cx times(Cx o) {
        return new Cx(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    Cx times(double s) {
        return new Cx(re * s, im * s);
    }

    Cx div(Cx o) {
        double d = o.re * o.re + o.im * o.im;
        return new Cx((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
    }

    Cx inv() {
        double d = re * re + im * im;
        return new Cx(re / d, -im / d);
    }

    Cx sqrt() {
        double m = Math.hypot(re, im);
        double a = Math.sqrt(0.5 * (m + Math.abs(re)));
        if (a == 0) {
            return new Cx(0, 0);
        }
        return re >= 0 ? new Cx(a, im / (2 * a)) : new Cx(Math.abs(im) / (2 * a), Math.copySign(a, im));
    }

    /** @return e^(−2z), used for tanh/coth of arguments with positive real part */
    Cx expMinus2() {
        double m = Math.exp(-2 * re);
        return new Cx(m * Math.cos(-2 * im), m * Math.sin(-2 * im));
    }

    /** @return tanh z for Re z ≥ 0, stable for large Re z */
    Cx tanh() {
        Cx e = expMinus2();
        return ONE.minus(e).div(ONE.plus(e));
    }

    /** @return sech² z = 4e^(−2z)/(1 + e^(−2z))² for Re z ≥ 0 */
    Cx sech2() {
        Cx e = expMinus2();
        Cx d = ONE.plus(e);
        return e.times(4).div(d.times(d));
    }

    /** @return csch² z = 4e^(−2z)/(1 − e^(−2z))² for Re z &gt; 0 */
    Cx csch2() {
        Cx e = expMinus2();
        Cx d = ONE.minus(e);
        return e.times(4).div(d.times(d));
    }

    /** @return (jω)^a = ω^a (cos(aπ/2) + j sin(aπ/2)) */
    static Cx jwPow(double omega, double a) {
        double m = Math.pow(omega, a);
        return new Cx(m * Math.cos(a * Math.PI / 2), m * Math.sin(a * Math.PI / 2));
    }

    /** @return ln(jω) = ln ω + jπ/2 */
    static Cx lnJw(double omega) {
        return new Cx(Math.log(omega), Math.PI / 2);
    }
}
