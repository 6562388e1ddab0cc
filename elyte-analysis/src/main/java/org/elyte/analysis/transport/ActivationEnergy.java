package org.elyte.analysis.transport;

import java.util.List;
import java.util.Objects;

import org.elyte.core.provenance.Provenance;

/**
 * An Arrhenius fit of σ(T).
 *
 * @param form the linearisation fitted
 * @param activationEnergyEV E_a = −slope·k_B, eV
 * @param stderrEV standard error of E_a from the slope's standard error, eV (NaN with two points)
 * @param activationEnergyKJPerMol E_a, kJ/mol
 * @param stderrKJPerMol standard error of E_a, kJ/mol
 * @param lnPrefactor intercept ln A: ln(S·K/m) for {@link ArrheniusForm#SIGMA_T}, ln(S/m) for
 *     {@link ArrheniusForm#SIGMA}
 * @param lnPrefactorStderr standard error of ln A
 * @param rSquared coefficient of determination of the fitted linearisation (weighted if weighted)
 * @param sigmaAt25CSPerM σ extrapolated (or interpolated) to 25 °C, S/m
 * @param points number of points
 * @param aic Akaike information criterion on the ln σ residuals, n·ln(SSR/n) + 2·2 (comparable with
 *     {@link VtfResult#aic()} on the same points)
 * @param provenance method, version and options
 * @param notes remarks for a person (two points only, weighting fallback)
 */
public record ActivationEnergy(ArrheniusForm form, double activationEnergyEV, double stderrEV,
        double activationEnergyKJPerMol, double stderrKJPerMol, double lnPrefactor, double lnPrefactorStderr,
        double rSquared, double sigmaAt25CSPerM, int points, double aic, Provenance provenance, List<String> notes) {

    /**
     * @param form form
     * @param activationEnergyEV E_a, eV
     * @param stderrEV stderr, eV
     * @param activationEnergyKJPerMol E_a, kJ/mol
     * @param stderrKJPerMol stderr, kJ/mol
     * @param lnPrefactor ln A
     * @param lnPrefactorStderr stderr of ln A
     * @param rSquared R²
     * @param sigmaAt25CSPerM σ(25 °C), S/m
     * @param points n
     * @param aic AIC
     * @param provenance provenance
     * @param notes notes, copied
     */
    public ActivationEnergy {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(provenance, "provenance");
        notes = List.copyOf(notes);
    }

    /**
     * @param temperatureK temperature, K, positive
     * @return σ predicted by the fitted law at that temperature, S/m
     */
    public double sigmaAtSPerM(double temperatureK) {
        double lnY = lnPrefactor - activationEnergyEV / (TransportConstants.BOLTZMANN_EV_PER_K * temperatureK);
        return form == ArrheniusForm.SIGMA_T ? Math.exp(lnY) / temperatureK : Math.exp(lnY);
    }
}
