/** CLI command {@code elyte lsv}: electrochemical stability window from LSV or CV. */
package org.elyte.app.voltammetry;
