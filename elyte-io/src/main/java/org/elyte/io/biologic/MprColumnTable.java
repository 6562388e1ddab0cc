package org.elyte.io.biologic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code .mpr} column-id table, loaded from the {@code mpr-columns.tsv} resource: which
 * storage type and export name each data-module column id has. Immutable.
 */
final class MprColumnTable {
    private static final Map<Integer, MprColumn> TABLE = load();

    private MprColumnTable() {
    }

    /**
     * @param id column id
     * @return its entry, if known
     */
    static Optional<MprColumn> lookup(int id) {
        return Optional.ofNullable(TABLE.get(id));
    }

    /** @return every known id and its entry */
    static Map<Integer, MprColumn> all() {
        return TABLE;
    }

    private static Map<Integer, MprColumn> load() {
        Map<Integer, MprColumn> out = new HashMap<>();
        try (InputStream in = MprColumnTable.class.getResourceAsStream("mpr-columns.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource mpr-columns.tsv missing from the elyte-io jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                int id = Integer.parseInt(f[0]);
                String type = f[1];
                int mask = 0;
                if (type.startsWith("flag:")) {
                    mask = Integer.decode(type.substring(5));
                    type = "flag";
                }
                out.put(id, new MprColumn(id, type, mask, f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
