package org.elyte.analysis.thermal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;

/** Synthetic DSC heating scans with known truth. */
final class SyntheticDsc {
    private SyntheticDsc() {
    }

    /**
     * A heating scan at {@code rateKPerMin} from 0 to 100 °C with a Gaussian melting peak of the given
     * area (J) at {@code peakC}, a sloping baseline with a step in heat capacity across the peak, a
     * glass-transition step at {@code tgC} (tanh, width 2 K) and white noise, heat flow in W.
     */
    static Recording scan(double areaJ, double peakC, double sigmaK, double tgC, double cpStepW, double noiseW,
            double rateKPerMin, boolean endoUp, boolean withTime, long seed) {
        Random rnd = new Random(seed);
        double beta = rateKPerMin / 60;
        int n = 4001;
        double[] tK = new double[n];
        double[] hf = new double[n];
        double[] time = new double[n];
        double heightW = areaJ * beta / (sigmaK * Math.sqrt(2 * Math.PI)); // ∫ HF dt = ∫ HF dT / β
        for (int i = 0; i < n; i++) {
            double tc = -60 + 160.0 * i / (n - 1);
            tK[i] = tc + 273.15;
            time[i] = (tc + 60) / beta;
            double base = 1e-3 + 2e-6 * tc + cpStepW * 0.5 * (1 + Math.tanh((tc - tgC) / 2));
            double z = (tc - peakC) / sigmaK;
            double peak = heightW * Math.exp(-0.5 * z * z);
            double v = base + peak + noiseW * rnd.nextGaussian();
            hf[i] = endoUp ? v : -v;
        }
        Map<Quantity, double[]> cols = new LinkedHashMap<>();
        cols.put(Quantity.TEMPERATURE, tK);
        cols.put(Quantity.HEAT_FLOW, hf);
        if (withTime) {
            cols.put(Quantity.TEST_TIME, time);
        }
        return Recording.of(cols, Metadata.empty());
    }
}
