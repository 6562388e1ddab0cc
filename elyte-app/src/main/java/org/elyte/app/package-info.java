/** The elyte application: command-line entry point wiring the modules together. */
package org.elyte.app;
