package org.elyte.analysis.md;

/**
 * Mean-square displacement against lag time, averaged over atoms and time origins.
 *
 * @param species the species
 * @param atoms number of atoms averaged
 * @param lagS lag times, s (increasing, &gt; 0)
 * @param msdM2 MSD at each lag, m²
 * @param origins number of time origins averaged at each lag
 */
public record MsdCurve(String species, int atoms, double[] lagS, double[] msdM2, int[] origins) {
    /** Defensive copies. */
    public MsdCurve {
        lagS = lagS.clone();
        msdM2 = msdM2.clone();
        origins = origins.clone();
    }

    @Override
    public double[] lagS() {
        return lagS.clone();
    }

    @Override
    public double[] msdM2() {
        return msdM2.clone();
    }

    @Override
    public int[] origins() {
        return origins.clone();
    }
}
