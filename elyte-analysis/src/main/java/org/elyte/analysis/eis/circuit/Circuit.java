package org.elyte.analysis.eis.circuit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;
import org.hipparchus.complex.Complex;

/**
 * An equivalent circuit parsed from an impedance.py circuit string ({@code -} series,
 * {@code p(a,b,…)} parallel, element ids such as {@code R0}, {@code CPE1}, {@code Wo1}).
 * Immutable and thread-safe. Parameters are ordered as they appear in the string and named as
 * impedance.py names them ({@code R0}, {@code CPE1_0}, {@code CPE1_1}).
 */
public final class Circuit {
    private final CircuitNode root;
    private final String canonical;
    private final List<ParameterSpec> specs;
    private final List<Element> elements;

    private Circuit(CircuitNode root) {
        this.root = root;
        this.canonical = root.toString();
        List<ParameterSpec> s = new ArrayList<>();
        List<Element> e = new ArrayList<>();
        collect(root, s, e);
        this.specs = List.copyOf(s);
        this.elements = List.copyOf(e);
    }

    private static void collect(CircuitNode n, List<ParameterSpec> specs, List<Element> elements) {
        if (n instanceof Element e) {
            specs.addAll(e.type().parameters(e.id()));
            elements.add(e);
        } else if (n instanceof Series s) {
            s.children().forEach(c -> collect(c, specs, elements));
        } else if (n instanceof Parallel p) {
            p.children().forEach(c -> collect(c, specs, elements));
        }
    }

    /**
     * @param text circuit string, e.g. {@code "R0-p(R1,CPE1)-Wo1"}
     * @return the circuit
     * @throws InvalidInputException naming the 1-based position and what was expected
     */
    public static Circuit parse(String text) {
        Objects.requireNonNull(text, "text");
        return new Circuit(CircuitParser.parse(text));
    }

    /** @return the parsed tree */
    public CircuitNode root() {
        return root;
    }

    /** @return the elements in string order */
    public List<Element> elements() {
        return elements;
    }

    /** @return parameter names in impedance.py order */
    public List<String> parameterNames() {
        return specs.stream().map(ParameterSpec::name).toList();
    }

    /** @return parameter units, same order as {@link #parameterNames()} */
    public List<String> parameterUnits() {
        return specs.stream().map(ParameterSpec::unit).toList();
    }

    /** @return parameter specs (name, unit, kind, default bounds, typical value) */
    public List<ParameterSpec> parameterSpecs() {
        return specs;
    }

    /** @return number of parameters */
    public int parameterCount() {
        return specs.size();
    }

    /**
     * @param name a parameter name
     * @return its index
     * @throws InvalidInputException if the circuit has no such parameter
     */
    public int indexOf(String name) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new InvalidInputException("circuit " + canonical + " has no parameter '" + name + "' (parameters: "
                + String.join(", ", parameterNames()) + ")");
    }

    /**
     * @param params parameter values, parameter units, in {@link #parameterNames()} order
     * @param frequencyHz frequency, Hz
     * @return the impedance, Ω
     */
    public Complex impedance(double[] params, double frequencyHz) {
        checkLength(params);
        double[] re = new double[1];
        double[] im = new double[1];
        new CircuitEvaluator(this).evaluate(params, new double[] {2 * Math.PI * frequencyHz}, re, im, null, null);
        return new Complex(re[0], im[0]);
    }

    /**
     * @param params parameter values in {@link #parameterNames()} order
     * @param frequenciesHz frequencies, Hz, positive
     * @return the model spectrum (empty metadata)
     */
    public ImpedanceSpectrum predict(double[] params, double[] frequenciesHz) {
        checkLength(params);
        int n = frequenciesHz.length;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 2 * Math.PI * frequenciesHz[i];
        }
        double[] re = new double[n];
        double[] im = new double[n];
        new CircuitEvaluator(this).evaluate(params, w, re, im, null, null);
        return ImpedanceSpectrum.of(frequenciesHz, re, im, Metadata.empty());
    }

    private void checkLength(double[] params) {
        if (params.length != specs.size()) {
            throw new InvalidInputException("circuit " + canonical + " has " + specs.size() + " parameters ("
                    + String.join(", ", parameterNames()) + ") but " + params.length + " values were given");
        }
    }

    /** @return the canonical circuit string; {@code parse(toString())} gives an equal circuit */
    @Override
    public String toString() {
        return canonical;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Circuit c && c.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }
}
