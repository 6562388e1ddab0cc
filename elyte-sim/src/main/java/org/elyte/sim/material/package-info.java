/**
 * Material property models for solid electrolytes: temperature laws (Arrhenius, VTF) that scale
 * conductivity, diffusivities and exchange currents consistently, and effective-medium models of
 * polymer–ceramic composites (Maxwell-Garnett, symmetric Bruggeman, core–shell interphase) as a
 * function of filler volume or weight fraction. All values SI: S/m, K, J/mol.
 */
package org.elyte.sim.material;
