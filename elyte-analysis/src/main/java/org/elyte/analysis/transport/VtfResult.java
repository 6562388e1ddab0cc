package org.elyte.analysis.transport;

import java.util.List;
import java.util.Objects;

import org.elyte.core.provenance.Provenance;

/**
 * A Vogel–Fulcher–Tammann fit σ = A·T^(−1/2)·exp(−B/(T − T0)).
 *
 * @param prefactor A, S·K^0.5/m
 * @param pseudoActivationEnergyEV B·k_B, eV
 * @param stderrEV standard error of B·k_B from the full Jacobian at the optimum, eV (NaN when the
 *     points leave no degree of freedom)
 * @param pseudoActivationEnergyKJPerMol B·k_B, kJ/mol
 * @param stderrKJPerMol standard error, kJ/mol
 * @param t0K T0, K
 * @param t0StderrK standard error of T0, K (0 when T0 was fixed)
 * @param t0Fitted whether T0 was fitted
 * @param rSquared 1 − SSR/Σ(ln σ − mean)², on ln σ
 * @param aic n·ln(SSR/n) + 2k on the ln σ residuals, k = 3 (T0 fitted) or 2
 * @param points number of points
 * @param provenance method, version and options
 * @param notes remarks for a person (T0 on a search bound, B not positive)
 */
public record VtfResult(double prefactor, double pseudoActivationEnergyEV, double stderrEV,
        double pseudoActivationEnergyKJPerMol, double stderrKJPerMol, double t0K, double t0StderrK, boolean t0Fitted,
        double rSquared, double aic, int points, Provenance provenance, List<String> notes) {

    /**
     * @param prefactor A
     * @param pseudoActivationEnergyEV B·k_B, eV
     * @param stderrEV stderr, eV
     * @param pseudoActivationEnergyKJPerMol kJ/mol
     * @param stderrKJPerMol stderr, kJ/mol
     * @param t0K T0, K
     * @param t0StderrK stderr of T0, K
     * @param t0Fitted whether T0 was fitted
     * @param rSquared R²
     * @param aic AIC
     * @param points n
     * @param provenance provenance
     * @param notes notes, copied
     */
    public VtfResult {
        Objects.requireNonNull(provenance, "provenance");
        notes = List.copyOf(notes);
    }

    /** @return B = pseudo-activation energy / k_B, K */
    public double bK() {
        return pseudoActivationEnergyEV / TransportConstants.BOLTZMANN_EV_PER_K;
    }

    /**
     * @param temperatureK temperature, K, above T0
     * @return σ predicted at that temperature, S/m
     */
    public double sigmaAtSPerM(double temperatureK) {
        return prefactor / Math.sqrt(temperatureK) * Math.exp(-bK() / (temperatureK - t0K));
    }
}
