package org.elyte.analysis.transport;

import java.util.List;
import java.util.Objects;

import org.elyte.analysis.eis.fit.Arc;
import org.elyte.analysis.eis.fit.FitResult;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;

/**
 * One spectrum of a conductivity study: the fit, its labelled arcs and the conductivities.
 *
 * @param spectrum the spectrum as fitted
 * @param fit the circuit fit
 * @param arcs the arcs of the fit, labelled by effective capacitance
 * @param resistances bulk, grain-boundary and total resistances with their conductivities
 */
public record SpectrumConductivity(ImpedanceSpectrum spectrum, FitResult fit, List<Arc> arcs,
        List<ResistanceValue> resistances) {

    /**
     * @param spectrum spectrum
     * @param fit fit
     * @param arcs arcs
     * @param resistances resistances
     */
    public SpectrumConductivity {
        Objects.requireNonNull(spectrum, "spectrum");
        Objects.requireNonNull(fit, "fit");
        arcs = List.copyOf(arcs);
        resistances = List.copyOf(resistances);
    }

    /** @return the source file of the spectrum, or {@code "(unnamed)"} */
    public String source() {
        return spectrum.metadata().sourceFile().orElse("(unnamed)");
    }

    /** @return the temperature, K, or NaN when unknown */
    public double temperatureK() {
        return spectrum.temperatureK().orElse(Double.NaN);
    }

    /** @return where the temperature came from ("file header", "file name", "user"), or "unknown" */
    public String temperatureSource() {
        return spectrum.metadata().get(Metadata.TEMPERATURE_SOURCE)
                .orElse(spectrum.temperatureK().isPresent() ? "metadata" : "unknown");
    }

    /**
     * @param kind resistance kind
     * @return that resistance, if the circuit yields it
     */
    public java.util.Optional<ResistanceValue> resistance(ResistanceKind kind) {
        return resistances.stream().filter(r -> r.kind() == kind).findFirst();
    }
}
