package org.elyte.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.elyte.analysis.eis.fit.FitResult;
import org.elyte.analysis.transport.ActivationEnergy;
import org.elyte.analysis.transport.ConductivityReport;
import org.elyte.analysis.transport.ResistanceKind;
import org.elyte.analysis.transport.ResistanceValue;
import org.elyte.analysis.transport.SpectrumConductivity;
import org.elyte.analysis.transport.VtfResult;
import org.elyte.core.error.ElyteException;
import org.elyte.core.geometry.CellGeometry;
import org.elyte.core.impedance.ImpedanceSpectrum;

/** A self-contained HTML report of a conductivity study: tables, Nyquist plots with fits, Arrhenius plot. */
public final class ConductivityHtml {
    private static final double K_B_EV = 8.617333262e-5;

    private ConductivityHtml() {
    }

    /**
     * @param file where to write (parent folders are created)
     * @param title page title
     * @param report the study
     * @param geometry the sample geometry used
     */
    public static void write(Path file, String title, ConductivityReport report, CellGeometry geometry) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, html(title, report, geometry), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ElyteException("cannot write report " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param title page title
     * @param report the study
     * @param geometry the sample geometry used
     * @return the page
     */
    public static String html(String title, ConductivityReport report, CellGeometry geometry) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title><style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
                        + "text-align:right}th{background:#f3f3f3}td.l,th.l{text-align:left}"
                        + ".plots img{width:48%;margin:1%}.warn{color:#a40}</style></head><body>");
        h.append("<h1>").append(esc(title)).append("</h1>");
        h.append(String.format(Locale.ROOT, "<p>Thickness L = %.5g cm, area S = %.5g cm² (L/S = %.5g cm⁻¹). "
                + "σ = L/(R·S). Temperatures: T/K = t/°C + 273.15.</p>", geometry.thicknessM().value() * 100,
                geometry.areaM2().value() * 1e4, geometry.cellConstantPerM() / 100));
        if (!report.spectra().isEmpty()) {
            FitResult f0 = report.spectra().get(0).fit();
            h.append("<p>Circuit <code>").append(esc(f0.circuit().toString())).append("</code>, ")
                    .append(f0.weighting().name().toLowerCase(Locale.ROOT)).append(" weighting.</p>");
        }
        spectraTable(h, report);
        arrheniusTables(h, report);
        h.append("<h2>Nyquist plots</h2><div class=\"plots\">");
        for (SpectrumConductivity s : report.spectra()) {
            h.append(img(Plots.nyquist(label(s), List.of(nyquistSeries(s))), "Nyquist plot of " + s.source()));
        }
        h.append("</div>");
        if (!report.arrhenius().isEmpty()) {
            h.append("<h2>Arrhenius plot</h2><div class=\"plots\">")
                    .append(img(Plots.arrhenius("Arrhenius, ln(σT) vs 1000/T", arrheniusSeries(report)), "Arrhenius plot"))
                    .append("</div>");
        }
        for (String w : report.warnings()) {
            h.append("<p class=\"warn\">warning: ").append(esc(w)).append("</p>");
        }
        h.append("<p><small>Made by elyte. Methods and references: docs/methods.md.</small></p></body></html>\n");
        return h.toString();
    }

    private static void spectraTable(StringBuilder h, ConductivityReport report) {
        h.append("<h2>Conductivity per spectrum</h2><table><tr><th class=\"l\">spectrum</th><th>T / °C</th>"
                + "<th class=\"l\">resistance</th><th>R / Ω</th><th>±</th><th>σ / S cm⁻¹</th><th>±</th><th>χ²</th></tr>");
        for (SpectrumConductivity s : report.spectra()) {
            for (ResistanceValue r : s.resistances()) {
                h.append(String.format(Locale.ROOT,
                        "<tr><td class=\"l\">%s</td><td>%.2f</td><td class=\"l\">%s</td><td>%.5e</td><td>%.2e</td>"
                                + "<td>%.5e</td><td>%.2e</td><td>%.4e</td></tr>",
                        esc(name(s.source())), s.temperatureK() - 273.15, r.kind().displayName(), r.resistanceOhm(),
                        r.stderrOhm(), r.conductivity().sigmaSPerCm(), r.conductivity().stderrSPerCm(), s.fit().chi2()));
            }
        }
        h.append("</table>");
    }

    private static void arrheniusTables(StringBuilder h, ConductivityReport report) {
        if (report.arrhenius().isEmpty()) {
            return;
        }
        h.append("<h2>Activation energy</h2><table><tr><th class=\"l\">resistance</th><th>Ea / eV</th><th>±</th>"
                + "<th>Ea / kJ mol⁻¹</th><th>R²</th><th>σ(25 °C) / S cm⁻¹</th></tr>");
        for (Map.Entry<ResistanceKind, ActivationEnergy> e : report.arrhenius().entrySet()) {
            ActivationEnergy a = e.getValue();
            h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%.4f</td><td>%.4f</td><td>%.2f</td>"
                    + "<td>%.5f</td><td>%.4e</td></tr>", e.getKey().displayName(), a.activationEnergyEV(), a.stderrEV(),
                    a.activationEnergyKJPerMol(), a.rSquared(), a.sigmaAt25CSPerM() / 100));
        }
        h.append("</table>");
        if (!report.vtf().isEmpty()) {
            h.append("<table><tr><th class=\"l\">VTF</th><th>B / eV</th><th>±</th><th>T0 / K</th><th>R²</th>"
                    + "<th>AIC − AIC(Arrhenius)</th></tr>");
            for (Map.Entry<ResistanceKind, VtfResult> e : report.vtf().entrySet()) {
                VtfResult v = e.getValue();
                ActivationEnergy a = report.arrhenius().get(e.getKey());
                h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%.4f</td><td>%.4f</td><td>%.1f</td>"
                        + "<td>%.5f</td><td>%.2f</td></tr>", e.getKey().displayName(), v.pseudoActivationEnergyEV(),
                        v.stderrEV(), v.t0K(), v.rSquared(), a == null ? Double.NaN : v.aic() - a.aic()));
            }
            h.append("</table>");
        }
    }

    private static Plots.NyquistSeries nyquistSeries(SpectrumConductivity s) {
        // the model at the measured points carries the fitted band
        double[] f = SpectrumFigures.logGrid(s.fit().model(), 200);
        ImpedanceSpectrum model = s.fit().predict(f);
        return new Plots.NyquistSeries(label(s), s.spectrum().reals(), s.spectrum().imags(), model.reals(), model.imags());
    }

    private static List<Plots.ArrheniusSeries> arrheniusSeries(ConductivityReport report) {
        List<Plots.ArrheniusSeries> out = new ArrayList<>();
        for (Map.Entry<ResistanceKind, ActivationEnergy> e : report.arrhenius().entrySet()) {
            List<double[]> pts = new ArrayList<>();
            for (SpectrumConductivity s : report.spectra()) {
                for (ResistanceValue r : s.resistances()) {
                    if (r.kind() == e.getKey() && Double.isFinite(s.temperatureK())) {
                        pts.add(new double[] {s.temperatureK(), r.conductivity().sigmaSPerCm()});
                    }
                }
            }
            double[] x = new double[pts.size()];
            double[] y = new double[pts.size()];
            double[] line = new double[pts.size()];
            ActivationEnergy a = e.getValue();
            for (int i = 0; i < pts.size(); i++) {
                double t = pts.get(i)[0];
                x[i] = 1000 / t;
                y[i] = Math.log(pts.get(i)[1] * t);
                // lnPrefactor is in SI (S/m·K); convert the line to S/cm·K for the plot.
                line[i] = a.lnPrefactor() - Math.log(100) - a.activationEnergyEV() / (K_B_EV * t);
            }
            out.add(new Plots.ArrheniusSeries(e.getKey().displayName(), x, y, line));
        }
        return out;
    }

    private static String label(SpectrumConductivity s) {
        return Double.isNaN(s.temperatureK()) ? name(s.source())
                : String.format(Locale.ROOT, "%s (%.0f °C)", name(s.source()), s.temperatureK() - 273.15);
    }

    private static String img(byte[] png, String alt) {
        return "<img alt=\"" + esc(alt) + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\">";
    }

    private static String name(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash >= 0 ? source.substring(slash + 1) : source;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
