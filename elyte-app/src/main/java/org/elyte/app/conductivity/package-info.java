/** The {@code elyte conductivity} command: EIS series to conductivity and activation energy. */
package org.elyte.app.conductivity;
