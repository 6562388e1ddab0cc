package org.elyte.analysis.eis.fit;

import java.util.ArrayList;
import java.util.List;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.circuit.CircuitNode;
import org.elyte.analysis.eis.circuit.Element;
import org.elyte.analysis.eis.circuit.ElementType;
import org.elyte.core.impedance.ImpedanceSpectrum;

/**
 * Start values from a distribution of relaxation times ({@link Drt}, {@link DrtPeaks}): the
 * circuit's arcs, in circuit order, take the largest DRT peaks in ascending τ (R = peak sum,
 * τ = R-weighted log-mean, n from the peak width, Q = τⁿ/R); the series R takes R∞; a series
 * CPE, C or W takes the spur columns of the DRT; other elements, and anything the DRT left at
 * zero, follow {@link StartValues}. {@link #candidates} adds the apex-heuristic start and the
 * other assignments of peaks to arcs, for multi-start.
 */
final class DrtStart {
    private static final int MAX_PERMUTED_ARCS = 4;

    private DrtStart() {
    }

    /** @return the default start: DRT-based if the circuit has arcs, else the apex heuristic */
    static double[] estimate(Circuit circuit, ImpedanceSpectrum s) {
        return candidates(circuit, s).get(0);
    }

    /**
     * @return distinct start vectors, best guess first: DRT start; if the circuit has no series R
     *     but the DRT has an R∞, the same with the fastest arc at R∞ and the grid's shortest τ; the
     *     apex-heuristic start; then the DRT start with the peaks assigned to the arcs in the other
     *     orders (up to 4 arcs)
     */
    static List<double[]> candidates(Circuit circuit, ImpedanceSpectrum s) {
        double[] heuristic = StartValues.heuristic(circuit, s);
        StartValues.Layout lay = StartValues.Layout.of(circuit);
        int arcs = lay.arcs().size();
        if (arcs == 0 || s.size() < 3) {
            return List.of(heuristic);
        }
        StartValues.Sorted d = StartValues.Sorted.of(s);
        List<Element> spurs = new ArrayList<>();
        boolean inductive = false;
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (int t = 0; t < lay.top().size(); t++) {
            if (lay.top().get(t) instanceof Element e && !lay.arcs().contains(t)) {
                switch (e.type()) {
                    case CPE -> {
                        spurs.add(e);
                        lo = 0.3;
                        hi = 1.0;
                    }
                    case C -> {
                        spurs.add(e);
                        lo = 1.0;
                        hi = 1.0;
                    }
                    case W -> {
                        spurs.add(e);
                        lo = 0.5;
                        hi = 0.5;
                    }
                    case L -> inductive = true;
                    default -> {
                    }
                }
            }
        }
        double[] im = new double[d.mim().length];
        for (int i = 0; i < im.length; i++) {
            im[i] = -d.mim()[i];
        }
        Drt drt = Drt.of(d.f(), d.re(), im, spurs.size() == 1 ? lo : Double.NaN, hi, inductive);
        List<DrtPeaks.Peak> peaks = DrtPeaks.find(drt.lnTau(), drt.resistance(), drt.significance(), arcs);
        if (peaks.isEmpty()) {
            return List.of(heuristic);
        }
        double[] base = heuristic.clone();
        fillSeries(base, lay, d, drt, spurs.size() == 1);
        List<double[]> out = new ArrayList<>();
        int np = Math.min(peaks.size(), arcs);
        for (int[] perm : permutations(np, arcs <= MAX_PERMUTED_ARCS)) {
            double[] p = base.clone();
            fillArcs(p, lay, d, peaks, perm);
            out.add(p);
            if (out.size() == 1) {
                out.add(heuristic);
            }
        }
        boolean seriesR = lay.top().stream().anyMatch(n -> n instanceof Element e && e.type() == ElementType.R);
        if (!seriesR && drt.seriesResistance() > 1e-6 * d.maxMod()) {
            // no series R in the circuit: R∞ of the DRT is an arc faster than the data; try the fastest arc there
            List<DrtPeaks.Peak> fast = new ArrayList<>();
            fast.add(new DrtPeaks.Peak(drt.seriesResistance(), Math.exp(drt.lnTau()[0]), 0.9));
            fast.addAll(DrtPeaks.find(drt.lnTau(), drt.resistance(), drt.significance(), arcs - 1));
            double[] p = base.clone();
            fillArcs(p, lay, d, fast, permutations(Math.min(fast.size(), arcs), false).get(0));
            out.add(1, p);
        }
        return distinct(out);
    }

    private static void fillArcs(double[] p, StartValues.Layout lay, StartValues.Sorted d, List<DrtPeaks.Peak> peaks,
            int[] perm) {
        int arcs = lay.arcs().size();
        double fMin = d.f()[d.f().length - 1];
        DrtPeaks.Peak last = peaks.get(peaks.size() - 1);
        for (int a = 0; a < arcs; a++) {
            DrtPeaks.Peak pk = a < perm.length ? peaks.get(perm[a])
                    : new DrtPeaks.Peak(last.resistance(), last.tau() * Math.pow(30, a - perm.length + 1), 0.8);
            int t = lay.arcs().get(a);
            CircuitNode node = lay.top().get(t);
            StartValues.fillArc(node, lay.offsets()[t], p, Math.max(pk.resistance(), 1e-9 * d.maxMod()), pk.tau(),
                    pk.exponent(), fMin);
        }
    }

    private static void fillSeries(double[] p, StartValues.Layout lay, StartValues.Sorted d, Drt drt,
            boolean singleSpur) {
        double wMin = 2 * Math.PI * d.f()[d.f().length - 1];
        for (int t = 0; t < lay.top().size(); t++) {
            if (!(lay.top().get(t) instanceof Element e) || lay.arcs().contains(t)) {
                continue;
            }
            int k = lay.offsets()[t];
            double spur = drt.spurModulus();
            switch (e.type()) {
                case R -> {
                    if (drt.seriesResistance() > 1e-6 * d.maxMod()) {
                        p[k] = drt.seriesResistance();
                    }
                }
                case L -> {
                    if (drt.inductance() > 0) {
                        p[k] = drt.inductance();
                    }
                }
                case CPE -> {
                    if (singleSpur && spur > 0) {
                        double[] qn = drt.spurCpe();
                        p[k] = qn[0];
                        p[k + 1] = Math.min(0.99, qn[1]);
                    }
                }
                case C -> {
                    if (singleSpur && spur > 0) {
                        p[k] = 1 / (spur * wMin);
                    }
                }
                case W -> {
                    if (singleSpur && spur > 0) {
                        p[k] = spur * Math.sqrt(wMin) / Math.sqrt(2);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Identity first, then (if {@code all}) the other permutations of 0..n−1 in lexicographic order. */
    static List<int[]> permutations(int n, boolean all) {
        List<int[]> out = new ArrayList<>();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        out.add(a.clone());
        while (all) {
            int i = n - 2;
            while (i >= 0 && a[i] >= a[i + 1]) {
                i--;
            }
            if (i < 0) {
                break;
            }
            int j = n - 1;
            while (a[j] <= a[i]) {
                j--;
            }
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
            for (int l = i + 1, r = n - 1; l < r; l++, r--) {
                tmp = a[l];
                a[l] = a[r];
                a[r] = tmp;
            }
            out.add(a.clone());
        }
        return out;
    }

    private static List<double[]> distinct(List<double[]> in) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : in) {
            if (out.stream().noneMatch(q -> java.util.Arrays.equals(p, q))) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
