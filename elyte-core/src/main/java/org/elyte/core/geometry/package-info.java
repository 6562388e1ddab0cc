/** Sample and cell geometry, and parsing of values with units as people type them. */
package org.elyte.core.geometry;
