/** NEISYS spectrometer impedance text exports (sample name, fixed values, Freq/Zs'/Zs'' table). */
package org.elyte.io.neisys;
