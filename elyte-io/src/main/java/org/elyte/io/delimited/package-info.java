/**
 * Byte-level parsing of delimited text tables (tab, comma, semicolon) into primitive columns:
 * decimal numbers with a point or comma parsed without allocation, dates, text codes.
 */
package org.elyte.io.delimited;
