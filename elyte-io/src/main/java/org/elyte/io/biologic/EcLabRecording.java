package org.elyte.io.biologic;

import java.util.List;

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
        return a.build(metadata);
    }
}
