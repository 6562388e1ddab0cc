package org.elyte.analysis.cycling;

/**
 * Figures of merit of one cycle. A value that the data cannot give (no active mass, no charge in the
 * cycle) is NaN, never a made-up number. Capacities and energies are magnitudes (≥ 0).
 *
 * @param cycle cycle number: the instrument's count, or 1, 2, … when derived from the current
 * @param firstRow first row of the cycle (0-based)
 * @param lastRow last row of the cycle (inclusive)
 * @param chargeCapacityAh charge capacity, A·h
 * @param dischargeCapacityAh discharge capacity, A·h
 * @param chargeSpecificCapacityMahPerG charge capacity per active mass, mA·h/g (NaN without mass)
 * @param dischargeSpecificCapacityMahPerG discharge capacity per active mass, mA·h/g (NaN without mass)
 * @param chargeArealCapacityMahPerCm2 charge capacity per electrode area, mA·h/cm² (NaN without area)
 * @param dischargeArealCapacityMahPerCm2 discharge capacity per electrode area, mA·h/cm² (NaN without area)
 * @param coulombicEfficiencyPercent Coulombic efficiency in the chosen mode, %
 * @param chargeEnergyWh charge energy ∫V·I dt over I &gt; 0, W·h
 * @param dischargeEnergyWh discharge energy ∫V·|I| dt over I &lt; 0, W·h
 * @param energyEfficiencyPercent energy efficiency, oriented like the CE mode, %
 * @param meanChargeVoltageV charge energy ÷ integrated charge capacity, V
 * @param meanDischargeVoltageV discharge energy ÷ integrated discharge capacity, V
 * @param voltageGapV mean charge voltage − mean discharge voltage, V
 * @param endOfChargeVoltageV voltage on the last row with charge current, V
 * @param endOfDischargeVoltageV voltage on the last row with discharge current, V
 * @param maxVoltageV highest voltage of the cycle, V
 * @param minVoltageV lowest voltage of the cycle, V
 * @param durationS time from the first to the last row of the cycle, s
 * @param meanChargeCurrentA integrated charge capacity ÷ time under charge current, A (≥ 0)
 * @param meanDischargeCurrentA integrated discharge capacity ÷ time under discharge current, A (≥ 0)
 */
public record CycleMetrics(int cycle, int firstRow, int lastRow,
                           double chargeCapacityAh, double dischargeCapacityAh,
                           double chargeSpecificCapacityMahPerG, double dischargeSpecificCapacityMahPerG,
                           double chargeArealCapacityMahPerCm2, double dischargeArealCapacityMahPerCm2,
                           double coulombicEfficiencyPercent,
                           double chargeEnergyWh, double dischargeEnergyWh, double energyEfficiencyPercent,
                           double meanChargeVoltageV, double meanDischargeVoltageV, double voltageGapV,
                           double endOfChargeVoltageV, double endOfDischargeVoltageV,
                           double maxVoltageV, double minVoltageV, double durationS,
                           double meanChargeCurrentA, double meanDischargeCurrentA) {

    /**
     * @param basis which capacity
     * @return that capacity, A·h
     */
    public double capacityAh(CapacityBasis basis) {
        return basis == CapacityBasis.CHARGE ? chargeCapacityAh : dischargeCapacityAh;
    }
}
