/** Provenance of results: method, options and input hashes. */
package org.elyte.core.provenance;
