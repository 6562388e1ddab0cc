/** The elyte exception family, rooted at {@link org.elyte.core.error.ElyteException}. */
package org.elyte.core.error;
