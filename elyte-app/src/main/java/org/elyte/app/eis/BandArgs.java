package org.elyte.app.eis;

import org.elyte.core.impedance.ImpedanceSpectrum;

import picocli.CommandLine.Option;

/** The frequency-band options shared by the impedance commands (a picocli mixin). */
public final class BandArgs {
    @Option(names = "--fmin", paramLabel = "HZ", description = "Drop points below this frequency.")
    Double fMinHz;

    @Option(names = "--fmax", paramLabel = "HZ", description = "Drop points above this frequency.")
    Double fMaxHz;

    @Option(names = "--drop-inductive", description = "Drop points with Z'' >= 0 (inductive).")
    boolean dropInductive;

    /**
     * @param s a measured spectrum
     * @return the spectrum with the frequency band (inclusive) and the inductive filter applied
     */
    public ImpedanceSpectrum select(ImpedanceSpectrum s) {
        ImpedanceSpectrum out = s;
        if (fMinHz != null || fMaxHz != null) {
            out = out.withFrequencyRange(fMinHz == null ? 0 : fMinHz, fMaxHz == null ? Double.MAX_VALUE : fMaxHz);
        }
        return dropInductive ? out.withoutInductive() : out;
    }
}
