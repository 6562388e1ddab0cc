/** Shared numerics: least squares, linear algebra helpers, peak finding, smoothing, integration. */
package org.elyte.core.numerics;
