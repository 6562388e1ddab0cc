/**
 * Neware BTS files: {@code .ndax} (a zip of {@code .ndc} tables and XML metadata), read into one
 * normalised recording with the vendor's interpolation of sparse runInfo records, and the older
 * binary {@code .nda} (versions 5–8, 14–29, 130) read by {@link org.elyte.io.neware.NdaReader}.
 */
package org.elyte.io.neware;
