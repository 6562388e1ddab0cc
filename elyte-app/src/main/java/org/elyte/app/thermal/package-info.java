/** {@code elyte dsc}: melting enthalpy, crystallinity and glass transition from a DSC export; shared XY plots and CSV tables. */
package org.elyte.app.thermal;
