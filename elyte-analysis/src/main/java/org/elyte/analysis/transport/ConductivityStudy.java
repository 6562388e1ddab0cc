package org.elyte.analysis.transport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.circuit.CircuitNode;
import org.elyte.analysis.eis.circuit.Element;
import org.elyte.analysis.eis.circuit.ElementType;
import org.elyte.analysis.eis.circuit.Series;
import org.elyte.analysis.eis.fit.Arc;
import org.elyte.analysis.eis.fit.ArcLabel;
import org.elyte.analysis.eis.fit.Arcs;
import org.elyte.analysis.eis.fit.CircuitFitter;
import org.elyte.analysis.eis.fit.FitOptions;
import org.elyte.analysis.eis.fit.FitResult;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.geometry.CellGeometry;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.provenance.Provenance;

/**
 * The conductivity pipeline of a blocking-electrode cell over a temperature series: fit every
 * spectrum with one circuit (in increasing temperature, each fit starting from the previous
 * result), label the arcs by specific effective capacitance, take the bulk, grain-boundary and
 * total resistances, compute σ = L/(R·S) with propagated uncertainty, then fit Arrhenius (two or
 * more temperatures) and VTF (four or more) per resistance kind.
 *
 * <p>Resistances: bulk is the sum of arcs labelled bulk or, when the circuit has none, of the
 * resistors in series (the high-frequency intercept of a polymer membrane); grain boundary is the
 * sum of arcs so labelled; total is bulk plus grain boundary. Their standard errors come from the
 * fit covariance, correlations included.
 */
public final class ConductivityStudy {
    /** Method version, part of the provenance. */
    public static final String VERSION = "1";

    private ConductivityStudy() {
    }

    /**
     * @param spectra one spectrum per temperature; the temperature is read from each spectrum's
     *     metadata (spectra without one are fitted but left out of Arrhenius and VTF)
     * @param circuit the equivalent circuit
     * @param geometry sample thickness and electrode area
     * @param options fit options (starting values apply to the first, lowest-temperature, spectrum)
     * @return the study
     */
    public static ConductivityReport run(List<ImpedanceSpectrum> spectra, Circuit circuit, CellGeometry geometry,
            FitOptions options) {
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(options, "options");
        if (spectra == null || spectra.isEmpty()) {
            throw new InvalidInputException("a conductivity study needs at least one spectrum");
        }
        List<ImpedanceSpectrum> ordered = new ArrayList<>(spectra);
        ordered.sort(Comparator.comparingDouble(s -> s.temperatureK().orElse(Double.POSITIVE_INFINITY)));
        List<FitResult> fits = CircuitFitter.fitSeries(circuit, ordered, options);
        List<String> warnings = new ArrayList<>();
        List<SpectrumConductivity> results = new ArrayList<>();
        Provenance provenance = Provenance.of("transport.conductivity-study", VERSION)
                .withOption("circuit", circuit).withOption("weighting", options.weighting())
                .withOption("thicknessM", geometry.thicknessM().value()).withOption("areaM2", geometry.areaM2().value());
        for (int i = 0; i < ordered.size(); i++) {
            ImpedanceSpectrum s = ordered.get(i);
            FitResult fit = fits.get(i);
            List<Arc> arcs = Arcs.of(fit, geometry.cellConstantPerM());
            List<ResistanceValue> resistances = resistances(fit, arcs, geometry);
            String name = s.metadata().sourceFile().orElse("spectrum " + (i + 1));
            if (resistances.isEmpty()) {
                warnings.add(name + ": no bulk or grain-boundary resistance in circuit " + circuit
                        + " (arcs: " + arcs.stream().map(a -> a.label().name()).toList() + ")");
            }
            fit.warnings().forEach(w -> warnings.add(name + ": " + w));
            if (s.temperatureK().isEmpty()) {
                warnings.add(name + ": temperature unknown; left out of the Arrhenius and VTF fits");
            }
            results.add(new SpectrumConductivity(s, fit, arcs, resistances));
        }
        for (ImpedanceSpectrum s : ordered) {
            provenance = s.metadata().sha256().map(provenance::withInput).orElse(provenance);
        }
        Map<ResistanceKind, ActivationEnergy> arrhenius = new EnumMap<>(ResistanceKind.class);
        Map<ResistanceKind, VtfResult> vtf = new EnumMap<>(ResistanceKind.class);
        for (ResistanceKind kind : ResistanceKind.values()) {
            List<ArrheniusPoint> points = points(results, kind);
            int temperatures = new TreeSet<>(points.stream().map(ArrheniusPoint::temperatureK).toList()).size();
            if (temperatures != points.size()) {
                warnings.add(kind.displayName() + ": two spectra at the same temperature; no Arrhenius fit");
                continue;
            }
            if (points.size() >= 2) {
                ActivationEnergy a = Arrhenius.fit(points, ArrheniusForm.SIGMA_T);
                arrhenius.put(kind, a);
                a.notes().forEach(n -> warnings.add(kind.displayName() + " Arrhenius: " + n));
            }
            if (points.size() >= 4) {
                VtfResult v = Vtf.fit(points, OptionalDouble.empty());
                vtf.put(kind, v);
                v.notes().forEach(n -> warnings.add(kind.displayName() + " VTF: " + n));
            }
        }
        return new ConductivityReport(results, arrhenius, vtf, warnings, provenance);
    }

