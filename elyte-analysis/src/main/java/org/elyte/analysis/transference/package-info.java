/**
 * Li⁺ transference number by the Bruce–Vincent–Evans method: chronoamperometry of a Li|SSE|Li cell
 * under a small DC polarization (initial and steady-state current) combined with the interfacial
 * resistances from impedance spectra taken before and after the polarization.
 */
package org.elyte.analysis.transference;
