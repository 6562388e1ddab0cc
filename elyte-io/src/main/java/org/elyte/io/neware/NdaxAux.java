package org.elyte.io.neware;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.io.recording.RecordingAssembler;
import org.elyte.io.recording.Target;

/**
 * Joins the auxiliary channel tables of an {@code .ndax} to the data records by record number.
 * Channels are matched to TestInfo.xml's {@code AuxN} entries in file-name order; the ChlType
 * names the value (103 temperature → {@code T<id>}, 335 temperature set point → {@code t<id>},
 * 345 humidity → {@code H<id>}). The first temperature becomes {@link Quantity#TEMPERATURE}
 * (K); the others keep BTSDA-like names in °C, V or %. All-zero voltage or temperature columns of
 * the integer layouts are left out (channel not connected).
 */
final class NdaxAux {
    private NdaxAux() {
    }

    static Metadata join(String name, Map<String, byte[]> entries, NdcTable data, RecordingAssembler a, Metadata md) {
        List<String> files = NdaxReader.auxFiles(entries.keySet());
        List<NdaxMetadata.AuxChannel> channels = NdaxMetadata.auxChannels(entries);
        for (int i = 0; i < files.size(); i++) {
            byte[] b = entries.get(files.get(i));
            if (b.length < 8 || NdcDecoder.type(b) != NdcDecoder.AUX) {
                continue;
            }
            NdcTable aux = NdcDecoder.decode(name + "!" + files.get(i), b);
            NdaxMetadata.AuxChannel ch = channels.size() == files.size() ? channels.get(i)
                    : new NdaxMetadata.AuxChannel(i + 1, 0);
            if (aux.auxValue != null) {
                String col = switch (ch.chlType()) {
                    case 103 -> "T" + ch.id();
                    case 335 -> "t" + ch.id();
                    case 345 -> "H" + ch.id();
                    default -> "Aux" + ch.id();
                };
                String unit = ch.chlType() == 345 ? "%" : ch.chlType() == 103 || ch.chlType() == 335 ? "°C" : "";
                put(a, col, unit, align(data, aux, aux.auxValue), ch.chlType() == 103);
            }
            if (aux.voltage != null && !allZero(aux.voltage, aux.rows)) {
                put(a, "V" + ch.id(), "V", align(data, aux, aux.voltage), false);
            }
            if (aux.auxTemperature != null && !allZero(aux.auxTemperature, aux.rows)) {
                put(a, "T" + ch.id(), "°C", align(data, aux, aux.auxTemperature), true);
            }
            md = md.with("neware.aux." + (i + 1), files.get(i) + " ChlType " + ch.chlType());
        }
        return md;
    }

    private static void put(RecordingAssembler a, String col, String unit, double[] v, boolean temperature) {
        if (!(temperature && a.put(new Target(Quantity.TEMPERATURE, 1, 273.15), v))) {
            a.putCustom(col, unit, v);
        }
    }

    private static boolean allZero(double[] v, int n) {
        for (int i = 0; i < n; i++) {
            if (v[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The aux values placed on the data rows with the same record number (NaN where none). */
    private static double[] align(NdcTable data, NdcTable aux, double[] values) {
        double[] out = NdcTable.nan(data.rows);
        boolean sorted = true;
        for (int r = 1; r < data.rows && sorted; r++) {
            sorted = data.index[r] > data.index[r - 1];
        }
        for (int k = 0; k < aux.rows; k++) {
            int r = sorted ? Arrays.binarySearch(data.index, 0, data.rows, aux.index[k]) : -1;
            if (r >= 0 && Double.isNaN(out[r])) {
                out[r] = values[k];
            }
        }
        return out;
    }
}
