package org.elyte.analysis.transport;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.elyte.core.error.InvalidInputException;

/**
 * Arrhenius against VTF on the same points by Akaike's information criterion (Akaike 1974),
 * AIC = n·ln(SSR/n) + 2k with SSR the sum of squared ln σ residuals (k = 2 for Arrhenius, 3 for VTF
 * with T0 fitted, 2 with T0 fixed). The lower AIC is preferred; ΔAIC &lt; 2 means the data do not
 * really distinguish the two. An exact fit (SSR = 0) has AIC = −∞; when both are −∞ ΔAIC is NaN and
 * Arrhenius is reported as preferred.
 *
 * @param arrhenius the Arrhenius fit
 * @param vtf the VTF fit
 * @param preferred the model with the lower AIC (Arrhenius on a tie)
 * @param deltaAic AIC of the other model minus AIC of the preferred one, ≥ 0
 */
public record ModelComparison(ActivationEnergy arrhenius, VtfResult vtf, TransportModel preferred, double deltaAic) {

    /**
     * @param arrhenius Arrhenius fit
     * @param vtf VTF fit
     * @param preferred preferred model
     * @param deltaAic ΔAIC
     */
    public ModelComparison {
        Objects.requireNonNull(arrhenius, "arrhenius");
        Objects.requireNonNull(vtf, "vtf");
        Objects.requireNonNull(preferred, "preferred");
    }

    /**
     * Fits both models (Arrhenius in the default {@link ArrheniusForm#SIGMA_T} form, unweighted) and
     * compares them.
     *
     * @param points the points (at least 4 when T0 is fitted)
     * @param fixedT0K VTF T0 to hold fixed, K, or empty to fit it
     * @return the comparison
     */
    public static ModelComparison compare(List<ArrheniusPoint> points, OptionalDouble fixedT0K) {
        return of(Arrhenius.fit(points, ArrheniusForm.SIGMA_T), Vtf.fit(points, fixedT0K));
    }

    /**
     * @param arrhenius an Arrhenius fit
     * @param vtf a VTF fit of the same points
     * @return the comparison
     * @throws InvalidInputException when the fits used different numbers of points
     */
    public static ModelComparison of(ActivationEnergy arrhenius, VtfResult vtf) {
        if (arrhenius.points() != vtf.points()) {
            throw new InvalidInputException("AIC compares fits of the same points: Arrhenius used "
                    + arrhenius.points() + ", VTF " + vtf.points());
        }
        double d = vtf.aic() - arrhenius.aic();
        return d < 0 ? new ModelComparison(arrhenius, vtf, TransportModel.VTF, -d)
                : new ModelComparison(arrhenius, vtf, TransportModel.ARRHENIUS, d);
    }
}
