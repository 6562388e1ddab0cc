package org.elyte.analysis.transport;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.elyte.core.provenance.Provenance;

/**
 * The result of a conductivity study over one or more spectra: per spectrum the fit and
 * conductivities (in increasing temperature), and per resistance kind the Arrhenius fit (two or more
 * temperatures) and the VTF fit (four or more).
 *
 * @param spectra per-spectrum results, ordered by temperature (unknown temperatures last)
 * @param arrhenius Arrhenius fit per resistance kind
 * @param vtf VTF fit per resistance kind
 * @param warnings what a careful reader should know
 * @param provenance method, options and inputs
 */
public record ConductivityReport(List<SpectrumConductivity> spectra, Map<ResistanceKind, ActivationEnergy> arrhenius,
        Map<ResistanceKind, VtfResult> vtf, List<String> warnings, Provenance provenance) {

    /**
     * @param spectra spectra
     * @param arrhenius Arrhenius fits
     * @param vtf VTF fits
     * @param warnings warnings
     * @param provenance provenance
     */
    public ConductivityReport {
        spectra = List.copyOf(spectra);
        arrhenius = Collections.unmodifiableMap(arrhenius.isEmpty() ? new EnumMap<>(ResistanceKind.class) : new EnumMap<>(arrhenius));
        vtf = Collections.unmodifiableMap(vtf.isEmpty() ? new EnumMap<>(ResistanceKind.class) : new EnumMap<>(vtf));
        warnings = List.copyOf(warnings);
    }
}