    private static List<ArrheniusPoint> points(List<SpectrumConductivity> results, ResistanceKind kind) {
        List<ArrheniusPoint> pts = new ArrayList<>();
        for (SpectrumConductivity r : results) {
            if (Double.isNaN(r.temperatureK())) {
                continue;
            }
            r.resistance(kind).ifPresent(v -> pts.add(new ArrheniusPoint(r.temperatureK(),
                    v.conductivity().sigmaSPerM(), v.conductivity().stderrSPerM())));
        }
        return pts;
    }

    /**
     * @param fit a fit
     * @param arcs its labelled arcs
     * @param geometry the sample geometry
     * @return bulk, grain-boundary and total resistances with conductivities (kinds the circuit
     *     does not yield are absent)
     */
    static List<ResistanceValue> resistances(FitResult fit, List<Arc> arcs, CellGeometry geometry) {
        List<String> bulk = new ArrayList<>();
        List<String> gb = new ArrayList<>();
        for (Arc a : arcs) {
            if (a.isSpur()) {
                continue;
            }
            if (a.label() == ArcLabel.BULK) {
                bulk.add(resistanceParameter(a));
            } else if (a.label() == ArcLabel.GRAIN_BOUNDARY) {
                gb.add(resistanceParameter(a));
            }
        }
        if (bulk.isEmpty()) {
            bulk.addAll(seriesResistors(fit.circuit()));
        }
        List<ResistanceValue> out = new ArrayList<>();
        add(out, ResistanceKind.BULK, fit, bulk, geometry);
        add(out, ResistanceKind.GRAIN_BOUNDARY, fit, gb, geometry);
        if (!bulk.isEmpty() && !gb.isEmpty()) {
            List<String> total = new ArrayList<>(bulk);
            total.addAll(gb);
            add(out, ResistanceKind.TOTAL, fit, total, geometry);
        } else if (!bulk.isEmpty()) {
            add(out, ResistanceKind.TOTAL, fit, bulk, geometry);
        }
        return out;
    }

    private static void add(List<ResistanceValue> out, ResistanceKind kind, FitResult fit, List<String> names,
            CellGeometry geometry) {
        if (names.isEmpty()) {
            return;
        }
        double[][] cov = fit.covariance();
        double r = 0;
        double var = 0;
        for (String a : names) {
            int i = fit.circuit().indexOf(a);
            r += fit.parameter(a).value();
            for (String b : names) {
                var += cov[i][fit.circuit().indexOf(b)];
            }
        }
        double se = var >= 0 && Double.isFinite(var) ? Math.sqrt(var) : Double.NaN;
        out.add(new ResistanceValue(kind, r, se, Conductivities.of(r, se, geometry)));
    }

    private static String resistanceParameter(Arc a) {
        String first = a.elements().get(0);
        return a.elements().size() == 2 ? first : first + "_0"; // R of an R‖C arc; R of a Zarc or K element
    }

    private static List<String> seriesResistors(Circuit circuit) {
        CircuitNode root = circuit.root();
        List<CircuitNode> top = root instanceof Series s ? s.children() : List.of(root);
        List<String> out = new ArrayList<>();
        for (CircuitNode n : top) {
            if (n instanceof Element e && e.type() == ElementType.R) {
                out.add(e.id());
            }
        }
        return out;
    }
}
