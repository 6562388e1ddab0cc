/**
 * Kramers–Kronig validation of impedance spectra by the linear Lin-KK test (Schönleber, Klotz,
 * Ivers-Tiffée, Electrochim. Acta 131 (2014) 20; Boukamp, J. Electrochem. Soc. 142 (1995) 1885):
 * {@link org.elyte.analysis.eis.kk.LinKK#test}.
 */
package org.elyte.analysis.eis.kk;
