package org.elyte.io.biologic;

import java.util.List;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingAssembler;
import org.elyte.io.recording.Target;

/** Turns EC-Lab named columns (from an {@code .mpt} or an {@code .mpr}) into a normalised recording. */
final class EcLabRecording {
    private EcLabRecording() {
    }

    /**
     * @param source file name
     * @param names column names as EC-Lab writes them in an export
     * @param columns values in EC-Lab units, one array per name (taken over)
     * @param rows number of rows
     * @param metadata metadata
     * @return the recording
     */
    static Recording assemble(String source, List<String> names, List<double[]> columns, int rows, Metadata metadata) {
        return assemble(source, names, columns, rows, metadata, null, null, null);
    }

    /**
     * Like {@link #assemble(String, List, List, int, Metadata)}, with the Step Count a reader computed
     * already: it is used only when the columns that became Step Index and Cycle Count are the very
     * arrays it was computed from (their targets leave values unchanged), else it is derived as usual.
     *
     * @param source file name
     * @param names column names as EC-Lab writes them in an export
     * @param columns values in EC-Lab units, one array per name (taken over)
     * @param rows number of rows
     * @param metadata metadata
     * @param stepCount the step count, or null
     * @param stepIds the step-number array it was computed from, or null
     * @param cycles the cycle-number array it was computed with, or null when none
     * @return the recording
     */
    static Recording assemble(String source, List<String> names, List<double[]> columns, int rows, Metadata metadata,
            double[] stepCount, double[] stepIds, double[] cycles) {
        Target[] targets = EcLabColumns.assign(names);
        RecordingAssembler a = new RecordingAssembler(source, rows);
        for (int i = 0; i < names.size(); i++) {
            if (targets[i] != null) {
                a.put(targets[i], columns.get(i));
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (targets[i] == null) {
                a.putCustom(names.get(i), EcLabColumns.unitOf(names.get(i)), columns.get(i));
            }
        }
        // last, where build would append the derived one
        if (stepCount != null && stepIds != null && a.get(Quantity.STEP_ID) == stepIds
                && a.get(Quantity.CYCLE_COUNT) == cycles && !a.has(Quantity.STEP_COUNT)
                && identity(targets, names, columns, stepIds) && (cycles == null || identity(targets, names, columns, cycles))) {
            a.put(Target.of(Quantity.STEP_COUNT), stepCount);
        }
        return a.build(metadata);
    }

    /** @return whether the column holding {@code values} went in unscaled */
    private static boolean identity(Target[] targets, List<String> names, List<double[]> columns, double[] values) {
        for (int i = 0; i < names.size(); i++) {
            if (columns.get(i) == values) {
                return targets[i] != null && targets[i].scale() == 1 && targets[i].offset() == 0;
            }
        }
        return false;
    }
}
