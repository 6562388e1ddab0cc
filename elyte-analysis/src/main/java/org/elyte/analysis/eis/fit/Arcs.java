package org.elyte.analysis.eis.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.elyte.analysis.eis.circuit.CircuitNode;
import org.elyte.analysis.eis.circuit.Element;
import org.elyte.analysis.eis.circuit.ElementType;
import org.elyte.analysis.eis.circuit.Parallel;
import org.elyte.analysis.eis.circuit.Series;
import org.elyte.core.error.InvalidInputException;

/**
 * Finds the arcs of a fitted circuit and labels them by effective capacitance (Irvine, Sinclair
 * &amp; West 1990): C_eff = (R^(1−n)·Q)^(1/n) (Brug et al., J. Electroanal. Chem. 176 (1984) 275;
 * Hsu &amp; Mansfeld, Corrosion 57 (2001) 747). Arcs are ranked by C_eff; the smallest with
 * C_eff &lt; 5·10⁻¹¹ F is BULK, the next with C_eff &lt; 10⁻⁸ F GRAIN_BOUNDARY; C_eff ≥ 10⁻⁷ F and
 * series spurs are ELECTRODE; the rest UNKNOWN. The bulk ceiling of 5·10⁻¹¹ F (instead of the
 * table's 10⁻¹¹) allows thin films and pellets with a large area/thickness ratio; the ranking
 * resolves two arcs in the same range. The ranges assume a cell constant near 1 cm⁻¹.
 */
public final class Arcs {
    /** Upper C_eff of a bulk arc, F. */
    public static final double BULK_MAX_F = 5e-11;
    /** Upper C_eff of a grain-boundary arc, F. */
    public static final double GRAIN_BOUNDARY_MAX_F = 1e-8;
    /** Lower C_eff of an electrode arc, F. */
    public static final double ELECTRODE_MIN_F = 1e-7;

    private Arcs() {
    }

    /**
     * Labels arcs assuming a cell constant L/S of 1 cm⁻¹, the geometry the Irvine–Sinclair–West
     * ranges are stated for.
     *
     * @param fit a circuit fit
     * @return its arcs in circuit order, labelled
     */
    public static List<Arc> of(FitResult fit) {
        return of(fit, 100);
    }

    /**
     * Labels arcs by the specific capacitance C_eff·(L/S), so that a thin membrane of large area
     * (whose geometric capacitance is large) is labelled like a pellet: the ranges are those of
     * Irvine, Sinclair and West for L/S = 1 cm⁻¹.
     *
     * @param fit a circuit fit
     * @param cellConstantPerM the sample's L/S, 1/m
     * @return its arcs in circuit order, labelled
     */
    public static List<Arc> of(FitResult fit, double cellConstantPerM) {
        if (!(cellConstantPerM > 0) || !Double.isFinite(cellConstantPerM)) {
            throw new InvalidInputException("cell constant L/S must be positive and finite, got " + cellConstantPerM + " 1/m");
        }
        List<Arc> arcs = new ArrayList<>();
        CircuitNode root = fit.circuit().root();
        List<CircuitNode> top = root instanceof Series s ? s.children() : List.of(root);
        for (CircuitNode node : top) {
            if (node instanceof Parallel p && p.children().size() == 2) {
                Element r = null;
                Element c = null;
                for (CircuitNode k : p.children()) {
                    if (k instanceof Element e && e.type() == ElementType.R) {
                        r = e;
                    } else if (k instanceof Element e && (e.type() == ElementType.C || e.type() == ElementType.CPE)) {
                        c = e;
                    }
                }
                if (r != null && c != null) {
                    ParameterEstimate pr = fit.parameter(r.id());
                    boolean cpe = c.type() == ElementType.CPE;
                    double q = fit.parameter(cpe ? c.id() + "_0" : c.id()).value();
                    double n = cpe ? fit.parameter(c.id() + "_1").value() : 1.0;
                    arcs.add(arc(List.of(r.id(), c.id()), pr.value(), pr.stderr(), q, n));
                }
            } else if (node instanceof Element e && (e.type() == ElementType.ZARC || e.type() == ElementType.K)) {
                ParameterEstimate pr = fit.parameter(e.id() + "_0");
                double tau = fit.parameter(e.id() + "_1").value();
                double n = e.type() == ElementType.ZARC ? fit.parameter(e.id() + "_2").value() : 1.0;
                arcs.add(arc(List.of(e.id()), pr.value(), pr.stderr(), Math.pow(tau, n) / pr.value(), n));
            } else if (node instanceof Element e && (e.type() == ElementType.CPE || e.type() == ElementType.C)) {
                boolean cpe = e.type() == ElementType.CPE;
                double q = fit.parameter(cpe ? e.id() + "_0" : e.id()).value();
                double n = cpe ? fit.parameter(e.id() + "_1").value() : 1.0;
                arcs.add(new Arc(List.of(e.id()), Double.POSITIVE_INFINITY, Double.NaN, q, n, q, Double.NaN,
                        ArcLabel.ELECTRODE));
            }
        }
        return label(arcs, cellConstantPerM / 100);
    }

    private static Arc arc(List<String> ids, double r, double rErr, double q, double n) {
        double cEff = Math.pow(Math.pow(r, 1 - n) * q, 1 / n);
        double apex = 1 / (2 * Math.PI * Math.pow(r * q, 1 / n));
        return new Arc(ids, r, rErr, q, n, cEff, apex, ArcLabel.UNKNOWN);
    }

    private static List<Arc> label(List<Arc> arcs, double cellConstantPerCm) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < arcs.size(); i++) {
            if (!arcs.get(i).isSpur()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> arcs.get(i).effectiveCapacitanceF()));
        Arc[] out = arcs.toArray(new Arc[0]);
        boolean bulk = false;
        boolean gb = false;
        for (int i : order) {
            double c = arcs.get(i).effectiveCapacitanceF() * cellConstantPerCm;
            ArcLabel l = ArcLabel.UNKNOWN;
            if (c >= ELECTRODE_MIN_F) {
                l = ArcLabel.ELECTRODE;
            } else if (!bulk && c < BULK_MAX_F) {
                l = ArcLabel.BULK;
                bulk = true;
            } else if (!gb && c < GRAIN_BOUNDARY_MAX_F) {
                l = ArcLabel.GRAIN_BOUNDARY;
                gb = true;
            }
            out[i] = arcs.get(i).withLabel(l);
        }
        return List.of(out);
    }
}
