package org.elyte.analysis.eis.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.circuit.CircuitNode;
import org.elyte.analysis.eis.circuit.Element;
import org.elyte.analysis.eis.circuit.ElementType;
import org.elyte.analysis.eis.circuit.Parallel;
import org.elyte.analysis.eis.circuit.ParameterSpec;
import org.elyte.analysis.eis.circuit.Series;
import org.elyte.core.impedance.ImpedanceSpectrum;

/**
 * The existing-apex heuristic for start values, and the shared fill rules: a top-level series R
 * from the high-frequency intercept; arcs (parallel blocks, Zarc, K) from the apexes of −Z''
 * taken from high to low frequency in circuit order (R ≈ 2.75·height for a depressed arc,
 * τ = 1/(2π f_apex)); a series CPE/C/W tail from the slope and magnitude of Z'' at the lowest
 * frequencies. Anything else gets its element's typical value. {@link DrtStart} builds the
 * default start from a DRT and falls back to these rules.
 */
final class StartValues {
    private StartValues() {
    }

    /**
     * The spectrum sorted by descending frequency, with −Z''.
     *
     * @param f frequency, Hz, descending
     * @param re Z', Ω
     * @param mim −Z'', Ω
     * @param maxMod largest |Z|, Ω
     */
    record Sorted(double[] f, double[] re, double[] mim, double maxMod) {
        static Sorted of(ImpedanceSpectrum s) {
            Integer[] order = new Integer[s.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> -s.frequencyHz(i)));
            int n = order.length;
            double[] f = new double[n];
            double[] re = new double[n];
            double[] mim = new double[n];
            double maxMod = 0;
            for (int k = 0; k < n; k++) {
                f[k] = s.frequencyHz(order[k]);
                re[k] = s.real(order[k]);
                mim[k] = -s.imag(order[k]);
                maxMod = Math.max(maxMod, s.modulus(order[k]));
            }
            return new Sorted(f, re, mim, maxMod);
        }

