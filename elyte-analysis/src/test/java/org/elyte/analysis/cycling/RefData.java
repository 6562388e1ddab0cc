package org.elyte.analysis.cycling;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;

/** Test helper: cycling reference files from {@code -Delyte.refdata} (skipped when absent). */
final class RefData {
    private RefData() {
    }

    /** @param relative path under refdata/cycling @return the file; the test is skipped when it is absent */
    static Path cycling(String relative) {
        String root = System.getProperty("elyte.refdata");
        assumeTrue(root != null, "elyte.refdata is not set; reference file " + relative + " skipped");
        Path p = Path.of(root, "cycling", relative);
        assumeTrue(Files.isRegularFile(p), "reference file absent, test skipped: " + p);
        return p;
    }

    /** One EC-Lab .mpt column, by name (decimal comma accepted). */
    static double[] mptColumn(Path mpt, String name) throws IOException {
        List<String> lines = Files.readAllLines(mpt, java.nio.charset.Charset.forName("windows-1252"));
        int header = 0;
        for (String l : lines) {
            if (l.startsWith("Nb header lines")) {
                header = Integer.parseInt(l.replaceAll("\\D+", ""));
                break;
            }
        }
        String[] names = lines.get(header - 1).split("\t");
        int col = List.of(names).indexOf(name);
        double[] out = new double[lines.size() - header];
        for (int i = header; i < lines.size(); i++) {
            out[i - header] = Double.parseDouble(lines.get(i).split("\t")[col].replace(',', '.'));
        }
        return out;
    }

    /**
     * A Neware BTSDA CSV export (fastnda reference) as a recording: total time, voltage, current, cycle,
     * step index and per-step capacity split into charge (Chg steps) and discharge (DChg steps), Ah.
     */
    static Recording btsda(Path csvGz) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(csvGz)), StandardCharsets.UTF_8))) {
            String[] head = r.readLine().split(",");
            List<String> h = List.of(head);
            int cyc = h.indexOf("Cycle Index");
            int step = h.indexOf("Step Index");
            int type = h.indexOf("Step Type");
            int total = h.indexOf("Total Time");
            int cur = h.indexOf("Current(uA)");
            int volt = h.indexOf("Voltage(mV)");
            int cap = h.indexOf("Capacity(mAs)");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                double q = Math.abs(Double.parseDouble(f[cap])) / 3.6e6;
                boolean dchg = f[type].contains("DChg");
                boolean chg = !dchg && f[type].contains("Chg");
                rows.add(new double[] {Double.parseDouble(f[total]), Double.parseDouble(f[volt]) * 1e-3,
                    Double.parseDouble(f[cur]) * 1e-6, Double.parseDouble(f[cyc]), Double.parseDouble(f[step]),
                    chg ? q : 0, dchg ? q : 0});
            }
        }
        Quantity[] qs = {Quantity.TEST_TIME, Quantity.VOLTAGE, Quantity.CURRENT, Quantity.CYCLE_COUNT,
            Quantity.STEP_ID, Quantity.CHARGING_CAPACITY, Quantity.DISCHARGING_CAPACITY};
        Map<Quantity, double[]> cols = new LinkedHashMap<>();
        for (int c = 0; c < qs.length; c++) {
            double[] col = new double[rows.size()];
            for (int i = 0; i < col.length; i++) {
                col[i] = rows.get(i)[c];
            }
            cols.put(qs[c], col);
        }
        return Recording.of(cols, Metadata.empty().with(Metadata.SOURCE_FILE, csvGz.getFileName().toString()));
    }
}
