package org.elyte.analysis.eis.kk;

import java.util.List;
import java.util.Objects;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.provenance.Provenance;

/**
 * Outcome of a Lin-KK test. Arrays are copied in and out; the record's {@code equals} compares
 * arrays by identity, so compare fields instead.
 *
 * @param elements number M of RC (Voigt) elements used
 * @param mu Schönleber's μ = 1 − Σ_{R_k&lt;0}|R_k| / Σ_{R_k≥0}|R_k| at M
 * @param tau time constants τ_k, s, ascending (τ_1 = 1/ω_max, τ_M = 1/ω_min)
 * @param resistances R_k of the RC elements, Ω (may be negative)
 * @param seriesResistance series resistance R_0, Ω
 * @param seriesCapacitance series capacitance C, F; NaN when not part of the model; ±Infinity when the
 *     fitted 1/C is exactly 0
 * @param seriesInductance series inductance L, H; NaN when not part of the model
 * @param residualsReal (Z'_i − Ẑ'_i)/|Z_i|, dimensionless, in the order of the input points
 * @param residualsImag (Z''_i − Ẑ''_i)/|Z_i|, dimensionless
 * @param maxAbsResidualReal max_i |residualsReal_i|
 * @param maxAbsResidualImag max_i |residualsImag_i|
 * @param pseudoChi2 Boukamp's pseudo-χ² = Σ_i [(Z'_i − Ẑ'_i)² + (Z''_i − Ẑ''_i)²] / |Z_i|²
 *     = Σ_i (residualsReal_i² + residualsImag_i²), dimensionless
 * @param model the fitted KK-compliant model at the input frequencies, with the input metadata
 * @param valid true when both maximum residuals are below {@link KkOptions#validResidualLimit()}
 * @param warnings notes for a person (μ criterion never reached, μ undefined, …)
 * @param provenance method, version and options
 */
public record KkResult(int elements, double mu, double[] tau, double[] resistances, double seriesResistance,
        double seriesCapacitance, double seriesInductance, double[] residualsReal, double[] residualsImag,
        double maxAbsResidualReal, double maxAbsResidualImag, double pseudoChi2, ImpedanceSpectrum model,
        boolean valid, List<String> warnings, Provenance provenance) {

    /**
     * Copies the arrays and the list.
     *
     * @param elements M
     * @param mu μ
     * @param tau τ_k, s
     * @param resistances R_k, Ω
     * @param seriesResistance R_0, Ω
     * @param seriesCapacitance C, F or NaN
     * @param seriesInductance L, H or NaN
     * @param residualsReal relative real residuals
     * @param residualsImag relative imaginary residuals
     * @param maxAbsResidualReal largest |real residual|
     * @param maxAbsResidualImag largest |imaginary residual|
     * @param pseudoChi2 pseudo-χ²
     * @param model model spectrum
     * @param valid validity flag
     * @param warnings warnings
     * @param provenance provenance
     */
    public KkResult {
        tau = tau.clone();
        resistances = resistances.clone();
        residualsReal = residualsReal.clone();
        residualsImag = residualsImag.clone();
        Objects.requireNonNull(model, "model");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** @return a copy of τ_k, s */
    @Override
    public double[] tau() {
        return tau.clone();
    }

    /** @return a copy of R_k, Ω */
    @Override
    public double[] resistances() {
        return resistances.clone();
    }

    /** @return a copy of the relative real residuals */
    @Override
    public double[] residualsReal() {
        return residualsReal.clone();
    }

    /** @return a copy of the relative imaginary residuals */
    @Override
    public double[] residualsImag() {
        return residualsImag.clone();
    }
}
