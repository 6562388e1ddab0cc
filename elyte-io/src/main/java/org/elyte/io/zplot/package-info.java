/** Scribner ZPlot/ZView {@code .z} impedance files. */
package org.elyte.io.zplot;
