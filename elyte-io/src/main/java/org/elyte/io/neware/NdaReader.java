package org.elyte.io.neware;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingAssembler;
import org.elyte.io.recording.RecordingReader;
import org.elyte.io.recording.Target;

/**
 * Reads Neware {@code .nda} files: {@code NEWARE} magic, the version byte at 14. Supported:
 * v5–v8 (59-byte integer records), v14–v24 and v26–v29 (86-byte integer records with a current
 * range per record; from v26 the date is local wall time), v130 BTS 9.1 (float records of
 * variable length, aux temperature in-record) and v130 BTS 9.0 (88-byte float records). Any other
 * version, or a current range not in {@link NewareRanges}, is a {@link FormatException} naming it.
 * Test time is the running sum of step times unless the file stores it (BTS 9.1).
 */
public final class NdaReader implements RecordingReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "neware-nda";
    private static final Pattern BTS9_VERSION = Pattern.compile("\\d+(?:\\.[0-9A-Za-z]+){4,}");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]{4,}");

    @Override
    public Recording read(String name, byte[] content) {
        if (!looksLike(content) || content.length < 1100) {
            throw FormatException.atOffset(name, 0, "not a Neware .nda file (no NEWARE header of 1 kB)");
        }
        int version = content[14] & 0xFF;
        NdcTable t = switch (version) {
            case 5, 6, 7, 8 -> NdaRecords.v5(name, content, version);
            case 14, 16, 17, 20, 22, 23, 24, 26, 28, 29 -> NdaRecords.v14(name, content, version);
            case 130 -> switch (content[1024] & 0xFF) {
                case NdaFloatRecords.BTS91 -> NdaFloatRecords.bts91(name, content);
                case NdaFloatRecords.BTS90 -> NdaFloatRecords.bts90(name, content);
                default -> throw FormatException.atOffset(name, 1024, "nda version 130 with sub-version byte "
                        + (content[1024] & 0xFF) + " is not supported (known: 0x55 BTS 9.1, 0x12 BTS 9.0)");
            };
            default -> throw FormatException.atOffset(name, 14, "nda version " + version
                    + " is not supported (supported: 5-8, 14-29, 130)");
        };
        int n = t.rows;
        RecordingAssembler a = new RecordingAssembler(name, n);
        a.put(Target.of(Quantity.TEST_TIME), t.totalTime != null ? t.totalTime : NdaxReader.totalTime(t));
        a.put(Target.of(Quantity.STEP_TIME), t.stepTime);
        a.put(Target.of(Quantity.VOLTAGE), t.voltage);
        a.put(Target.scaled(Quantity.CURRENT, 1e-3), t.current);
        if (t.cycle != null) {
            a.put(Target.of(Quantity.CYCLE_COUNT), t.cycle);
        }
        a.put(Target.of(Quantity.STEP_ID), t.stepIndex);
        a.put(Target.of(Quantity.STEP_COUNT), t.stepCount);
        a.put(Target.scaled(Quantity.CHARGING_CAPACITY, 1e-3), t.chargeCapacity);
        a.put(Target.scaled(Quantity.DISCHARGING_CAPACITY, 1e-3), t.dischargeCapacity);
        a.put(Target.scaled(Quantity.CHARGING_ENERGY, 1e-3), t.chargeEnergy);
        a.put(Target.scaled(Quantity.DISCHARGING_ENERGY, 1e-3), t.dischargeEnergy);
        a.put(Target.of(Quantity.UNIX_TIME), t.unix);
        Metadata md = RecordingAssembler.baseMetadata(name, content, FORMAT_NAME)
                .with(Metadata.FORMAT_VERSION, version == 130 ? "nda 130 (BTS " + ((content[1024] & 0xFF)
                        == NdaFloatRecords.BTS91 ? "9.1" : "9.0") + ")" : "nda " + version)
                .with("column.Step Type.values", NdaxReader.stepTypes(a, t.stepType, n));
        if (t.auxValue != null) {
            a.put(new Target(Quantity.TEMPERATURE, 1, 273.15), t.auxValue);
        }
        if (t.auxRows > 0) {
            md = auxTemperature(t, a, md);
        }
        if (!t.trueUnixTime && n > 0 && !Double.isNaN(t.unix[0])) {
            md = md.with("unix.time.kind", "instrument wall time read as UTC (zone unknown)")
                    .with(Metadata.START_TIME, LocalDateTime.ofEpochSecond((long) t.unix[0], 0, ZoneOffset.UTC).toString())
                    .with("start.time.zone", "unknown (instrument local time)");
        }
        return a.build(header(content, version, md));
    }

    /** Aux temperature records (id 101) placed on the data rows with the same record number. */
    private static Metadata auxTemperature(NdcTable t, RecordingAssembler a, Metadata md) {
        double[] out = NdcTable.nan(t.rows);
        boolean any = false;
        for (int k = 0; k < t.auxRows; k++) {
            int r = java.util.Arrays.binarySearch(t.index, 0, t.rows, t.auxIndex[k]);
            if (r >= 0 && Double.isNaN(out[r])) {
                out[r] = t.auxTemperature[k];
                any = true;
            }
        }
        if (any) {
            a.put(new Target(Quantity.TEMPERATURE, 1, 273.15), out);
            md = md.with(Metadata.TEMPERATURE_SOURCE, "Neware aux channel (record id 101)");
        }
        return md;
    }

    /** Instrument software version and active mass from the file header. */
    private static Metadata header(byte[] b, int version, Metadata md) {
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1);
        String instrument = null;
        int server = head.indexOf("BTSServer");
        int xwj = head.indexOf("BTS_XWJ");
        if (server >= 0 || xwj >= 0) {
            Matcher m = PRINTABLE.matcher(head);
            if (m.find(server >= 0 ? server : xwj)) {
                instrument = m.group().strip();
            }
        } else if (version == 130) {
            Matcher m = BTS9_VERSION.matcher(head);
            if (m.find()) {
                instrument = "BTS " + m.group();
            }
        }
        if (instrument != null) {
            md = md.with(Metadata.INSTRUMENT, "Neware " + instrument);
        }
        int massAt = version >= 130 ? 330 : version >= 9 ? 152 : version >= 8 ? 144 : 80;
        long microgram = NdcPages.u32(b, massAt);
        if (microgram > 0 && microgram < 1_000_000_000L) {
            md = md.with(Metadata.ACTIVE_MASS_KG, Double.toString(microgram * 1e-9));
        }
        return md;
    }

    /**
     * @param b the first bytes of a file
     * @return whether it starts with the {@code NEWARE} magic of an .nda file
     */
    public static boolean looksLike(byte[] b) {
        return b.length >= 16 && b[0] == 'N' && b[1] == 'E' && b[2] == 'W' && b[3] == 'A' && b[4] == 'R' && b[5] == 'E';
    }
}
