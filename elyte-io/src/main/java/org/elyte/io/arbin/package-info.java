/**
 * Arbin files: CSV exports ({@link org.elyte.io.arbin.ArbinCsvReader}) and MITS Pro {@code .res}
 * MS Access databases read with Jackcess ({@link org.elyte.io.arbin.ArbinResReader}).
 */
package org.elyte.io.arbin;
