package org.elyte.sim.parameters;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.InvalidInputException;

/**
 * A unit such as PyBaMM writes them in parameter names ({@code S.m-1}, {@code m2.s-1},
 * {@code mol.m-3}, {@code A.m-2}, {@code Ohm.m2}) or as people type them ({@code mS/cm},
 * {@code cm2/s}, {@code mol/L}, {@code um}, {@code kJ/mol}, {@code g/cm3}): a scale to SI and the
 * exponents of m, kg, s, A, K, mol. Factors are joined by {@code .}, {@code *}, {@code ·} or a space
 * and divided by {@code /}; exponents are written {@code m2}, {@code m-3} or {@code m^-3}. Prefixes
 * p, n, u/µ, m, c, k, M, G. {@code M} alone is mol/L. {@code °C}/{@code oC} are handled by
 * {@link #convert} with their offset.
 *
 * @param scale factor to SI
 * @param dims exponents of m, kg, s, A, K, mol
 */
public record UnitExpr(double scale, int[] dims) {
    private static final Map<String, UnitExpr> SYMBOLS = Map.ofEntries(
            Map.entry("m", of(1, 1, 0, 0, 0, 0, 0)), Map.entry("g", of(1e-3, 0, 1, 0, 0, 0, 0)),
            Map.entry("s", of(1, 0, 0, 1, 0, 0, 0)), Map.entry("A", of(1, 0, 0, 0, 1, 0, 0)),
            Map.entry("K", of(1, 0, 0, 0, 0, 1, 0)), Map.entry("mol", of(1, 0, 0, 0, 0, 0, 1)),
            Map.entry("S", of(1, -2, -1, 3, 2, 0, 0)), Map.entry("Ohm", of(1, 2, 1, -3, -2, 0, 0)),
            Map.entry("Ω", of(1, 2, 1, -3, -2, 0, 0)), Map.entry("V", of(1, 2, 1, -3, -1, 0, 0)),
            Map.entry("J", of(1, 2, 1, -2, 0, 0, 0)), Map.entry("W", of(1, 2, 1, -3, 0, 0, 0)),
            Map.entry("C", of(1, 0, 0, 1, 1, 0, 0)), Map.entry("F", of(1, -2, -1, 4, 2, 0, 0)),
            Map.entry("Pa", of(1, -1, 1, -2, 0, 0, 0)), Map.entry("h", of(3600, 0, 0, 1, 0, 0, 0)),
            Map.entry("min", of(60, 0, 0, 1, 0, 0, 0)), Map.entry("L", of(1e-3, 3, 0, 0, 0, 0, 0)),
            Map.entry("M", of(1e3, -3, 0, 0, 0, 0, 1)));
    private static final Map<Character, Double> PREFIX = Map.of('p', 1e-12, 'n', 1e-9, 'u', 1e-6, 'µ', 1e-6,
            'm', 1e-3, 'c', 1e-2, 'k', 1e3, 'M', 1e6, 'G', 1e9);
    private static final Pattern FACTOR = Pattern.compile("([A-Za-zµΩ]+)\\^?(-?[0-9]+)?");

    /** The dimensionless unit. */
    public static final UnitExpr ONE = of(1, 0, 0, 0, 0, 0, 0);

    /** Copies the exponent array. */
    public UnitExpr {
        dims = dims.clone();
    }

    private static UnitExpr of(double scale, int... dims) {
        return new UnitExpr(scale, dims);
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }

    /**
     * @param text e.g. {@code "S.m-1"}, {@code "mS/cm"}; empty, {@code "1"} or {@code "-"} is dimensionless
     * @return the unit
     * @throws InvalidInputException for an unknown symbol
     */
    public static UnitExpr parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equals("1") || t.equals("-")) {
            return ONE;
        }
        double scale = 1;
        int[] d = new int[6];
        int sign = 1;
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : '.';
            if (c == '.' || c == '*' || c == '·' || c == ' ' || c == '/') {
                if (token.length() > 0) {
                    UnitExpr f = factor(token.toString(), text);
                    scale *= Math.pow(f.scale, sign);
                    for (int k = 0; k < 6; k++) {
                        d[k] += sign * f.dims[k];
                    }
                    token.setLength(0);
                    sign = 1;
                }
                if (c == '/') {
                    sign = -1;
                }
            } else {
                token.append(c);
            }
        }
        return new UnitExpr(scale, d);
    }

    private static UnitExpr factor(String token, String text) {
        Matcher m = FACTOR.matcher(token);
        if (!m.matches()) {
            throw unknown(token, text);
        }
        UnitExpr base = symbol(m.group(1));
        if (base == null) {
            throw unknown(token, text);
        }
        int p = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int[] d = new int[6];
        for (int k = 0; k < 6; k++) {
            d[k] = base.dims[k] * p;
        }
        return new UnitExpr(Math.pow(base.scale, p), d);
    }

    private static UnitExpr symbol(String s) {
        UnitExpr u = SYMBOLS.get(s);
        if (u == null && s.length() > 1 && PREFIX.containsKey(s.charAt(0))) {
            UnitExpr b = SYMBOLS.get(s.substring(1));
            if (b != null) {
                u = new UnitExpr(b.scale * PREFIX.get(s.charAt(0)), b.dims);
            }
        }
        return u;
    }

    private static InvalidInputException unknown(String token, String text) {
        return new InvalidInputException("unknown unit '" + token + "' in '" + text
                + "'; use SI symbols (m, g, s, A, K, mol, S, V, Ohm, J, W, C, F, Pa, h, min, L, M) with prefixes "
                + "p n u m c k M G, joined by '.' or '/', exponents like m2 or m-3");
    }

    /** @return whether both units measure the same kind of quantity */
    boolean sameDimension(UnitExpr o) {
        return Arrays.equals(dims, o.dims);
    }

    /**
     * Converts a value between units of the same dimension; Celsius ({@code °C}, {@code oC},
     * {@code degC}) converts to and from K with its offset.
     *
     * @param value the number in unit {@code from}
     * @param from its unit text
     * @param to the target unit text
     * @return the number in unit {@code to}
     * @throws InvalidInputException when the dimensions differ
     */
    public static double convert(double value, String from, String to) {
        boolean fromC = isCelsius(from);
        boolean toC = isCelsius(to);
        UnitExpr f = fromC ? parse("K") : parse(from);
        UnitExpr t = toC ? parse("K") : parse(to);
        if (!f.sameDimension(t)) {
            throw new InvalidInputException("unit '" + from + "' cannot be converted to '" + to + "'");
        }
        double si = fromC ? value + 273.15 : value * f.scale;
        return toC ? si - 273.15 : si / t.scale;
    }

    private static boolean isCelsius(String u) {
        String s = u.strip();
        return s.equals("°C") || s.equals("oC") || s.equals("degC");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitExpr u && Double.compare(scale, u.scale) == 0 && Arrays.equals(dims, u.dims);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(scale) * 31 + Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return "UnitExpr[scale=" + scale + ", dims=" + Arrays.toString(dims) + "]";
    }
}