        double rInf() {
            return Math.max(Arrays.stream(re).min().orElse(0), 1e-6 * maxMod);
        }
    }

    /**
     * Top-level structure of a circuit.
     *
     * @param top top-level series nodes
     * @param offsets index of each node's first parameter
     * @param arcs indices into {@code top} of the arcs, circuit order
     */
    record Layout(List<CircuitNode> top, int[] offsets, List<Integer> arcs) {
        static Layout of(Circuit circuit) {
            List<CircuitNode> top = circuit.root() instanceof Series ser ? ser.children() : List.of(circuit.root());
            int[] offsets = new int[top.size()];
            int off = 0;
            List<Integer> arcs = new ArrayList<>();
            for (int t = 0; t < top.size(); t++) {
                offsets[t] = off;
                off += top.get(t).parameterCount();
                CircuitNode node = top.get(t);
                if (node instanceof Parallel || node instanceof Element e
                        && (e.type() == ElementType.ZARC || e.type() == ElementType.K)) {
                    arcs.add(t);
                }
            }
            return new Layout(top, offsets, List.copyOf(arcs));
        }
    }

    /** @return typical values of every parameter */
    static double[] typical(Circuit circuit) {
        return circuit.parameterSpecs().stream().mapToDouble(ParameterSpec::typical).toArray();
    }

    /** @return the apex-heuristic start */
    static double[] heuristic(Circuit circuit, ImpedanceSpectrum s) {
        double[] p = typical(circuit);
        Sorted d = Sorted.of(s);
        Layout lay = Layout.of(circuit);
        double[] f = d.f();
        double[] mim = d.mim();
        int n = f.length;
        int arcs = lay.arcs().size();
        double rInf = d.rInf();
        List<Integer> apex = apexes(mim, arcs);
        double span = Math.max(d.re()[n - 1] - rInf, 0.1 * d.maxMod());
        for (int a = 0; a < arcs; a++) {
            double fa;
            double r;
            if (a < apex.size()) {
                fa = f[apex.get(a)];
                r = 2.75 * mim[apex.get(a)];
            } else {
                double base = apex.isEmpty() ? Math.sqrt(f[0] * f[n - 1]) : f[apex.get(apex.size() - 1)];
                fa = base / Math.pow(30, a - apex.size() + 1);
                r = span / arcs;
            }
            int t = lay.arcs().get(a);
            fillArc(lay.top().get(t), lay.offsets()[t], p, Math.max(r, 1e-9 * d.maxMod()), 1 / (2 * Math.PI * fa),
                    0.8, f[n - 1]);
        }
        for (int t = 0; t < lay.top().size(); t++) {
            if (lay.top().get(t) instanceof Element e && !lay.arcs().contains(t)) {
                fillSeries(e, lay.offsets()[t], p, rInf, d);
            }
        }
        return p;
    }

    /** Indices of the highest local maxima of −Z'' (window ±2, no end points), high to low frequency. */
    private static List<Integer> apexes(double[] mim, int count) {
        List<Integer> peaks = new ArrayList<>();
        for (int i = 1; i < mim.length - 1; i++) {
            boolean max = mim[i] > 0;
            for (int d = -2; d <= 2 && max; d++) {
                int j = i + d;
                if (d != 0 && j >= 0 && j < mim.length && mim[j] > mim[i]) {
                    max = false;
                }
            }
            if (max) {
                peaks.add(i);
            }
        }
        peaks.sort(Comparator.comparingDouble(i -> -mim[i]));
        List<Integer> keep = new ArrayList<>(peaks.subList(0, Math.min(count, peaks.size())));
        keep.sort(Comparator.naturalOrder());
        return keep;
    }

    /**
     * Fills one arc's parameters.
     *
     * @param r arc resistance, Ω
     * @param tau time constant, s
     * @param nGuess CPE/Zarc exponent
     * @param fMin lowest measured frequency, Hz
     */
    static void fillArc(CircuitNode node, int off, double[] p, double r, double tau, double nGuess, double fMin) {
        double fApex = 1 / (2 * Math.PI * tau);
        if (node instanceof Element e) {
            p[off] = r;
            p[off + 1] = tau;
            if (e.type() == ElementType.ZARC) {
                p[off + 2] = nGuess;
            }
            return;
        }
        List<CircuitNode> kids = ((Parallel) node).children();
        int o = off;
        for (CircuitNode kid : kids) {
            List<Element> chain = kid instanceof Series s
                    ? s.children().stream().filter(Element.class::isInstance).map(Element.class::cast).toList()
                    : kid instanceof Element e ? List.of(e) : List.of();
            int k = o;
            for (Element e : chain) {
                switch (e.type()) {
                    case R -> p[k] = r;
                    case C -> p[k] = tau / r;
                    case CPE -> {
                        p[k] = Math.pow(tau, nGuess) / r;
                        p[k + 1] = nGuess;
                    }
                    case WO, WS -> {
                        p[k] = r;
                        p[k + 1] = 1 / (2 * Math.PI * fMin);
                    }
                    case W -> p[k] = r * Math.sqrt(2 * Math.PI * fApex);
                    default -> {
                    }
                }
                k += e.parameterCount();
            }
            o += kid.parameterCount();
        }
    }

    /** Fills a top-level series element from the low-frequency tail (R: {@code rInf}, Ω). */
    static void fillSeries(Element e, int k, double[] p, double rInf, Sorted d) {
        double[] f = d.f();
        double[] mim = d.mim();
        int n = f.length;
        double wLow = 2 * Math.PI * f[n - 1];
        double zi = Math.max(mim[n - 1], 1e-12);
        switch (e.type()) {
            case R -> p[k] = rInf;
            case C -> p[k] = 1 / (wLow * zi);
            case L -> p[k] = mim[0] < 0 ? -mim[0] / (2 * Math.PI * f[0]) : 1e-9;
            case W -> p[k] = zi * Math.sqrt(wLow);
            case CPE -> {
                double nn = 0.8;
                if (n >= 3 && mim[n - 3] > 0 && mim[n - 1] > 0) {
                    nn = -Math.log(mim[n - 1] / mim[n - 3]) / Math.log(f[n - 1] / f[n - 3]);
                }
                nn = Math.min(Math.max(Double.isFinite(nn) ? nn : 0.8, 0.3), 0.99);
                p[k] = Math.sin(nn * Math.PI / 2) / (zi * Math.pow(wLow, nn));
                p[k + 1] = nn;
            }
            default -> {
            }
        }
    }
}
