package org.elyte.analysis.eis.fit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;

/**
 * Test-only loader of the copied reference spectra (f, Z', Z'' per line; comma or whitespace
 * separated; lines that do not start with a number are skipped). Independent of elyte-io.
 */
final class TestSpectra {
    private TestSpectra() {
    }

    static ImpedanceSpectrum load(String resource) {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = TestSpectra.class.getResourceAsStream("/refdata/eis/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String[] tok = line.strip().split("[,\\s]+");
                if (tok.length < 3) {
                    continue;
                }
                try {
                    rows.add(new double[] {Double.parseDouble(tok[0]), Double.parseDouble(tok[1]),
                        Double.parseDouble(tok[2])});
                } catch (NumberFormatException e) {
                    continue; // header line
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        double[] f = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] re = rows.stream().mapToDouble(r -> r[1]).toArray();
        double[] im = rows.stream().mapToDouble(r -> r[2]).toArray();
        return ImpedanceSpectrum.of(f, re, im, Metadata.empty().with(Metadata.SOURCE_FILE, resource));
    }

    /** @return impedance.py's exampleData.csv without its inductive points (57 points) */
    static ImpedanceSpectrum example() {
        return load("impedance.py/exampleData.csv").withoutInductive();
    }
}
