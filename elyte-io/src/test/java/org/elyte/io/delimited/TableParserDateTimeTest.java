package org.elyte.io.delimited;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The shortcuts for repeated date-time and text cells give what parsing each cell alone gives. */
class TableParserDateTimeTest {

    @Test
    void shortcutAgreesWithParsingEachCellAlone() {
        for (String pattern : List.of("MM/dd/yyyy HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm")) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern);
            SplittableRandom rnd = new SplittableRandom(11);
            LocalDateTime t = LocalDateTime.of(2024, 12, 31, 23, 58, 30);
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                cells.add(f.format(t));
                t = t.plusSeconds(rnd.nextInt(40)); // crosses minute, hour, day and year boundaries
            }
            String csv = String.join("\n", cells.stream().map(c -> c + ",1").toList()) + "\n";
            CellKind[] kinds = {CellKind.DATETIME, CellKind.NUMBER};
            Table all = new TableParser("t.csv", (byte) ',', kinds).parse(bytes(csv), 0, 1, bytes(csv).length);
            assertThat(all.rows()).isEqualTo(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                byte[] one = bytes(cells.get(i) + ",1\n");
                double alone = new TableParser("t.csv", (byte) ',', kinds).parse(one, 0, 1, one.length).columns()[0][0];
                // exact: whole seconds since the epoch
                assertThat(all.columns()[0][i]).as(pattern + " row " + i + " " + cells.get(i)).isEqualTo(alone);
            }
        }
    }

    @Test
    void repeatedTextCellsKeepTheirCodes() {
        String csv = "rest,1\nrest,2\nCC_Chg,3\nCC_Chg,4\nrest,5\nCC_DChg,6\nCC_Chg,7\n";
        CellKind[] kinds = {CellKind.TEXT, CellKind.NUMBER};
        Table t = new TableParser("t.csv", (byte) ',', kinds).parse(bytes(csv), 0, 1, bytes(csv).length);
        List<String> values = t.texts().get(0);
        List<String> decoded = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            decoded.add(values.get((int) t.columns()[0][r]));
        }
        assertThat(decoded).containsExactly("rest", "rest", "CC_Chg", "CC_Chg", "rest", "CC_DChg", "CC_Chg");
        assertThat(values).containsExactly("rest", "CC_Chg", "CC_DChg");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
