package org.elyte.analysis.eis.kk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;

/** Test-only loader for the small CSV spectra under src/test/resources (f, Z', Z'' per line). */
final class KkTestData {
    private KkTestData() {
    }

    /**
     * @param resource classpath resource, e.g. {@code /refdata/eis/impedance.py/exampleData.csv}
     * @return the spectrum, in file order
     */
    static ImpedanceSpectrum csv(String resource) {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = KkTestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    String[] p = line.split(",");
                    rows.add(new double[] {Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()),
                        Double.parseDouble(p[2].strip())});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] f = new double[rows.size()];
        double[] re = new double[rows.size()];
        double[] im = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            f[i] = rows.get(i)[0];
            re[i] = rows.get(i)[1];
            im[i] = rows.get(i)[2];
        }
        return ImpedanceSpectrum.of(f, re, im, Metadata.empty().with(Metadata.SOURCE_FILE, resource));
    }

    /** @return impedance.py's exampleData.csv (66 points, MIT, see NOTICE) */
    static ImpedanceSpectrum impedancePyExample() {
        return csv("/refdata/eis/impedance.py/exampleData.csv");
    }
}
