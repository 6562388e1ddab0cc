package org.elyte.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.elyte.app.Images;
import org.elyte.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XyPlotTest {
    @TempDir
    Path dir;

    private static XyPlot plot() {
        double[] x = {1, 2, 3, 4, Double.NaN};
        double[] y = {1, 4, 9, 16, 25};
        return XyPlot.of("squares", "x / 1", "y / 1", XyPlot.Series.line("x²", x, y),
                XyPlot.Series.markers("points", new double[] {2, 3}, new double[] {4, 9}));
    }

    @Test
    void extensionChoosesPngOrSvg() throws Exception {
        Path png = dir.resolve("p.PNG");
        Path svg = dir.resolve("p.svg");
        plot().write(png);
        plot().write(svg);
        Images.assertPng(png);
        org.w3c.dom.Document d = Images.assertSvg(svg);
        assertThat(d.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 720 480"); // px
        assertThat(d.getElementsByTagNameNS("*", "path").getLength()).as("drawn paths").isPositive();
        assertThat(PlotFormat.of(Path.of("a/b.Svg"))).isEqualTo(PlotFormat.SVG);
    }

    @Test
    void otherExtensionsAreUsageErrors() {
        assertThatThrownBy(() -> plot().write(dir.resolve("p.pdf"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("p.pdf").hasMessageContaining(".png").hasMessageContaining(".svg");
        assertThatThrownBy(() -> PlotFormat.of(Path.of("png"))).isInstanceOf(InvalidInputException.class);
        assertThat(dir.resolve("p.pdf")).doesNotExist();
    }

    @Test
    void logLogLeavesOutPointsItCannotDraw() throws Exception {
        XyPlot p = XyPlot.of("log", "x", "y", XyPlot.Series.line("with zero", new double[] {0, 1, 10}, new double[] {5, -1, 100}),
                XyPlot.Series.markers("nothing drawable", new double[] {-1}, new double[] {1})).withLogLog();
        assertThat(p.logLog()).isTrue();
        Path f = dir.resolve("log.png");
        p.write(f);
        Images.assertPng(f);
        assertThat(p.chart().getSeriesCollection()).extracting(s -> s.getName()).containsExactly("with zero");
        assertThat(p.chart().getSeries("with zero").getXData()).containsExactly(10.0);
    }

    @Test
    void seriesAreCopiedAndMustMatchInLength() {
        double[] x = {1, 2};
        XyPlot.Series s = XyPlot.Series.line("s", x, new double[] {3, 4});
        x[0] = 99;
        assertThat(s.x()).containsExactly(1, 2);
        assertThatThrownBy(() -> XyPlot.Series.line("bad", new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
