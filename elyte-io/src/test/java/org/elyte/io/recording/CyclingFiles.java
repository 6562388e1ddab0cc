package org.elyte.io.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Test helper: cycling reference files, shipped (MIT/BSD/Apache) or from -Delyte.refdata (GPL, large). */
public final class CyclingFiles {
    private CyclingFiles() {
    }

    /** @param relative path under refdata/cycling @return the shipped test resource */
    public static Path shipped(String relative) {
        URL url = CyclingFiles.class.getResource("/refdata/cycling/" + relative);
        if (url == null) {
            throw new IllegalStateException("missing test resource refdata/cycling/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param relative path under refdata/cycling @return the shared file, when -Delyte.refdata points at it */
    public static Optional<Path> shared(String relative) {
        String root = System.getProperty("elyte.refdata");
        if (root == null) {
            return Optional.empty();
        }
        Path p = Path.of(root, "cycling", relative);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** @param p a file @return its bytes */
    public static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
