/** {@code elyte md msd} (diffusion, Nernst–Einstein) and {@code elyte md rdf} (g(r), coordination). */
package org.elyte.app.md;
