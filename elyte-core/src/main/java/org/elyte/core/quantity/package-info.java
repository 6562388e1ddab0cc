/** The vocabulary of measured quantities (Battery Data Format names plus solid-state extensions). */
package org.elyte.core.quantity;
