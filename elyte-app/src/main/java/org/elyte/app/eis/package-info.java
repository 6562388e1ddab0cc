/** The {@code elyte eis} commands: circuit fitting and Kramers-Kronig validation. */
package org.elyte.app.eis;
