/**
 * Maccor text exports (tab-separated, one header line with the test date, then the column row):
 * single files and multi-file sets ({@code .001}, {@code .002} …) read as one recording.
 */
package org.elyte.io.maccor;
