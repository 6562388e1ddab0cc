package org.elyte.io.neware;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Test helper: a BTSDA reference export ({@code *.btsda.csv.gz}) as header + string rows. */
record Btsda(List<String> header, List<String[]> rows) {

    static Btsda read(Path p) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
                StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(r.readLine().split(",", -1));
            List<String[]> rows = new ArrayList<>();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank()) {
                    rows.add(l.split(",", -1));
                }
            }
            return new Btsda(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double num(int row, String column) {
        int c = header.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + header);
        }
        return Double.parseDouble(rows.get(row)[c]);
    }

    String text(int row, String column) {
        return rows.get(row)[header.indexOf(column)];
    }
}
