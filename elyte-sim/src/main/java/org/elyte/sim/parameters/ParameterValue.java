package org.elyte.sim.parameters;

import java.util.Locale;

import org.elyte.core.error.InvalidInputException;
import org.elyte.sim.material.TemperatureLaw;

/**
 * The value of one parameter-file entry: a number, a function of concentration and temperature, or
 * a named open-circuit potential.
 */
public sealed interface ParameterValue permits ParameterValue.Constant, ParameterValue.Function, ParameterValue.Ocp {

    /**
     * A number in the unit of the parameter's name.
     *
     * @param value the number
     */
    record Constant(double value) implements ParameterValue {
    }

    /**
     * A function of concentration and temperature.
     *
     * @param function the function
     */
    record Function(PropertyFunction function) implements ParameterValue {
    }

    /**
     * A named open-circuit potential.
     *
     * @param ocp the potential
     */
    record Ocp(OpenCircuitPotential ocp) implements ParameterValue {
    }

    /** @return this value as a function (a constant is a constant function) */
    default PropertyFunction asFunction() {
        if (this instanceof Constant c) {
            return PropertyFunction.constant(c.value());
        } else if (this instanceof Function f) {
            return f.function();
        }
        throw new InvalidInputException("an open-circuit potential cannot be used as a property function");
    }

    /**
     * Reads a value expression: a number, a named OCP, or a product of factors
     * {@code NUMBER}, {@code arrhenius(Ea_J_per_mol, Tref_K)}, {@code vtf(B_K, T0_K, Tref_K)},
     * {@code (c/CREF)^A} and {@code sqrt(ce*cs*(cmax-cs))}.
     *
     * @param text the expression
     * @return the value
     * @throws InvalidInputException naming the factor that could not be read
     */
    static ParameterValue parse(String text) {
        String t = text.strip();
        for (OpenCircuitPotential o : OpenCircuitPotential.values()) {
            if (t.equals(o.key())) {
                return new Ocp(o);
            }
        }
        double k = 1;
        TemperatureLaw law = new TemperatureLaw.Isothermal();
        double cRef = 0;
        double exponent = 0;
        boolean insertion = false;
        boolean function = false;
        for (String raw : splitFactors(t)) {
            String f = raw.strip().replace(" ", "");
            String lower = f.toLowerCase(Locale.ROOT);
            if (lower.startsWith("arrhenius(") && f.endsWith(")")) {
                double[] a = args(f, 2, text);
                law = new TemperatureLaw.Arrhenius(a[0], a[1]);
                function = true;
            } else if (lower.startsWith("vtf(") && f.endsWith(")")) {
                double[] a = args(f, 3, text);
                law = new TemperatureLaw.Vtf(a[0], a[1], a[2], true);
                function = true;
            } else if (f.startsWith("(c/") && f.contains(")^")) {
                cRef = number(f.substring(3, f.indexOf(')')), text);
                exponent = number(f.substring(f.indexOf(")^") + 2), text);
                if (!(cRef > 0)) {
                    throw new InvalidInputException("value '" + text + "': reference concentration must be positive");
                }
                function = true;
            } else if (f.equals("sqrt(ce*cs*(cmax-cs))")) {
                insertion = true;
                function = true;
            } else {
                k *= number(f, text);
            }
        }
        return function ? new Function(new PropertyFunction(k, law, cRef, exponent, insertion)) : new Constant(k);
    }

    private static java.util.List<String> splitFactors(String t) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '*' && depth == 0) {
                out.add(t.substring(start, i));
                start = i + 1;
            }
        }
        out.add(t.substring(start));
        return out;
    }

    private static double[] args(String f, int n, String text) {
        String[] parts = f.substring(f.indexOf('(') + 1, f.length() - 1).split(",");
        if (parts.length != n) {
            throw new InvalidInputException("value '" + text + "': '" + f + "' needs " + n + " arguments");
        }
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = number(parts[i], text);
        }
        return a;
    }

    private static double number(String s, String text) {
        try {
            double v = Double.parseDouble(s.strip());
            if (Double.isFinite(v) && s.strip().matches("[-+0-9.eE]+")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("value '" + text + "': cannot read '" + s.strip()
                + "'; expected a number, arrhenius(Ea, Tref), vtf(B, T0, Tref), (c/cref)^a, sqrt(ce*cs*(cmax-cs))"
                + " or an OCP name (lfp_ocp_afshar2017, nmc811_ocp_chen2020)");
    }
}
