/** The {@code elyte inspect} and {@code elyte convert} commands for any supported data file. */
package org.elyte.app.data;
