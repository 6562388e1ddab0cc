package org.elyte.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @TempDir
    Path dir;

    @Test
    void quotesAsRfc4180Says() {
        assertThat(CsvTable.cell("plain")).isEqualTo("plain");
        assertThat(CsvTable.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvTable.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvTable.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvTable.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvTable.cell("")).isEmpty();
        assertThat(CsvTable.cell(true)).isEqualTo("true");
        assertThat(CsvTable.cell(42)).isEqualTo("42");
    }

    @Test
    void numbersRoundTripAndNonFiniteIsEmpty() {
        double[] values = {0.1, 1.0 / 3, Math.PI, -2.5e20, 1e-300, Double.MIN_VALUE, 6.02214076e23, -0.000123456789012345,
            Double.MAX_VALUE, 4503599627370497.0};
        for (double v : values) {
            String s = CsvTable.number(v);
            assertThat(Double.parseDouble(s)).as(s).isEqualTo(v); // exact round trip
        }
        assertThat(CsvTable.number(3.0)).isEqualTo("3");
        assertThat(CsvTable.number(-12.0)).isEqualTo("-12");
        assertThat(CsvTable.number(Double.NaN)).isEmpty();
        assertThat(CsvTable.number(Double.POSITIVE_INFINITY)).isEmpty();
        assertThat(CsvTable.cell(Double.NEGATIVE_INFINITY)).isEmpty();
    }

    @Test
    void writesHeaderAndRows() throws Exception {
        CsvTable t = new CsvTable(List.of("file", "x_V", "note"),
                List.of(List.of("a,b.txt", 0.5, "ok"), List.of("c.txt", Double.NaN, "he said \"no\"")));
        Path f = dir.resolve("t.csv");
        t.write(f);
        assertThat(Files.readString(f, StandardCharsets.UTF_8))
                .isEqualTo("file,x_V,note\n\"a,b.txt\",0.5,ok\nc.txt,,\"he said \"\"no\"\"\"\n");
        CsvTable n = CsvTable.ofNumbers(List.of("a", "b"), List.of(new double[] {1, 2.25}, new double[] {Double.NaN, -1e-7}));
        assertThat(n.text()).isEqualTo("a,b\n1,2.25\n,-1.0E-7\n");
    }

    @Test
    void rejectsRowsOfTheWrongWidthAndCopiesItsInput() {
        assertThatThrownBy(() -> CsvTable.ofNumbers(List.of("a", "b"), List.<double[]>of(new double[] {1})))
                .isInstanceOf(IllegalArgumentException.class);
        List<Object> row = new java.util.ArrayList<>(Arrays.asList(1.0, 2.0));
        CsvTable t = new CsvTable(List.of("a", "b"), List.of(row));
        row.set(0, 9.0);
        assertThat(t.text()).isEqualTo("a,b\n1,2\n");
    }
}
