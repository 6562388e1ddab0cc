/** {@code elyte saxs} (domain spacing) and {@code elyte xrd} (peak list, d-spacing, Scherrer size). */
package org.elyte.app.structure;
