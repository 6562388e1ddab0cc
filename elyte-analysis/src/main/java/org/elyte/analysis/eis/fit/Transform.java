package org.elyte.analysis.eis.fit;

/**
 * Smooth map from an unbounded internal variable x to a bounded parameter p, so the
 * Levenberg–Marquardt solver works unconstrained: (0, ∞) → p = e^x (log space);
 * (a, ∞) → p = a + e^x; (−∞, b) → p = b − e^x; (a, b) with 0 &lt; a and b/a &gt; 100 →
 * ln p = ln a + (ln b − ln a)·s(x); other finite (a, b) → p = a + (b − a)·s(x), s the logistic
 * function; (−∞, ∞) → p = x.
 */
record Transform(Kind kind, double lower, double upper) {

    enum Kind { IDENTITY, LOWER, UPPER, LOGISTIC, LOG_LOGISTIC }

    static Transform of(double lower, double upper) {
        boolean lo = Double.isFinite(lower);
        boolean hi = Double.isFinite(upper);
        if (lo && hi) {
            return new Transform(lower > 0 && upper / lower > 100 ? Kind.LOG_LOGISTIC : Kind.LOGISTIC, lower, upper);
        }
        if (lo) {
            return new Transform(Kind.LOWER, lower, upper);
        }
        return new Transform(hi ? Kind.UPPER : Kind.IDENTITY, lower, upper);
    }

    double toParameter(double x) {
        return switch (kind) {
            case IDENTITY -> x;
            case LOWER -> lower + Math.exp(x);
            case UPPER -> upper - Math.exp(x);
            case LOGISTIC -> lower + (upper - lower) * sigmoid(x);
            case LOG_LOGISTIC -> Math.exp(Math.log(lower) + (Math.log(upper) - Math.log(lower)) * sigmoid(x));
        };
    }

    /** @return dp/dx at x */
    double derivative(double x) {
        return switch (kind) {
            case IDENTITY -> 1;
            case LOWER -> Math.exp(x);
            case UPPER -> -Math.exp(x);
            case LOGISTIC -> (upper - lower) * sigmoid(x) * (1 - sigmoid(x));
            case LOG_LOGISTIC -> toParameter(x) * (Math.log(upper) - Math.log(lower)) * sigmoid(x) * (1 - sigmoid(x));
        };
    }

    /** @return x for p, with p moved strictly inside the bounds first */
    double toInternal(double p) {
        double q = inside(p);
        return switch (kind) {
            case IDENTITY -> q;
            case LOWER -> Math.log(q - lower);
            case UPPER -> Math.log(upper - q);
            case LOGISTIC -> logit((q - lower) / (upper - lower));
            case LOG_LOGISTIC -> logit((Math.log(q) - Math.log(lower)) / (Math.log(upper) - Math.log(lower)));
        };
    }

    /** @return p clamped strictly inside the bounds (margin 1e-4 of the range, or relative 1e-12) */
    double inside(double p) {
        double margin = kind == Kind.LOGISTIC ? 1e-4 * (upper - lower) : 0;
        double q = p;
        if (Double.isFinite(lower) && !(q > lower + margin)) {
            q = kind == Kind.LOGISTIC ? lower + margin : lower + Math.max(Math.abs(lower) * 1e-6, 1e-300);
        }
        if (Double.isFinite(upper) && !(q < upper - margin)) {
            q = kind == Kind.LOGISTIC ? upper - margin : upper - Math.max(Math.abs(upper) * 1e-6, 1e-300);
        }
        if (kind == Kind.LOG_LOGISTIC) {
            q = Math.min(Math.max(q, lower * 1.0001), upper / 1.0001);
        }
        return q;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double logit(double u) {
        return Math.log(u / (1 - u));
    }
}
