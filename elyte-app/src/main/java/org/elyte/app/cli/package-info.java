/** Shared command-line plumbing: exit codes, JSON output, error mapping, option converters. */
package org.elyte.app.cli;
