/**
 * Neware BTS files: {@code .ndax} (a zip of {@code .ndc} tables and XML metadata), read into one
 * normalised recording with the vendor's interpolation of sparse runInfo records.
 */
package org.elyte.io.neware;
