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
 * Start values estimated from the spectrum: a top-level series R from the high-frequency
 * intercept; arcs (parallel blocks, Zarc, K) from the apexes of −Z'' taken from high to low
 * frequency in circuit order (R ≈ 2.75·height for a depressed arc, τ = 1/(2π f_apex)); a series
 * CPE/C/W tail from the slope and magnitude of Z'' at the lowest frequencies. Anything else gets
 * its element's typical value.
 */
final class StartValues {
    private StartValues() {
    }

    static double[] estimate(Circuit circuit, ImpedanceSpectrum s) {
        double[] p = circuit.parameterSpecs().stream().mapToDouble(ParameterSpec::typical).toArray();
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
        double minRe = Arrays.stream(re).min().orElse(0);
        double rInf = Math.max(minRe, 1e-6 * maxMod);
        List<Integer> apex = apexes(mim, arcs.size());
        double lastRe = re[n - 1];
        double span = Math.max(lastRe - rInf, 0.1 * maxMod);
        for (int a = 0; a < arcs.size(); a++) {
            double fa;
            double r;
            if (a < apex.size()) {
                fa = f[apex.get(a)];
                r = 2.75 * mim[apex.get(a)];
            } else {
                double base = apex.isEmpty() ? Math.sqrt(f[0] * f[n - 1]) : f[apex.get(apex.size() - 1)];
                fa = base / Math.pow(30, a - apex.size() + 1);
                r = span / arcs.size();
            }
            fillArc(top.get(arcs.get(a)), offsets[arcs.get(a)], p, Math.max(r, 1e-9 * maxMod), fa, f[n - 1]);
        }
        for (int t = 0; t < top.size(); t++) {
            if (top.get(t) instanceof Element e && !arcs.contains(t)) {
                fillSeries(e, offsets[t], p, rInf, f, re, mim);
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

    private static void fillArc(CircuitNode node, int off, double[] p, double r, double fApex, double fMin) {
        double tau = 1 / (2 * Math.PI * fApex);
        if (node instanceof Element e) {
            p[off] = r;
            p[off + 1] = tau;
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
                        p[k] = Math.pow(tau, 0.8) / r;
                        p[k + 1] = 0.8;
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

    private static void fillSeries(Element e, int k, double[] p, double rInf, double[] f, double[] re, double[] mim) {
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
