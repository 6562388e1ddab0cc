/**
 * The common entry point for battery-cycler files ({@link org.elyte.io.recording.RecordingFiles}):
 * format detection and normalisation of every reader's output to the Battery Data Format
 * vocabulary (SI units, current positive when charging, Step Count derived).
 */
package org.elyte.io.recording;
