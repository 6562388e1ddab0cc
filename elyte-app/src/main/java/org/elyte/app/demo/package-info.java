/** The {@code elyte demo} command. */
package org.elyte.app.demo;
