package org.elyte.analysis.eis.fit;

import java.util.List;
import java.util.Objects;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.provenance.Provenance;

/**
 * Result of a CNLS circuit fit. Arrays are copied in and out.
 *
 * @param circuit the fitted circuit
 * @param weighting weighting used
 * @param points number of spectrum points N (2N residuals)
 * @param parameters every circuit parameter, in circuit order
 * @param chi2 weighted sum of squared residuals (dimensionless for MODULUS/PROPORTIONAL/BOUKAMP, Ω² for UNIT)
 * @param reducedChi2 chi2/(2N − p_free)
 * @param ssr unweighted Σ|Z_fit − Z|², Ω²
 * @param aic Akaike information criterion, 2N·ln(χ²/2N) + 2·p_free + 2N·(1 + ln 2π)
 * @param bic Bayesian information criterion, 2N·ln(χ²/2N) + p_free·ln(2N) + 2N·(1 + ln 2π)
 * @param covariance parameter covariance in parameter units (rows/columns of fixed parameters zero)
 * @param residualsReal Z'_fit − Z'_exp per point, Ω
 * @param residualsImag Z''_fit − Z''_exp per point, Ω
 * @param model the model at the fitted values at the measured frequencies
 * @param iterations LM steps tried (best start)
 * @param evaluations model evaluations over all starts
 * @param converged whether the best start met a convergence criterion (cost, step or gradient)
 *     before the evaluation budget ran out; a result that did not converge is still returned, with
 *     a warning, so that the caller can show it
 * @param warnings what a reader should know (undetermined parameters, no convergence)
 * @param provenance method, version, options and input hash
 */
public record FitResult(Circuit circuit, Weighting weighting, int points, List<ParameterEstimate> parameters,
        double chi2, double reducedChi2, double ssr, double aic, double bic, double[][] covariance,
        double[] residualsReal, double[] residualsImag, ImpedanceSpectrum model, int iterations, int evaluations,
        boolean converged, List<String> warnings, Provenance provenance) {

    /** Copies. */
    public FitResult {
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(weighting, "weighting");
        parameters = List.copyOf(parameters);
        covariance = copy(covariance);
        residualsReal = residualsReal.clone();
        residualsImag = residualsImag.clone();
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * @param name parameter name
     * @return the estimate
     * @throws InvalidInputException if there is no such parameter
     */
    public ParameterEstimate parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("circuit " + circuit + " has no parameter '" + name + "'"));
    }

    /** @return fitted values in circuit order, parameter units */
    public double[] values() {
        return parameters.stream().mapToDouble(ParameterEstimate::value).toArray();
    }

    @Override
    public double[][] covariance() {
        return copy(covariance);
    }

    /** @return correlation matrix (NaN where a variance is zero or infinite) */
    public double[][] correlation() {
        int p = covariance.length;
        double[][] c = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double d = Math.sqrt(covariance[i][i] * covariance[j][j]);
                c[i][j] = i == j && d > 0 && Double.isFinite(d) ? 1.0
                        : (d > 0 && Double.isFinite(d) ? covariance[i][j] / d : Double.NaN);
            }
        }
        return c;
    }

    @Override
    public double[] residualsReal() {
        return residualsReal.clone();
    }

    @Override
    public double[] residualsImag() {
        return residualsImag.clone();
    }

    /**
     * @param frequenciesHz frequencies, Hz
     * @return the model at the fitted values
     */
    public ImpedanceSpectrum predict(double[] frequenciesHz) {
        return circuit.predict(values(), frequenciesHz);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
