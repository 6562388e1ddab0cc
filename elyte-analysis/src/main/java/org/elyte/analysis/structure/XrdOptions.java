package org.elyte.analysis.structure;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.numerics.PeakShape;

/**
 * Settings of {@link Xrd#peaks}.
 *
 * @param wavelengthM X-ray wavelength λ, m (Cu Kα 1.5406 Å by default)
 * @param scherrerK shape factor K (0.9 by default)
 * @param instrumentalFwhmRad instrumental width βi in 2θ, rad (0: none)
 * @param correction how βi is removed
 * @param minProminenceSigmas least peak prominence in noise standard deviations (default 6)
 * @param shape line shape fitted to each peak (pseudo-Voigt by default)
 */
public record XrdOptions(double wavelengthM, double scherrerK, double instrumentalFwhmRad,
        BroadeningCorrection correction, double minProminenceSigmas, PeakShape shape) {
    /** Cu Kα (weighted Kα1/Kα2), m. */
    public static final double CU_K_ALPHA_M = 1.5406e-10;

    /** @throws InvalidInputException on non-positive settings */
    public XrdOptions {
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(shape, "shape");
        if (!(wavelengthM > 0) || !(scherrerK > 0) || !(instrumentalFwhmRad >= 0) || !(minProminenceSigmas > 0)) {
            throw new InvalidInputException("XRD options: wavelength, K and prominence must be positive, instrument width >= 0");
        }
    }

    /** @return Cu Kα, K = 0.9, no instrument width, 6σ prominence, pseudo-Voigt */
    public static XrdOptions defaults() {
        return new XrdOptions(CU_K_ALPHA_M, 0.9, 0, BroadeningCorrection.NONE, 6, PeakShape.PSEUDO_VOIGT);
    }

    /** @param m wavelength, m @return a modified copy */
    public XrdOptions withWavelengthM(double m) {
        return new XrdOptions(m, scherrerK, instrumentalFwhmRad, correction, minProminenceSigmas, shape);
    }

    /** @param k Scherrer K @return a modified copy */
    public XrdOptions withScherrerK(double k) {
        return new XrdOptions(wavelengthM, k, instrumentalFwhmRad, correction, minProminenceSigmas, shape);
    }

    /** @param rad instrument FWHM in 2θ, rad @param c correction @return a modified copy */
    public XrdOptions withInstrumental(double rad, BroadeningCorrection c) {
        return new XrdOptions(wavelengthM, scherrerK, rad, c, minProminenceSigmas, shape);
    }

    /** @param sigmas least prominence in noise σ @return a modified copy */
    public XrdOptions withMinProminenceSigmas(double sigmas) {
        return new XrdOptions(wavelengthM, scherrerK, instrumentalFwhmRad, correction, sigmas, shape);
    }
}
