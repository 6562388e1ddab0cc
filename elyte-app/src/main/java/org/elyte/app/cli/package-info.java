/**
 * Shared command-line plumbing: exit codes, JSON output, error mapping, the output options
 * ({@link org.elyte.app.cli.OutputArgs}), the input file ({@link org.elyte.app.cli.InputFile},
 * {@link org.elyte.app.cli.DataFiles}) and option values with units ({@link org.elyte.app.cli.OptionValues}).
 */
package org.elyte.app.cli;
