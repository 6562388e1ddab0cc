/** BioLogic EC-Lab {@code .mpt} text exports of impedance runs (PEIS, GEIS), one spectrum per loop. */
package org.elyte.io.biologic;
