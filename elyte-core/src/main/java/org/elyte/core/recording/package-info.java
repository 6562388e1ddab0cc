/** Columnar recordings of measured or simulated data and their metadata. */
package org.elyte.core.recording;
