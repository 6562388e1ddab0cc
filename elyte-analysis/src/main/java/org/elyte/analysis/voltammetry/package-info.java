/**
 * Voltammetry: the electrochemical stability window of an electrolyte from linear-sweep or cyclic
 * voltammetry, by a current-density threshold and by tangent intersection.
 */
package org.elyte.analysis.voltammetry;
