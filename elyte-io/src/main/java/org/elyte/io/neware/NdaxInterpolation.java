package org.elyte.io.neware;

/**
 * Fills the data records of an {@code .ndax} from its sparser runInfo records as BTSDA does. A
 * record with its own runInfo takes its values (capacities and energies as magnitudes); a record
 * after the last one with runInfo (k records later) gets step time and Unix time advanced by
 * {@code k·dt} (dt: that runInfo's sampling interval, s), and capacity and energy advanced by the
 * running sums of {@code dt·I/3600} and {@code dt·U·I/3600} over the records since, the positive
 * part added to the charge column and the negative part to the discharge column. Step counts
 * are renumbered 1, 2, … in the order they change. Records before the first runInfo stay NaN.
 */
final class NdaxInterpolation {
    private NdaxInterpolation() {
    }

    static void fill(NdcTable data, NdcTable run) {
        int n = data.rows;
        boolean[] has = new boolean[n];
        int[] src = new int[n];
        double[] renumbered = new double[run.rows];
        double count = 0;
        for (int r = 0; r < run.rows; r++) {
            if (r == 0 || run.stepCount[r] != run.stepCount[r - 1]) {
                count++;
            }
            renumbered[r] = count;
            double ix = run.index[r];
            if (ix >= 1 && ix <= n && !has[(int) ix - 1]) {
                has[(int) ix - 1] = true;
                src[(int) ix - 1] = r;
            }
        }
        data.stepTime = NdcTable.nan(n);
        data.unix = NdcTable.nan(n);
        data.stepCount = NdcTable.nan(n);
        data.chargeCapacity = NdcTable.nan(n);
        data.dischargeCapacity = NdcTable.nan(n);
        data.chargeEnergy = NdcTable.nan(n);
        data.dischargeEnergy = NdcTable.nan(n);
        data.trueUnixTime = true;
        int last = -1;
        int k = 0;
        double incCap = 0;
        double incEnergy = 0;
        for (int r = 0; r < n; r++) {
            if (has[r]) {
                last = src[r];
                k = 0;
                incCap = 0;
                incEnergy = 0;
            } else if (last < 0) {
                continue;
            } else {
                k++;
                double dt = run.dt[last];
                incCap += dt * data.current[r] / 3600;
                incEnergy += dt * data.voltage[r] * data.current[r] / 3600;
            }
            double cdt = k * run.dt[last];
            data.stepTime[r] = run.stepTime[last] + cdt;
            data.unix[r] = run.unix[last] + cdt;
            data.stepCount[r] = renumbered[last];
            data.chargeCapacity[r] = Math.abs(run.chargeCapacity[last]) + Math.max(incCap, 0);
            data.dischargeCapacity[r] = Math.abs(run.dischargeCapacity[last]) - Math.min(incCap, 0);
            data.chargeEnergy[r] = Math.abs(run.chargeEnergy[last]) + Math.max(incEnergy, 0);
            data.dischargeEnergy[r] = Math.abs(run.dischargeEnergy[last]) - Math.min(incEnergy, 0);
        }
    }
}
