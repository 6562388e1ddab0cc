package org.elyte.io.recording;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;

/**
 * Collects the normalised columns of one file and builds the {@link Recording}: keeps column
 * order, refuses a second column for the same quantity (the later one is kept under its original
 * name by the caller), derives {@link Quantity#STEP_COUNT} from the step and cycle numbers, and
 * fills the source metadata. The recording takes the column arrays over ({@link Recording#ofOwned}):
 * a caller must not keep or change an array it put. Not thread-safe: one instance per read.
 */
public final class RecordingAssembler {
    private final String source;
    private final int rows;
    private final LinkedHashMap<Quantity, double[]> columns = new LinkedHashMap<>();

    /**
     * @param source file name for messages
     * @param rows number of rows every column has (arrays may be longer; they are trimmed)
     */
    public RecordingAssembler(String source, int rows) {
        this.source = source;
        this.rows = rows;
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /**
     * @param q quantity
     * @return whether a column for it was added
     */
    public boolean has(Quantity q) {
        return columns.containsKey(q);
    }

    /**
     * @param q quantity
     * @return the column added for it (not copied), or null
     */
    public double[] get(Quantity q) {
        return columns.get(q);
    }

    /**
     * Adds a column, converting it to SI in place.
     *
     * @param target quantity and unit conversion
     * @param values values in the instrument's unit, at least {@link #rows()} of them (taken over)
     * @return false when the quantity already has a column (nothing is added)
     */
    public boolean put(Target target, double[] values) {
        if (columns.containsKey(target.quantity())) {
            return false;
        }
        target.applyInPlace(values, rows);
        columns.put(target.quantity(), values.length == rows ? values : Arrays.copyOf(values, rows));
        return true;
    }

    /**
     * Adds a column kept under its original name; a name used twice gets a {@code " (2)"} suffix.
     *
     * @param name the column name as the file writes it
     * @param unit its unit as written, or ""
     * @param values the values (taken over)
     */
    public void putCustom(String name, String unit, double[] values) {
        Quantity q = Quantity.custom(name, unit);
        int k = 2;
        while (columns.containsKey(q)) {
            q = Quantity.custom(name + " (" + k++ + ")", unit);
        }
        columns.put(q, values.length == rows ? values : Arrays.copyOf(values, rows));
    }

    /**
     * Builds the recording; derives Step Count when Step Index is present and Step Count is not.
     *
     * @param metadata metadata (source, format …)
     * @return the recording
     * @throws FormatException when there are no rows
     */
    public Recording build(Metadata metadata) {
        if (rows == 0) {
            throw FormatException.inFile(source, "no data rows");
        }
        if (columns.containsKey(Quantity.STEP_ID) && !columns.containsKey(Quantity.STEP_COUNT)) {
            columns.put(Quantity.STEP_COUNT, StepCount.derive(columns.get(Quantity.STEP_ID),
                    columns.get(Quantity.CYCLE_COUNT), rows));
        }
        // the readers allocate every column for this read and keep none of them: no defensive copy
        return Recording.ofOwned(columns, metadata);
    }

    /** @return the columns so far, in order (not copied) */
    public Map<Quantity, double[]> columns() {
        return columns;
    }

    /**
     * The metadata every recording carries.
     *
     * @param name file name
     * @param bytes whole file
     * @param format format name
     * @return source file, SHA-256 (computed in parallel with the parsing when {@link RecordingFiles}
     *     started it, or given by the caller) and format
     */
    public static Metadata baseMetadata(String name, byte[] bytes, String format) {
        return Metadata.empty().with(Metadata.SOURCE_FILE, name).with(Metadata.SOURCE_SHA256, ContentHash.of(bytes))
                .with(Metadata.FORMAT, format);
    }
}
