package org.elyte.io.neware;

/**
 * Columns decoded from one {@code .ndc} table, in the units Neware software shows: s, V, mA,
 * mAh, mWh; {@code unix} in seconds since 1970. A column the table does not hold is null. Filled
 * by {@link NdcDecoder}; package-private and mutable only while a file is being read.
 */
final class NdcTable {
    int rows;
    double[] index;
    double[] voltage;
    double[] current;
    double[] stepTime;
    double[] dt;
    double[] unix;
    double[] stepCount;
    double[] cycle;
    double[] stepIndex;
    double[] stepType;
    double[] chargeCapacity;
    double[] dischargeCapacity;
    double[] chargeEnergy;
    double[] dischargeEnergy;
    double[] auxValue;
    double[] auxTemperature;
    /** Record numbers of the aux records of an .nda ({@link #auxRows} of them), or null. */
    double[] auxIndex;
    /** Total (test) time in s when the file stores it, else null (derived from step times). */
    double[] totalTime;
    int auxRows;
    /** Whether {@link #unix} is a true Unix time (false: instrument wall time read as if UTC). */
    boolean trueUnixTime;

    NdcTable(int rows) {
        this.rows = rows;
    }

    static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
