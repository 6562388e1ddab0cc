package org.elyte.analysis.lithium;

import org.elyte.core.error.InvalidInputException;

/**
 * Average Coulombic efficiency of a Li metal anode by the reservoir protocol of Adams, Zheng, Ren,
 * Henderson, Xu and Zhang, "Accurate determination of Coulombic efficiency for lithium metal anodes
 * and lithium metal batteries", Adv. Energy Mater. 8 (2018) 1702097: after a formation cycle a
 * reservoir Q_T is plated on Cu, n cycles of Q_C are stripped and plated on top of it, and the rest
 * Q_S is stripped at the end; CE_avg = (n·Q_C + Q_S) / (n·Q_C + Q_T).
 *
 * @param reservoirCycle 1-based cycle whose plating was the reservoir (0 when given by hand)
 * @param qTAh reservoir charge Q_T, A·h
 * @param qCAh cycling charge Q_C, A·h
 * @param n number of Q_C cycles
 * @param qSAh final stripping charge Q_S, A·h
 * @param efficiency CE_avg (dimensionless)
 */
public record AurbachEfficiency(int reservoirCycle, double qTAh, double qCAh, int n, double qSAh, double efficiency) {

    /**
     * @param qTAh reservoir charge, A·h
     * @param qCAh cycling charge, A·h
     * @param n number of cycles (&gt;= 1)
     * @param qSAh final stripping charge, A·h
     * @return the efficiency
     * @throws InvalidInputException for non-positive charges or n &lt; 1
     */
    public static AurbachEfficiency of(double qTAh, double qCAh, int n, double qSAh) {
        if (!(qTAh > 0) || !(qCAh > 0) || !(qSAh >= 0) || n < 1) {
            throw new InvalidInputException("Aurbach efficiency needs Q_T > 0, Q_C > 0, Q_S >= 0 and n >= 1; got Q_T="
                    + qTAh + " Ah, Q_C=" + qCAh + " Ah, n=" + n + ", Q_S=" + qSAh + " Ah");
        }
        return new AurbachEfficiency(0, qTAh, qCAh, n, qSAh, (n * qCAh + qSAh) / (n * qCAh + qTAh));
    }
}
