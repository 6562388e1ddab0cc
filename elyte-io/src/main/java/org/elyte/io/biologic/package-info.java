/**
 * BioLogic EC-Lab files: {@code .mpt} text exports of impedance runs as spectra
 * ({@link org.elyte.io.biologic.MptReader}), and {@code .mpt} exports and {@code .mpr} binary files
 * of any technique as normalised recordings ({@link org.elyte.io.biologic.MptRecordingReader},
 * {@link org.elyte.io.biologic.MprReader}).
 */
package org.elyte.io.biologic;
