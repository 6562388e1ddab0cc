package org.elyte.io.neisys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;
import org.elyte.io.eis.ImpedanceFiles;
import org.elyte.io.eis.ImpedanceFormat;
import org.junit.jupiter.api.Test;

/** Geometry and temperature stated in a NEISYS header are stored in SI units; absent ones are not invented. */
class NeisysReaderTest {
    private static final String TABLE = "   Freq.[Hz]   \tZs'[ohm]  \tZs''[ohm]\n 1.00000e+06\t 2.2e+04\t-5.4e+04\n"
            + " 1.00000e+05\t 3.2e+04\t-7.2e+04\n";

    @Test
    void headerGeometryAndTemperatureInSi() {
        String text = "pellet A\nFixed value(s) :  AC Volt  [Vrms]=3.5000e-02  Temperature [°C]=140.0\n"
                + "Thickness [mm]=2.1  Diameter [cm]=0.8\n" + TABLE;
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(ImpedanceFiles.detect("a.txt", b)).isEqualTo(ImpedanceFormat.NEISYS_TXT);
        ImpedanceSpectrum s = ImpedanceFiles.read("a.txt", b).get(0);
        Metadata md = s.metadata();
        assertThat(md.temperatureK().orElseThrow()).isCloseTo(413.15, within(1e-9)); // K
        assertThat(md.get(Metadata.TEMPERATURE_SOURCE)).contains("file header");
        assertThat(md.thicknessM().orElseThrow()).isCloseTo(2.1e-3, within(1e-15)); // m
        assertThat(md.electrodeAreaM2().orElseThrow()).isCloseTo(5.02655e-5, within(1e-9)); // m², π(0.8 cm)²/4
        assertThat(s.imags()).containsExactly(-5.4e4, -7.2e4); // ohm, signed
    }

    @Test
    void nothingStatedNothingInvented() {
        ImpedanceSpectrum s = ImpedanceFiles.read("b.txt", ("sample\nFixed value(s) :  AC Volt  [Vrms]=1e-02\n" + TABLE)
                .getBytes(StandardCharsets.US_ASCII)).get(0);
        assertThat(s.temperatureK()).isEmpty();
        assertThat(s.metadata().thicknessM()).isEmpty();
        assertThat(s.metadata().electrodeAreaM2()).isEmpty();
        assertThat(s.size()).isEqualTo(2);
    }
}
