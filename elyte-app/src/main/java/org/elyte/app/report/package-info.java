/** Reports: HTML pages with tables and embedded plots. */
package org.elyte.app.report;
