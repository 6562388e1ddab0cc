package org.elyte.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.elyte.core.error.ElyteException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;

/** Renders XChart charts as PNG (BitmapEncoder) or SVG (VectorGraphicsEncoder on VectorGraphics2D). */
public final class ChartFiles {
    private ChartFiles() {
    }

    /**
     * @param chart a chart
     * @param format image format
     * @return the encoded image
     * @throws ElyteException when the chart cannot be rendered
     */
    public static byte[] bytes(XYChart chart, PlotFormat format) {
        try {
            if (format == PlotFormat.PNG) {
                return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ElyteException("cannot render plot '" + chart.getTitle() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Writes a chart in the format its file name asks for.
     *
     * @param file target, {@code *.png} or {@code *.svg}
     * @param chart the chart
     * @throws org.elyte.core.error.InvalidInputException for any other extension
     * @throws ElyteException when the file cannot be written
     */
    public static void write(Path file, XYChart chart) {
        byte[] bytes = bytes(chart, PlotFormat.of(file));
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new ElyteException("cannot write plot " + file + ": " + e.getMessage(), e);
        }
    }
}
