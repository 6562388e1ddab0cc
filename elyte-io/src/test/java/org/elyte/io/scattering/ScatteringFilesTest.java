package org.elyte.io.scattering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScatteringFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String header, String sep) throws IOException {
        StringBuilder sb = new StringBuilder(header);
        for (int i = 0; i < 10; i++) {
            sb.append(String.format(Locale.ROOT, "%.3f%s%.2f%s0.1%n", 0.1 + 0.1 * i, sep, 100.0 - i, sep));
        }
        return Files.writeString(dir.resolve(name), sb);
    }

    @Test
    void saxsUnitFromHeaderOrDefault() throws IOException {
        Recording a = ScatteringFiles.readSaxs(write("a.dat", "# q (A^-1)   I(q)   err\n", "  "), QUnit.PER_NM);
        assertThat(a.get(Quantity.SCATTERING_VECTOR, 0)).isCloseTo(0.1e10, within(1.0)); // 1/m
        Recording b = ScatteringFiles.readSaxs(write("b.csv", "q,I\n", ","), QUnit.PER_NM);
        assertThat(b.get(Quantity.SCATTERING_VECTOR, 9)).isCloseTo(1.0e9, within(1.0)); // 1/m
        assertThat(b.get(Quantity.INTENSITY, 9)).isEqualTo(91.0);
    }

    @Test
    void xrdInDegreesAndErrors() throws IOException {
        Recording r = ScatteringFiles.readXrd(write("p.xy", "2Theta;Intensity\n", ";"));
        assertThat(r.get(Quantity.DIFFRACTION_ANGLE, 0)).isCloseTo(Math.toRadians(0.1), within(1e-12)); // rad
        Path bad = Files.writeString(dir.resolve("bad.xy"), "10 1\n11 2\n12 3\n13 4\n14 5\n15 6\n16 7\n17 8\nxx yy\n");
        assertThatThrownBy(() -> ScatteringFiles.readXrd(bad)).isInstanceOf(FormatException.class).hasMessageContaining("line 9");
        Path shortFile = Files.writeString(dir.resolve("s.xy"), "10 1\n");
        assertThatThrownBy(() -> ScatteringFiles.readXrd(shortFile)).isInstanceOf(FormatException.class);
    }
}
