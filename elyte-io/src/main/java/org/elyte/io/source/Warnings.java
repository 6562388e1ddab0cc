package org.elyte.io.source;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.recording.Metadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Problems a reader worked around (a short table, an undated header), logged through SLF4J as
 * they are found and stored in the spectrum metadata under {@link #KEY}, joined with "; ".
 * Not thread-safe: one instance per read.
 */
public final class Warnings {
    /** Metadata key of the joined warnings. */
    public static final String KEY = "warnings";
    private static final Logger LOG = LoggerFactory.getLogger(Warnings.class);

    private final String source;
    private final List<String> messages = new ArrayList<>();

    /** @param source the file name, prefixed to logged messages */
    public Warnings(String source) {
        this.source = source;
    }

    /** @param message what was worked around; logged at WARN and kept */
    public void add(String message) {
        LOG.warn("{}: {}", source, message);
        messages.add(message);
    }

    /** @return the messages so far */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    /**
     * @param metadata metadata
     * @return the metadata with the warnings under {@link #KEY}, or unchanged when there are none
     */
    public Metadata applyTo(Metadata metadata) {
        return messages.isEmpty() ? metadata : metadata.with(KEY, String.join("; ", messages));
    }
}
