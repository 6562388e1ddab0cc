package org.elyte.io.arbin;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.elyte.core.error.FormatException;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingAssembler;
import org.elyte.io.recording.RecordingReader;
import org.elyte.io.recording.Target;

import com.healthmarketscience.jackcess.Column;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.Row;
import com.healthmarketscience.jackcess.Table;

/**
 * Reads Arbin MITS Pro {@code .res} files (an MS Access JET4 database, MITS 4.x and 7.x) with
 * Jackcess, from memory. Every column of {@code Channel_Normal_Table} becomes a column: those
 * with a BDF name ({@link ArbinColumns}) in SI, the others under their Arbin name. Arbin's
 * {@code DateTime} (an OLE automation date: days since 1899-12-30, local wall time) becomes
 * seconds since 1970 read as if UTC; the zone is unknown. Rows are ordered by {@code Data_Point}.
 * {@code Global_Table} gives channel, start time, test name, software version, active
 * mass ({@code MASS}, g) and nominal capacity (Ah). Anything
 * Jackcess cannot read is a {@link FormatException} naming the file.
 */
public final class ArbinResReader implements RecordingReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "arbin-res";
    static final String DATA_TABLE = "Channel_Normal_Table";
    private static final double OLE_EPOCH_DAYS = 25569;
    private static final double SECONDS_PER_DAY = 86400;

    @Override
    public Recording read(String name, byte[] content) {
        try (Database db = new DatabaseBuilder().setChannel(new ByteArrayFileChannel(content)).setReadOnly(true)
                .setAutoSync(false).open()) {
            Table data = db.getTable(DATA_TABLE);
            if (data == null) {
                throw FormatException.inFile(name, "the Access database has no " + DATA_TABLE + " (not an Arbin .res)");
            }
            Recording r = columns(name, content, data, metadata(name, content, db));
            return r;
        } catch (FormatException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw FormatException.unreadable(name, "cannot read the Arbin .res (MS Access) database: " + e, e);
        }
    }

    private static Recording columns(String name, byte[] content, Table data, Metadata md) throws IOException {
        List<? extends Column> cols = data.getColumns();
        int k = cols.size();
        String[] names = new String[k];
        for (int c = 0; c < k; c++) {
            names[c] = cols.get(c).getName();
        }
        int cap = (int) Math.max(16, Math.min(data.getRowCount(), content.length / 8L));
        double[][] v = new double[k][cap];
        int n = 0;
        for (Row row : data) {
            if (n == cap) {
                cap = Math.min(Integer.MAX_VALUE - 16, cap * 2);
                for (int c = 0; c < k; c++) {
                    v[c] = Arrays.copyOf(v[c], cap);
                }
            }
            for (int c = 0; c < k; c++) {
                v[c][n] = number(row.get(names[c]));
            }
            n++;
        }
        int point = indexOf(names, "data_point");
        if (point >= 0 && !increasing(v[point], n)) {
            sortBy(v, v[point], n);
        }
        RecordingAssembler a = new RecordingAssembler(name, n);
        for (int c = 0; c < k; c++) {
            double[] col = Arrays.copyOf(v[c], n);
            Target t = ArbinColumns.target(names[c]);
            if (t != null && t.quantity().equals(org.elyte.core.quantity.Quantity.UNIX_TIME)) {
                for (int i = 0; i < n; i++) {
                    col[i] = oleToSeconds(col[i]);
                }
            }
            if (t == null || !a.put(t, col)) {
                a.putCustom(names[c], "", col);
            }
        }
        if (a.has(org.elyte.core.quantity.Quantity.UNIX_TIME)) {
            md = md.with("unix.time.kind", "instrument wall time read as UTC (zone unknown)");
        }
        return a.build(md);
    }

    private static Metadata metadata(String name, byte[] content, Database db) throws IOException {
        Metadata md = RecordingAssembler.baseMetadata(name, content, FORMAT_NAME).with(Metadata.INSTRUMENT, "Arbin");
        String version = "Access " + db.getFileFormat();
        Table global = db.getTable("Global_Table");
        if (global != null) {
            for (Row g : global) {
                Object sw = g.get("Software_Version");
                if (sw != null && !sw.toString().isBlank()) {
                    version = "MITS " + sw.toString().strip();
                }
                md = put(md, Metadata.CHANNEL, g.get("Channel_Index"));
                md = put(md, "arbin.test_name", g.get("Test_Name"));
                md = put(md, "arbin.schedule", g.get("Schedule_File_Name"));
                md = put(md, "arbin.creator", g.get("Creator"));
                md = put(md, "arbin.comments", g.get("Comments"));
                md = put(md, "arbin.serial_number", g.get("Serial_Number"));
                if (g.get("MASS") instanceof Number m && m.doubleValue() > 0 && Double.isFinite(m.doubleValue())) {
                    md = md.with(Metadata.ACTIVE_MASS_KG, m.doubleValue() * 1e-3); // Arbin MASS is in g
                }
                if (g.get("Capacity") instanceof Number c && c.doubleValue() > 0 && Double.isFinite(c.doubleValue())) {
                    md = md.with("arbin.nominal_capacity_ah", c.doubleValue());
                }
                Object start = g.get("Start_DateTime");
                if (start instanceof Number s && Double.isFinite(s.doubleValue())) {
                    double sec = oleToSeconds(s.doubleValue());
                    if (Math.abs(sec) < 1e11) {
                        md = md.with(Metadata.START_TIME, LocalDateTime.ofEpochSecond((long) Math.floor(sec),
                                (int) Math.round((sec - Math.floor(sec)) * 1e3) % 1000 * 1_000_000, ZoneOffset.UTC)
                                .toString()).with("start.time.zone", "unknown (instrument local time)");
                    }
                }
                break;
            }
        }
        return md.with(Metadata.FORMAT_VERSION, version);
    }

    private static Metadata put(Metadata md, String key, Object value) {
        if (value == null) {
            return md;
        }
        String s = value instanceof Number num && num.doubleValue() == Math.rint(num.doubleValue())
                ? Long.toString(num.longValue()) : value.toString().strip();
        return s.isEmpty() ? md : md.with(key, s);
    }

    /** OLE automation date (days since 1899-12-30) to seconds since 1970 on the same wall clock. */
    static double oleToSeconds(double days) {
        return (days - OLE_EPOCH_DAYS) * SECONDS_PER_DAY;
    }

    private static double number(Object o) {
        if (o instanceof Number num) {
            return num.doubleValue();
        }
        if (o instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (o instanceof LocalDateTime t) {
            return t.toEpochSecond(ZoneOffset.UTC) / SECONDS_PER_DAY + OLE_EPOCH_DAYS + t.getNano() / 1e9 / SECONDS_PER_DAY;
        }
        return Double.NaN;
    }

    private static int indexOf(String[] names, String key) {
        for (int i = 0; i < names.length; i++) {
            if (ArbinColumns.key(names[i]).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean increasing(double[] x, int n) {
        for (int i = 1; i < n; i++) {
            if (!(x[i] > x[i - 1])) {
                return false;
            }
        }
        return true;
    }

    private static void sortBy(double[][] v, double[] key, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] keyCopy = Arrays.copyOf(key, n);
        Arrays.sort(order, (p, q) -> Double.compare(keyCopy[p], keyCopy[q]));
        for (double[] col : v) {
            double[] src = Arrays.copyOf(col, n);
            for (int i = 0; i < n; i++) {
                col[i] = src[order[i]];
            }
        }
    }

    /**
     * @param b the first bytes of a file
     * @return whether it is an MS Access (JET) database: "Standard Jet DB" at byte 4
     */
    public static boolean looksLike(byte[] b) {
        byte[] sig = "Standard Jet DB".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (b.length < 4 + sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if (b[4 + i] != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
