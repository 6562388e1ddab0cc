package org.elyte.io.bdf;

/** Which BDF header a written file uses. */
public enum BdfNaming {
    /** Preferred labels, e.g. {@code Test Time / s}. */
    PREFERRED_LABELS,
    /** Machine names, e.g. {@code test_time_second}. */
    MACHINE_NAMES
}
