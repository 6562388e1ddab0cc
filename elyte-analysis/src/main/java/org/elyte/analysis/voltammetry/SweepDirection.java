package org.elyte.analysis.voltammetry;

/** Direction of a potential sweep. */
public enum SweepDirection {
    /** Potential increasing: oxidation limit (anodic onset). */
    ANODIC,
    /** Potential decreasing: reduction limit (cathodic onset). */
    CATHODIC;

    /** @return +1 for anodic, −1 for cathodic */
    public int sign() {
        return this == ANODIC ? 1 : -1;
    }
}
