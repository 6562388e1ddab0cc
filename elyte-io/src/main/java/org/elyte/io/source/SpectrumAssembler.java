package org.elyte.io.source;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.elyte.core.error.FormatException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;

/**
 * Collects the points of one spectrum with the line each came from, checks them (positive
 * frequency, no frequency twice) and builds the {@link ImpedanceSpectrum}. Not thread-safe: one
 * instance per spectrum.
 */
public final class SpectrumAssembler {
    private final String source;
    private double[] f = new double[64];
    private double[] re = new double[64];
    private double[] im = new double[64];
    private final Map<Double, Integer> lineOfFrequency = new HashMap<>();
    private int n;

    /** @param source the file name, for messages */
    public SpectrumAssembler(String source) {
        this.source = source;
    }

    /**
     * Adds a point.
     *
     * @param frequencyHz frequency, Hz
     * @param realOhm Z', Ω
     * @param imagOhm Z'' signed (negative when capacitive), Ω
     * @param line 1-based line the point was read from
     * @throws FormatException when the frequency is not positive or already present
     */
    public void add(double frequencyHz, double realOhm, double imagOhm, int line) {
        if (!(frequencyHz > 0)) {
            throw FormatException.atLine(source, line, "frequency must be positive, found " + frequencyHz + " Hz");
        }
        Integer previous = lineOfFrequency.putIfAbsent(frequencyHz, line);
        if (previous != null) {
            throw FormatException.atLine(source, line, "frequency " + frequencyHz + " Hz appears twice in one spectrum"
                    + " (first on line " + previous + ")");
        }
        if (n == f.length) {
            f = Arrays.copyOf(f, 2 * n);
            re = Arrays.copyOf(re, 2 * n);
            im = Arrays.copyOf(im, 2 * n);
        }
        f[n] = frequencyHz;
        re[n] = realOhm;
        im[n] = imagOhm;
        n++;
    }

    /** @return the number of points added */
    public int size() {
        return n;
    }

    /** @return whether no point was added */
    public boolean isEmpty() {
        return n == 0;
    }

    /** @param i point index @return the frequency of point i, Hz */
    public double frequencyHz(int i) {
        return f[i];
    }

    /** @param i point index @return Z'' of point i as added, Ω */
    public double imag(int i) {
        return im[i];
    }

    /** Negates every Z'' added so far (the column held −Z''). */
    public void negateImaginary() {
        for (int i = 0; i < n; i++) {
            im[i] = -im[i] + 0.0;
        }
    }

    /**
     * @param metadata the spectrum metadata
     * @return the spectrum
     * @throws FormatException when no point was added
     */
    public ImpedanceSpectrum build(Metadata metadata) {
        if (n == 0) {
            throw FormatException.inFile(source, "no data rows: expected rows of frequency, Z' and Z''");
        }
        return ImpedanceSpectrum.of(Arrays.copyOf(f, n), Arrays.copyOf(re, n), Arrays.copyOf(im, n), metadata);
    }
}
