/**
 * Reports and the files commands write beside their output: HTML pages with embedded plots,
 * CSV tables ({@link org.elyte.app.report.CsvTable}) and x–y plots in PNG or SVG
 * ({@link org.elyte.app.report.XyPlot}, {@link org.elyte.app.report.ChartFiles}).
 */
package org.elyte.app.report;
