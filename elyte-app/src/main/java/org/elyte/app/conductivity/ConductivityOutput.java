package org.elyte.app.conductivity;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

import org.elyte.analysis.eis.fit.Arc;
import org.elyte.analysis.transport.ActivationEnergy;
import org.elyte.analysis.transport.ConductivityReport;
import org.elyte.analysis.transport.ResistanceKind;
import org.elyte.analysis.transport.ResistanceValue;
import org.elyte.analysis.transport.SpectrumConductivity;
import org.elyte.analysis.transport.VtfResult;
import org.elyte.app.cli.Json;
import org.elyte.app.eis.EisFitCommand;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Human and JSON output of a conductivity study (shared by {@code conductivity} and {@code demo}). */
public final class ConductivityOutput {
    private static final double KELVIN_OFFSET = 273.15;

    private ConductivityOutput() {
    }

    /**
     * @param report the study
     * @return the JSON form documented in docs/cli.md
     */
    public static ObjectNode json(ConductivityReport report) {
        ObjectNode root = Json.object();
        root.put("temperatureConvention", "T/K = t/degC + 273.15");
        ArrayNode spectra = root.putArray("spectra");
        for (SpectrumConductivity s : report.spectra()) {
            ObjectNode n = spectra.addObject();
            n.put("file", s.source());
            Json.num(n, "temperatureK", s.temperatureK());
            n.put("temperatureSource", s.temperatureSource());
            n.put("points", s.fit().points());
            Json.num(n, "chi2", s.fit().chi2());
            ArrayNode arcs = n.putArray("arcs");
            for (ResistanceValue r : s.resistances()) {
                ObjectNode a = arcs.addObject();
                a.put("label", r.kind().jsonName());
                Json.num(a, "resistanceOhm", r.resistanceOhm());
                Json.num(a, "resistanceStderrOhm", r.stderrOhm());
                Json.num(a, "conductivitySPerCm", r.conductivity().sigmaSPerCm());
                Json.num(a, "conductivityStderrSPerCm", r.conductivity().stderrSPerCm());
            }
            ArrayNode fitted = n.putArray("fittedArcs");
            for (Arc a : s.arcs()) {
                fitted.add(EisFitCommand.arcJson(a));
            }
            n.set("fit", EisFitCommand.toJson(s.fit(), s.arcs()));
        }
        ObjectNode arr = root.putObject("arrhenius");
        for (Map.Entry<ResistanceKind, ActivationEnergy> e : report.arrhenius().entrySet()) {
            ActivationEnergy a = e.getValue();
            ObjectNode n = arr.putObject(e.getKey().jsonName());
            n.put("form", a.form().name());
            Json.num(n, "activationEnergyEV", a.activationEnergyEV());
            Json.num(n, "stderrEV", a.stderrEV());
            Json.num(n, "activationEnergyKJPerMol", a.activationEnergyKJPerMol());
            Json.num(n, "stderrKJPerMol", a.stderrKJPerMol());
            Json.num(n, "lnPrefactor", a.lnPrefactor());
            Json.num(n, "rSquared", a.rSquared());
            Json.num(n, "sigmaAt25CSPerCm", a.sigmaAt25CSPerM() / 100);
            n.put("points", a.points());
            Json.num(n, "aic", a.aic());
        }
        ObjectNode vtf = root.putObject("vtf");
        for (Map.Entry<ResistanceKind, VtfResult> e : report.vtf().entrySet()) {
            VtfResult v = e.getValue();
            ObjectNode n = vtf.putObject(e.getKey().jsonName());
            Json.num(n, "pseudoActivationEnergyEV", v.pseudoActivationEnergyEV());
            Json.num(n, "stderrEV", v.stderrEV());
            Json.num(n, "pseudoActivationEnergyKJPerMol", v.pseudoActivationEnergyKJPerMol());
            Json.num(n, "t0K", v.t0K());
            Json.num(n, "t0StderrK", v.t0StderrK());
            n.put("t0Fitted", v.t0Fitted());
            Json.num(n, "rSquared", v.rSquared());
            Json.num(n, "aic", v.aic());
        }
        ArrayNode w = root.putArray("warnings");
        report.warnings().forEach(w::add);
        return root;
    }

    /**
     * @param out where to print
     * @param report the study
     */
    public static void human(PrintWriter out, ConductivityReport report) {
        out.printf("%-22s %8s  %-15s %12s %10s %12s %10s%n", "spectrum", "T / °C", "resistance", "R / Ω", "±", "σ / S cm⁻¹",
                "±");
        for (SpectrumConductivity s : report.spectra()) {
            String t = Double.isNaN(s.temperatureK()) ? "?" : String.format(Locale.ROOT, "%.2f", s.temperatureK() - KELVIN_OFFSET);
            boolean first = true;
            for (ResistanceValue r : s.resistances()) {
                out.printf(Locale.ROOT, "%-22s %8s  %-15s %12.5e %10.2e %12.5e %10.2e%n", first ? shorten(s.source()) : "",
                        first ? t : "", r.kind().displayName(), r.resistanceOhm(), r.stderrOhm(),
                        r.conductivity().sigmaSPerCm(), r.conductivity().stderrSPerCm());
                first = false;
            }
        }
        if (!report.arrhenius().isEmpty()) {
            out.printf("%nArrhenius, ln(σT) against 1/T (T/K = t/°C + 273.15):%n");
            out.printf("%-15s %18s %20s %8s %16s%n", "resistance", "Ea / eV", "Ea / kJ mol⁻¹", "R²", "σ(25 °C) / S cm⁻¹");
            for (Map.Entry<ResistanceKind, ActivationEnergy> e : report.arrhenius().entrySet()) {
                ActivationEnergy a = e.getValue();
                out.printf(Locale.ROOT, "%-15s %9.4f ± %6.4f %11.2f ± %6.2f %8.5f %16.4e%n", e.getKey().displayName(),
                        a.activationEnergyEV(), a.stderrEV(), a.activationEnergyKJPerMol(), a.stderrKJPerMol(),
                        a.rSquared(), a.sigmaAt25CSPerM() / 100);
            }
        }
        if (!report.vtf().isEmpty()) {
            out.printf("%nVTF, σ = A·T^(-1/2)·exp(-B/(T - T0)):%n");
            out.printf("%-15s %18s %18s %10s %12s%n", "resistance", "B / eV", "T0 / K", "R²", "ΔAIC vs Arr.");
            for (Map.Entry<ResistanceKind, VtfResult> e : report.vtf().entrySet()) {
                VtfResult v = e.getValue();
                ActivationEnergy a = report.arrhenius().get(e.getKey());
                double dAic = a == null ? Double.NaN : v.aic() - a.aic();
                out.printf(Locale.ROOT, "%-15s %9.4f ± %6.4f %9.1f ± %6.1f %10.5f %12.2f%n", e.getKey().displayName(),
                        v.pseudoActivationEnergyEV(), v.stderrEV(), v.t0K(), v.t0StderrK(), v.rSquared(), dAic);
            }
            out.printf("(ΔAIC < 0 favours VTF; AIC compares both models on the same ln σ data)%n");
        }
        report.warnings().forEach(w -> out.printf("warning: %s%n", w));
    }

    private static String shorten(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash >= 0 ? source.substring(slash + 1) : source;
    }
}
