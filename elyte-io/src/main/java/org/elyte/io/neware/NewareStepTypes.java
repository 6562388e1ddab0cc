package org.elyte.io.neware;

import java.util.Map;

/** Neware step type codes and the names BTSDA shows for them. */
final class NewareStepTypes {
    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(1, "CC Chg"), Map.entry(2, "CC DChg"),
            Map.entry(3, "CV Chg"), Map.entry(4, "Rest"), Map.entry(5, "Cycle"), Map.entry(7, "CCCV Chg"),
            Map.entry(8, "CP DChg"), Map.entry(9, "CP Chg"), Map.entry(10, "CR DChg"), Map.entry(13, "Pause"),
            Map.entry(16, "Pulse"), Map.entry(17, "SIM"), Map.entry(19, "CV DChg"), Map.entry(20, "CCCV DChg"),
            Map.entry(21, "Control"), Map.entry(22, "OCV"), Map.entry(26, "CPCV DChg"), Map.entry(27, "CPCV Chg"));

    private NewareStepTypes() {
    }

    /** @param code step type code @return its BTSDA name, or {@code "Type <code>"} */
    static String name(int code) {
        return NAMES.getOrDefault(code, "Type " + code);
    }
}
