/**
 * {@code elyte cycling summary|rate|dqdv}: galvanostatic cycling analyses of a cycler file
 * (org.elyte.analysis.cycling), with human, JSON, CSV and PNG output (docs/cli.md).
 */
package org.elyte.app.cycling;
