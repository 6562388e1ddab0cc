package org.elyte.io.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Test helper: the reference files under {@code refdata/eis} (test resources and the shared GPL file). */
public final class RefFiles {
    /** Reference files shipped as test resources (MIT), relative to {@code refdata/eis}. */
    public static final List<String> SHIPPED = List.of("impedance.py/exampleData.csv",
            "impedance.py/exampleDataBioLogic.mpt", "impedance.py/exampleDataGamry.DTA",
            "impedance.py/exampleDataZPlot_noComments.z", "pyDRTtools/LIB_data.txt",
            "EISFitpython/s04147-140deg.txt", "EISFitpython/s04147-160deg.txt", "EISFitpython/s04147-170deg.txt",
            "EISFitpython/s04147-180deg.txt", "EISFitpython/s04147-200deg.txt");
    /** The GPL file read from the shared reference folder, relative to {@code eis}. */
    public static final String DRIFT = "pyimpspec/drift-corrected-data.dta";

    private RefFiles() {
    }

    /** @param relative path under refdata/eis @return the test resource as a path */
    public static Path shipped(String relative) {
        URL url = RefFiles.class.getResource("/refdata/eis/" + relative);
        if (url == null) {
            throw new IllegalStateException("missing test resource refdata/eis/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the GPL drift-corrected Gamry file from -Delyte.refdata, when present */
    public static Optional<Path> drift() {
        String root = System.getProperty("elyte.refdata");
        if (root == null) {
            return Optional.empty();
        }
        Path p = Path.of(root, "eis", DRIFT);
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

    /** @param relative path under refdata/eis @return the shipped file's bytes */
    public static byte[] shippedBytes(String relative) {
        return bytes(shipped(relative));
    }
}
