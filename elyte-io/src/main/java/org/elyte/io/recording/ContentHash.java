package org.elyte.io.recording;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.elyte.core.provenance.Sha256;

/**
 * The SHA-256 of the content being read on this thread, computed once: either given by the
 * caller, or started on a background thread when the read begins so that hashing a large file
 * runs in parallel with parsing it. {@link RecordingAssembler#baseMetadata} takes it from here when
 * asked about the same array; any other array is hashed on the spot.
 */
final class ContentHash {
    /** Files at least this large are hashed on a background thread, bytes. */
    static final int PARALLEL_FROM = 1 << 20;
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "elyte-sha256");
        t.setDaemon(true);
        return t;
    });
    private static final ThreadLocal<Pending> CURRENT = new ThreadLocal<>();

    private record Pending(byte[] content, CompletableFuture<String> hex) {
    }

    private ContentHash() {
    }

    /**
     * Registers the content of the read that starts on this thread.
     *
     * @param content the whole file
     * @param knownHex its SHA-256 if the caller knows it, else null
     */
    static void begin(byte[] content, String knownHex) {
        CompletableFuture<String> f;
        if (knownHex != null) {
            f = CompletableFuture.completedFuture(knownHex);
        } else if (content.length >= PARALLEL_FROM) {
            f = CompletableFuture.supplyAsync(() -> Sha256.hex(content), POOL);
        } else {
            return;
        }
        CURRENT.set(new Pending(content, f));
    }

    /** Ends the read on this thread. */
    static void end() {
        CURRENT.remove();
    }

    /**
     * @param content bytes
     * @return their SHA-256, lower-case hex
     */
    static String of(byte[] content) {
        Pending p = CURRENT.get();
        if (p != null && p.content() == content) {
            return p.hex().join();
        }
        return Sha256.hex(content);
    }
}
