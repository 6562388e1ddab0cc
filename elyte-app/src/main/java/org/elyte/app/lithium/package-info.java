/**
 * CLI commands for lithium-metal cells: {@code elyte symmetric}, {@code elyte lithium-copper} and
 * {@code elyte transference}, plus the small helpers (unit parsing, CSV tables, line plots) they
 * share with {@code elyte lsv}.
 */
package org.elyte.app.lithium;
