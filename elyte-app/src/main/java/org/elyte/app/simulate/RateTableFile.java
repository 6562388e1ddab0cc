package org.elyte.app.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.elyte.core.error.FormatException;
import org.elyte.sim.simulation.Calibration;

/**
 * A measured rate table for {@code simulate calibrate --rates FILE}: comma-, semicolon- or
 * tab-separated, {@code #} comments, a header naming the columns {@code c_rate}, one capacity column
 * ({@code capacity_fraction} of theoretical, {@code capacity_mah_per_g} or {@code capacity_mah}) and
 * optionally {@code mid_voltage_v}; one row per C-rate.
 */
final class RateTableFile {
    private RateTableFile() {
    }

    /**
     * @param file the table
     * @param theoreticalMah the cell's theoretical capacity, mAh
     * @param activeMassG the cathode's active mass, g
     * @return the rows as capacity fractions of theoretical
     * @throws FormatException naming file and line for a missing column, a bad number or an empty table
     */
    static List<Calibration.RatePoint> read(Path file, double theoreticalMah, double activeMassG) {
        String src = file.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw FormatException.unreadable(src, "cannot read the rate table", e);
        }
        int[] col = null;
        double capacityScale = 1;
        List<Calibration.RatePoint> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("[,;\t]", -1);
            if (col == null) {
                List<String> h = new ArrayList<>();
                for (String c : cells) {
                    h.add(c.strip().toLowerCase(Locale.ROOT));
                }
                int rate = h.indexOf("c_rate");
                int cap = h.indexOf("capacity_fraction");
                if (cap < 0 && h.contains("capacity_mah_per_g")) {
                    cap = h.indexOf("capacity_mah_per_g");
                    capacityScale = activeMassG / theoreticalMah;
                } else if (cap < 0 && h.contains("capacity_mah")) {
                    cap = h.indexOf("capacity_mah");
                    capacityScale = 1 / theoreticalMah;
                }
                if (rate < 0 || cap < 0) {
                    throw FormatException.atLine(src, n + 1, "the header needs c_rate and one of capacity_fraction,"
                            + " capacity_mah_per_g, capacity_mah (and optionally mid_voltage_v); found " + h);
                }
                col = new int[] {rate, cap, h.indexOf("mid_voltage_v")};
                continue;
            }
            double rate = number(cells, col[0], src, n + 1);
            double cap = number(cells, col[1], src, n + 1) * capacityScale;
            double mid = col[2] < 0 ? Double.NaN : number(cells, col[2], src, n + 1);
            if (!(rate > 0) || !(cap > 0)) {
                throw FormatException.atLine(src, n + 1, "C-rate and capacity must be positive");
            }
            out.add(new Calibration.RatePoint(rate, cap, mid));
        }
        if (out.isEmpty()) {
            throw FormatException.inFile(src, "the rate table has no rows");
        }
        return out;
    }

    private static double number(String[] cells, int k, String src, int line) {
        if (k >= cells.length) {
            throw FormatException.atLine(src, line, "expected at least " + (k + 1) + " columns, found " + cells.length);
        }
        String c = cells[k].strip();
        try {
            double v = Double.parseDouble(c);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw FormatException.atLine(src, line, "column " + (k + 1) + ": '" + c + "' is not a number");
    }
}
