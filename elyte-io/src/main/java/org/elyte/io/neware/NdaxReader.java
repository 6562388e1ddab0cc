package org.elyte.io.neware;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * Reads Neware {@code .ndax} archives. {@code data.ndc} holds voltage and current per record
 * (from ndc v11 on); {@code data_runInfo.ndc} holds step time, capacities, energies, Unix time
 * and step count for only some records, and the records in between are filled as BTSDA does:
 * times advance by the runInfo sampling interval {@code dt}, capacity and energy by
 * {@code dt·I} and {@code dt·U·I} (charge part to the charge columns, discharge part to the
 * discharge columns). {@code data_step.ndc} gives cycle, step number and step type per step
 * count. Older archives (ndc v2, v5) hold everything in {@code data.ndc}. Auxiliary channels
 * ({@code data_AUX_*.ndc}, {@code *_N.ndc}) become temperature, voltage or humidity columns named
 * as TestInfo.xml types them. Test time is the running sum of step times.
 */
public final class NdaxReader implements RecordingReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "neware-ndax";
    private static final Pattern AUX_FILE = Pattern.compile("data_AUX_(\\d+)_(\\d+)_(\\d+)\\.ndc|.*_(\\d+)\\.ndc");

    @Override
    public Recording read(String name, byte[] content) {
        Map<String, byte[]> entries = NdaxArchive.entries(name, content);
        byte[] dataBytes = entries.get("data.ndc");
        if (dataBytes == null) {
            throw FormatException.inFile(name, "the .ndax archive has no data.ndc");
        }
        NdcTable data = NdcDecoder.decode(name + "!data.ndc", dataBytes);
        int version = NdcDecoder.version(dataBytes);
        if (data.stepTime == null) {
            byte[] ri = entries.get("data_runInfo.ndc");
            if (ri == null) {
                throw FormatException.inFile(name, "ndc v" + version + " data without data_runInfo.ndc");
            }
            NdaxInterpolation.fill(data, NdcDecoder.decode(name + "!data_runInfo.ndc", ri));
            byte[] st = entries.get("data_step.ndc");
            if (st != null) {
                joinSteps(data, NdcDecoder.decode(name + "!data_step.ndc", st));
            }
        }
        int n = data.rows;
        RecordingAssembler a = new RecordingAssembler(name, n);
        a.put(Target.of(Quantity.TEST_TIME), totalTime(data));
        a.put(Target.of(Quantity.STEP_TIME), data.stepTime);
        a.put(Target.of(Quantity.VOLTAGE), data.voltage);
        a.put(Target.scaled(Quantity.CURRENT, 1e-3), data.current);
        putIf(a, Quantity.CYCLE_COUNT, data.cycle, 1);
        putIf(a, Quantity.STEP_ID, data.stepIndex, 1);
        putIf(a, Quantity.STEP_COUNT, data.stepCount, 1);
        putIf(a, Quantity.CHARGING_CAPACITY, data.chargeCapacity, 1e-3);
        putIf(a, Quantity.DISCHARGING_CAPACITY, data.dischargeCapacity, 1e-3);
        putIf(a, Quantity.CHARGING_ENERGY, data.chargeEnergy, 1e-3);
        putIf(a, Quantity.DISCHARGING_ENERGY, data.dischargeEnergy, 1e-3);
        putIf(a, Quantity.UNIX_TIME, data.unix, 1);
        Metadata md = RecordingAssembler.baseMetadata(name, content, FORMAT_NAME)
                .with(Metadata.FORMAT_VERSION, "ndc " + version);
        if (data.stepType != null) {
            md = md.with("column.Step Type.values", stepTypes(a, data.stepType, n));
        }
        if (data.unix != null && !data.trueUnixTime) {
            md = md.with("unix.time.kind", "instrument wall time read as UTC (zone unknown)");
        }
        md = NdaxAux.join(name, entries, data, a, md);
        return a.build(NdaxMetadata.read(entries, md));
    }

    static String stepTypes(RecordingAssembler a, double[] codes, int n) {
        List<Integer> seen = new ArrayList<>();
        // codes are u8 in every Neware layout: their index is looked up in a table, not the list
        int[] small = new int[256];
        Arrays.fill(small, -1);
        double[] out = new double[n];
        for (int r = 0; r < n; r++) {
            if (Double.isNaN(codes[r])) {
                out[r] = Double.NaN;
                continue;
            }
            int c = (int) codes[r];
            int k = c >= 0 && c < 256 ? small[c] : seen.indexOf(c);
            if (k < 0) {
                k = seen.size();
                seen.add(c);
                if (c >= 0 && c < 256) {
                    small[c] = k;
                }
            }
            out[r] = k;
        }
        a.putCustom("Step Type", "", out);
        return String.join("|", seen.stream().map(NewareStepTypes::name).toList());
    }

    private static void putIf(RecordingAssembler a, Quantity q, double[] v, double scale) {
        if (v != null) {
            a.put(Target.scaled(q, scale), v);
        }
    }

    /** The running sum of step times: at each new step the previous row's step time is added. */
    static double[] totalTime(NdcTable t) {
        double[] out = new double[t.rows];
        double offset = 0;
        for (int r = 0; r < t.rows; r++) {
            if (r > 0 && newStep(t, r)) {
                offset += t.stepTime[r - 1];
            }
            out[r] = offset + t.stepTime[r];
        }
        return out;
    }

    private static boolean newStep(NdcTable t, int r) {
        if (t.stepCount != null) {
            return t.stepCount[r] != t.stepCount[r - 1];
        }
        return t.stepIndex != null && (t.stepIndex[r] != t.stepIndex[r - 1] || t.cycle[r] != t.cycle[r - 1]);
    }

    private static void joinSteps(NdcTable data, NdcTable steps) {
        int n = data.rows;
        data.cycle = NdcTable.nan(n);
        data.stepIndex = NdcTable.nan(n);
        data.stepType = NdcTable.nan(n);
        for (int r = 0; r < n; r++) {
            double sc = data.stepCount[r];
            int k = (int) sc - 1;
            if (sc >= 1 && k < steps.rows) {
                data.cycle[r] = steps.cycle[k];
                data.stepIndex[r] = steps.stepIndex[k];
                data.stepType[r] = steps.stepType[k];
            }
        }
    }

    /**
     * @param entryNames names in the archive
     * @return the auxiliary channel tables, ordered by the numbers in their names
     */
    static List<String> auxFiles(Iterable<String> entryNames) {
        List<String> out = new ArrayList<>();
        for (String e : entryNames) {
            if (!e.equals("data.ndc") && AUX_FILE.matcher(e).matches()) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing(NdaxReader::auxKey));
        return out;
    }

    private static String auxKey(String e) {
        Matcher m = AUX_FILE.matcher(e);
        if (!m.matches()) {
            return e;
        }
        StringBuilder k = new StringBuilder();
        for (int g = 1; g <= 4; g++) {
            String s = m.group(g);
            k.append(String.format("%012d", s == null ? 0 : Long.parseLong(s.length() > 11 ? s.substring(0, 11) : s)));
        }
        return k.toString();
    }

    /**
     * @param b the first bytes of a file
     * @return whether it is a zip archive holding a {@code data.ndc} entry near its start
     */
    public static boolean looksLike(byte[] b) {
        if (b.length < 30 || b[0] != 'P' || b[1] != 'K' || b[2] != 3 || b[3] != 4) {
            return false;
        }
        String head = new String(b, 0, Math.min(b.length, 1 << 16), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains(".ndc") || head.contains("TestInfo.xml") || head.contains("VersionInfo.xml");
    }
}
