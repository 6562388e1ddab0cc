package org.elyte.core.provenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a result came from: method name and version, the options it ran with, and the SHA-256 of
 * each input, so that any number can be traced to its inputs and recomputed.
 *
 * @param method method name, e.g. {@code "eis.cnls"}
 * @param version method version
 * @param options options as text, in a stable order
 * @param inputSha256 SHA-256 of each input, hex
 */
public record Provenance(String method, String version, Map<String, String> options, List<String> inputSha256) {

    /**
     * @param method method
     * @param version version
     * @param options options, copied
     * @param inputSha256 input hashes, copied
     */
    public Provenance {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(version, "version");
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        inputSha256 = List.copyOf(inputSha256);
    }

    /**
     * @param method method
     * @param version version
     * @return provenance with no options and no inputs
     */
    public static Provenance of(String method, String version) {
        return new Provenance(method, version, Map.of(), List.of());
    }

    /**
     * @param key option name
     * @param value option value
     * @return a copy with the option added
     */
    public Provenance withOption(String key, Object value) {
        LinkedHashMap<String, String> o = new LinkedHashMap<>(options);
        o.put(key, String.valueOf(value));
        return new Provenance(method, version, o, inputSha256);
    }

    /**
     * @param sha256 hash of an input
     * @return a copy with the input added
     */
    public Provenance withInput(String sha256) {
        java.util.ArrayList<String> in = new java.util.ArrayList<>(inputSha256);
        in.add(sha256);
        return new Provenance(method, version, options, in);
    }
}
