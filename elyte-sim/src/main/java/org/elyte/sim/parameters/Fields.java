package org.elyte.sim.parameters;

import org.elyte.core.error.FormatException;

/** Reads and checks entries of a set, with messages naming file, line and key. */
final class Fields {
    private final ParameterSet set;
    private final String source;

    Fields(ParameterSet set) {
        this.set = set;
        this.source = set.entries().values().stream().map(ParameterSet.Entry::file).filter(f -> !f.equals("--set"))
                .findFirst().orElse(set.name());
    }

    ParameterSet.Entry entry(String key) {
        return set.entry(key).orElseThrow(() -> FormatException.inFile(source, "parameter set '" + set.name()
                + "' is missing '" + key + "'"));
    }

    FormatException bad(String key, String detail) {
        ParameterSet.Entry e = entry(key);
        String where = e.line() > 0 ? e.file() : "--set";
        return FormatException.atLine(where, e.line(), "key '" + key + "': " + detail);
    }

    /** A number in [min, max]; lower bound exclusive when {@code openMin}. */
    double number(String key, double min, double max, boolean openMin) {
        ParameterValue v = entry(key).value();
        if (!(v instanceof ParameterValue.Constant c)) {
            throw bad(key, "expected a number, found a function");
        }
        double x = c.value();
        boolean lowOk = openMin ? x > min : x >= min;
        if (!lowOk || !(x <= max) || !Double.isFinite(x)) {
            throw bad(key, "must be in " + (openMin ? "(" : "[") + min + ", " + max + "], got " + x);
        }
        return x;
    }

    double positive(String key) {
        return number(key, 0, Double.MAX_VALUE, true);
    }

    double fraction(String key) {
        return number(key, 0, 1, true);
    }

    /** A function, checked to be finite and above {@code min} at (c, T). */
    PropertyFunction function(String key, double c, double temperatureK, double min, double max) {
        ParameterValue v = entry(key).value();
        if (v instanceof ParameterValue.Ocp) {
            throw bad(key, "expected a number or a function of c and T, found an open-circuit potential");
        }
        PropertyFunction f = v.asFunction();
        double x;
        try {
            x = f.value(c, temperatureK);
        } catch (RuntimeException e) {
            throw bad(key, e.getMessage());
        }
        if (!(x > min) || !(x <= max) || !Double.isFinite(x)) {
            throw bad(key, "evaluates to " + x + " at c = " + c + " mol/m3, T = " + temperatureK + " K; must be in ("
                    + min + ", " + max + "]");
        }
        return f;
    }

    OpenCircuitPotential ocp(String key) {
        if (entry(key).value() instanceof ParameterValue.Ocp o) {
            return o.ocp();
        }
        throw bad(key, "expected an open-circuit potential name (lfp_ocp_afshar2017, nmc811_ocp_chen2020)");
    }
}
