package org.elyte.core.impedance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.IntPredicate;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;

/**
 * An impedance spectrum: frequency (Hz), real part Z' (Ω) and imaginary part Z'' (Ω, negative
 * when capacitive), in the order measured, with {@link Metadata}. Immutable; arrays are copied in
 * and out. Every value is finite and every frequency positive; frequencies need not be sorted.
 */
public final class ImpedanceSpectrum {
    private final double[] frequencyHz;
    private final double[] real;
    private final double[] imag;
    private final Metadata metadata;

    private ImpedanceSpectrum(double[] f, double[] re, double[] im, Metadata metadata) {
        this.frequencyHz = f;
        this.real = re;
        this.imag = im;
        this.metadata = metadata;
    }

    /**
     * @param frequencyHz frequencies, Hz, positive
     * @param realOhm Z', Ω
     * @param imagOhm Z'' (signed, negative when capacitive), Ω
     * @param metadata metadata
     * @return the spectrum
     * @throws InvalidInputException on different lengths, an empty spectrum, non-finite values
     *     or a frequency that is not positive
     */
    public static ImpedanceSpectrum of(double[] frequencyHz, double[] realOhm, double[] imagOhm, Metadata metadata) {
        Objects.requireNonNull(frequencyHz, "frequencyHz");
        Objects.requireNonNull(realOhm, "realOhm");
        Objects.requireNonNull(imagOhm, "imagOhm");
        Objects.requireNonNull(metadata, "metadata");
        int n = frequencyHz.length;
        if (realOhm.length != n || imagOhm.length != n) {
            throw new InvalidInputException("impedance arrays differ in length: " + n + " frequencies, "
                    + realOhm.length + " real and " + imagOhm.length + " imaginary values");
        }
        if (n == 0) {
            throw new InvalidInputException("an impedance spectrum needs at least one point");
        }
        for (int i = 0; i < n; i++) {
            if (!(frequencyHz[i] > 0) || !Double.isFinite(frequencyHz[i])) {
                throw new InvalidInputException("point " + (i + 1) + ": frequency must be positive and finite, found "
                        + frequencyHz[i]);
            }
            if (!Double.isFinite(realOhm[i]) || !Double.isFinite(imagOhm[i])) {
                throw new InvalidInputException("point " + (i + 1) + ": impedance must be finite, found "
                        + realOhm[i] + ", " + imagOhm[i]);
            }
        }
        return new ImpedanceSpectrum(frequencyHz.clone(), realOhm.clone(), imagOhm.clone(), metadata);
    }

    /**
     * Reads a spectrum from a recording with the {@link Quantity#FREQUENCY},
     * {@link Quantity#REAL_IMPEDANCE} and {@link Quantity#IMAGINARY_IMPEDANCE} columns.
     *
     * @param recording the recording
     * @return the spectrum
     */
    public static ImpedanceSpectrum fromRecording(Recording recording) {
        return of(recording.require(Quantity.FREQUENCY), recording.require(Quantity.REAL_IMPEDANCE),
                recording.require(Quantity.IMAGINARY_IMPEDANCE), recording.metadata());
    }

    /** @return the spectrum as a three-column recording */
    public Recording toRecording() {
        LinkedHashMap<Quantity, double[]> cols = new LinkedHashMap<>();
        cols.put(Quantity.FREQUENCY, frequencyHz);
        cols.put(Quantity.REAL_IMPEDANCE, real);
        cols.put(Quantity.IMAGINARY_IMPEDANCE, imag);
        return Recording.of(cols, metadata);
    }

    /** @return number of points */
    public int size() {
        return frequencyHz.length;
    }

    /** @param i point index @return frequency of point i, Hz */
    public double frequencyHz(int i) {
        return frequencyHz[i];
    }

    /** @param i point index @return Z' of point i, Ω */
    public double real(int i) {
        return real[i];
    }

    /** @param i point index @return Z'' of point i, Ω */
    public double imag(int i) {
        return imag[i];
    }

    /** @param i point index @return |Z| of point i, Ω */
    public double modulus(int i) {
        return Math.hypot(real[i], imag[i]);
    }

    /** @return a copy of the frequencies, Hz */
    public double[] frequenciesHz() {
        return frequencyHz.clone();
    }

    /** @return a copy of Z', Ω */
    public double[] reals() {
        return real.clone();
    }

    /** @return a copy of Z'', Ω */
    public double[] imags() {
        return imag.clone();
    }

    /** @return the metadata */
    public Metadata metadata() {
        return metadata;
    }

    /** @return the sample temperature in K, if the metadata state it */
    public OptionalDouble temperatureK() {
        return metadata.temperatureK();
    }

    /** @param m metadata @return a copy with other metadata */
    public ImpedanceSpectrum withMetadata(Metadata m) {
        return new ImpedanceSpectrum(frequencyHz, real, imag, Objects.requireNonNull(m, "metadata"));
    }

    /**
     * @param fMinHz lowest frequency kept, Hz (inclusive)
     * @param fMaxHz highest frequency kept, Hz (inclusive)
     * @return the points inside the band
     * @throws InvalidInputException if no point is left
     */
    public ImpedanceSpectrum withFrequencyRange(double fMinHz, double fMaxHz) {
        return filter(i -> frequencyHz[i] >= fMinHz && frequencyHz[i] <= fMaxHz,
                "no point between " + fMinHz + " Hz and " + fMaxHz + " Hz");
    }

    /**
     * @return the points with Z'' &lt; 0 (drops inductive points, Z'' ≥ 0, as impedance.py's
     *     {@code ignoreBelowX} does)
     * @throws InvalidInputException if no point is left
     */
    public ImpedanceSpectrum withoutInductive() {
        return filter(i -> imag[i] < 0, "every point is inductive (Z'' >= 0)");
    }

    /**
     * @param keep which point indices to keep
     * @param emptyMessage message when none is left
     * @return the filtered spectrum
     */
    public ImpedanceSpectrum filter(IntPredicate keep, String emptyMessage) {
        int n = 0;
        int[] idx = new int[size()];
        for (int i = 0; i < size(); i++) {
            if (keep.test(i)) {
                idx[n++] = i;
            }
        }
        if (n == 0) {
            throw new InvalidInputException(metadata.sourceFile().map(s -> s + ": ").orElse("") + emptyMessage);
        }
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
            f[k] = frequencyHz[idx[k]];
            re[k] = real[idx[k]];
            im[k] = imag[idx[k]];
        }
        return new ImpedanceSpectrum(f, re, im, metadata);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImpedanceSpectrum s && Arrays.equals(frequencyHz, s.frequencyHz)
                && Arrays.equals(real, s.real) && Arrays.equals(imag, s.imag) && metadata.equals(s.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(frequencyHz), Arrays.hashCode(real), Arrays.hashCode(imag), metadata);
    }

    @Override
    public String toString() {
        return "ImpedanceSpectrum[" + size() + " points, " + metadata.sourceFile().orElse("") + "]";
    }
}
