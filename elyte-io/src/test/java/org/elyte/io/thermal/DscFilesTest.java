package org.elyte.io.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.junit.jupiter.api.Test;

class DscFilesTest {

    @Test
    void netzschAsciiExportLatin1WithSemicolons() {
        String text = "#EXPORTTYPE:DATA ALL\n#SEPARATOR:SEMICOLON\n#DECIMAL:POINT\n#EXO:-1\n"
                + "#RANGE:-30°C/10,0(K/min)/200°C\n#SAMPLE MASS /mg:4.98\n"
                + "##Temp./°C;Time/min;DSC/(mW/mg);Sensit./(uV/mW)\n"
                + "  9.33910; 91.00083;-8.719357e-02;3.42446\n  9.50000; 91.01700;-8.700000e-02;3.42446\n";
        Recording r = DscFiles.read("pcl.txt", text.getBytes(Charset.forName("windows-1252")));
        assertThat(r.rows()).isEqualTo(2);
        assertThat(r.get(Quantity.TEMPERATURE, 0)).isCloseTo(282.4891, within(1e-9)); // K
        assertThat(r.get(Quantity.TEST_TIME, 0)).isCloseTo(91.00083 * 60, within(1e-9)); // s
        assertThat(r.get(Quantity.SPECIFIC_HEAT_FLOW, 0)).isCloseTo(-87.19357, within(1e-9)); // W/kg = mW/g
        assertThat(r.metadata().getDouble(DscFiles.SAMPLE_MASS_KG).getAsDouble()).isCloseTo(4.98e-6, within(1e-15)); // kg
        assertThat(r.metadata().get(DscFiles.EXO)).contains("-1");
        assertThat(r.metadata().format()).contains("netzsch-ascii");
    }

    @Test
    void netzschCommaVariantWithCommaAfterColon() {
        String text = "#EXO:,1,,\n#SAMPLE MASS /mg:,10.225,,\n##Temp./C,Time/min,DSC/(mW/mg)\n25.2,0,-0.1\n25.4,0.02,-0.11\n";
        Recording r = DscFiles.read("sta.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.metadata().getDouble(DscFiles.SAMPLE_MASS_KG).getAsDouble()).isCloseTo(10.225e-6, within(1e-15)); // kg
        assertThat(r.get(Quantity.TEMPERATURE, 1)).isCloseTo(298.55, within(1e-9)); // K
    }

    @Test
    void plainCsvWithAbsoluteHeatFlowAndNoTime() {
        String text = "Temperature (°C),Heat Flow (mW)\n20,0.50\n21,0.52\n22,0.55\n";
        Recording r = DscFiles.read("scan.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.has(Quantity.TEST_TIME)).isFalse();
        assertThat(r.get(Quantity.HEAT_FLOW, 2)).isCloseTo(0.55e-3, within(1e-12)); // W
        assertThat(r.get(Quantity.TEMPERATURE, 0)).isCloseTo(293.15, within(1e-9)); // K
    }

    @Test
    void headerAfterFreeTextAndWithLeadingIndexColumn() {
        String text = "Sample: PCL\nOperator: x\nIndex\tTime [s]\tTemperature [K]\tHeat Flow [W/g]\n1\t0\t300\t0.1\n2\t6\t301\t0.2\n";
        Recording r = DscFiles.read("tab.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.get(Quantity.SPECIFIC_HEAT_FLOW, 1)).isCloseTo(200, within(1e-9)); // W/kg
        assertThat(r.get(Quantity.TEMPERATURE, 1)).isCloseTo(301, within(1e-9)); // K
        assertThat(r.get(Quantity.TEST_TIME, 1)).isCloseTo(6, within(1e-9)); // s
    }

    @Test
    void taUniversalAnalysisExportWithSignalTable() {
        String text = "Closed\nInstrument\tDSC Q2000 V24.11 Build 124\nModule\tDSC Standard Cell RC\n"
                + "Sample\tPEO-LiTFSI film\nSize\t5.1200\tmg\nMethod\tHeat/Cool/Heat\nNsig\t3\n"
                + "Sig1\tTime (min)\nSig2\tTemperature (°C)\nSig3\tHeat Flow (W/g)\nStartOfData\n"
                + "0.000000\t25.0000\t-0.123400\n0.100000\t26.0000\t-0.125000\n  0.200000  27.0000  -0.126000\n";
        Recording r = DscFiles.read("peo.txt", text.getBytes(Charset.forName("windows-1252")));
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.metadata().format()).contains("ta-universal-analysis");
        assertThat(r.metadata().getDouble(DscFiles.SAMPLE_MASS_KG).getAsDouble()).isCloseTo(5.12e-6, within(1e-15)); // kg
        assertThat(r.metadata().get(org.elyte.core.recording.Metadata.INSTRUMENT)).contains("DSC Q2000 V24.11 Build 124");
        assertThat(r.get(Quantity.TEST_TIME, 2)).isCloseTo(12, within(1e-9)); // s
        assertThat(r.get(Quantity.TEMPERATURE, 2)).isCloseTo(300.15, within(1e-9)); // K
        assertThat(r.get(Quantity.SPECIFIC_HEAT_FLOW, 0)).isCloseTo(-123.4, within(1e-9)); // W/kg
    }

    @Test
    void taExportErrorsNameTheLine() {
        String gap = "Sig1\tTime (min)\nSig3\tHeat Flow (mW)\nStartOfData\n0\t1\n";
        assertThatThrownBy(() -> DscFiles.read("gap.txt", gap.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessageContaining("gap.txt").hasMessageContaining("line 2");
        String noFlow = "Sig1\tTime (min)\nSig2\tTemperature (°C)\nStartOfData\n0\t25\n1\t26\n";
        assertThatThrownBy(() -> DscFiles.read("noflow.txt", noFlow.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessageContaining("noflow.txt")
                .hasMessageContaining("heat-flow");
        String badRow = "Sig1\tTemperature (°C)\nSig2\tHeat Flow (mW)\nStartOfData\n25\t0.1\n26\tx\n";
        assertThatThrownBy(() -> DscFiles.read("bad.txt", badRow.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessageContaining("bad.txt").hasMessageContaining("line 5");
    }

    @Test
    void badFilesNameTheLine() {
        assertThatThrownBy(() -> DscFiles.read("x.csv", "Temperature (°C);Heat Flow (W/g)\n20;0,5\n21;abc\n"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(FormatException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> DscFiles.read("x.csv", "##Temp./°C;DSC/uV\n20;1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessageContaining("µV");
        assertThatThrownBy(() -> DscFiles.read("x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> DscFiles.read("x.csv", "Temperature (°F),Heat Flow (mW)\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessageContaining("not supported");
    }
}
