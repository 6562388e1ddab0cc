package org.elyte.app.cycling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.elyte.analysis.cycling.CapacitySource;
import org.elyte.analysis.cycling.CoulombicEfficiencyMode;
import org.elyte.analysis.cycling.CycleBoundary;
import org.elyte.analysis.cycling.CycleOptions;
import org.elyte.core.error.ElyteException;
import org.elyte.core.geometry.Units;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingFiles;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Arguments every {@code elyte cycling} command shares (a picocli mixin). */
public final class CyclingArgs {
    @Parameters(index = "0", paramLabel = "FILE", description = "Cycler file (BioLogic .mpr/.mpt, BDF CSV, Landt, Arbin CSV …).")
    Path file;

    @Option(names = "--mass", paramLabel = "M", description = "Active mass with unit, e.g. '6.2 mg' (gives mAh/g).")
    String mass;

    @Option(names = "--area", paramLabel = "A", description = "Electrode area with unit, e.g. '1.13 cm2' (gives mAh/cm²).")
    String area;

    @Option(names = "--ce-mode", defaultValue = "discharge-over-charge", paramLabel = "MODE",
            description = "Coulombic efficiency: discharge-over-charge (default), charge-over-discharge (anode), eclab.")
    String ceMode;

    @Option(names = "--capacity", defaultValue = "auto", paramLabel = "SRC",
            description = "Capacity source: auto (instrument columns when present, default), columns, integrated.")
    String capacity;

    @Option(names = "--cycles", defaultValue = "instrument", paramLabel = "B",
            description = "Cycle boundaries: instrument (Cycle Count column, default), current-sign.")
    String cycles;

    @Option(names = "--json", description = "Machine-readable output (docs/cli.md).")
    boolean json;

    @Option(names = "--csv", paramLabel = "F", description = "Also write the table as CSV to F.")
    Path csv;

    @Option(names = "--plot", paramLabel = "F", description = "Also write a PNG plot to F.")
    Path plot;

    /** @return the recording */
    Recording load() {
        return RecordingFiles.read(file);
    }

    /** @return cycle-summary options from the flags */
    CycleOptions options() {
        CycleOptions o = CycleOptions.defaults()
                .withCeMode(parse(CoulombicEfficiencyMode.class, "--ce-mode", ceMode))
                .withCapacitySource(parse(CapacitySource.class, "--capacity", capacity))
                .withBoundary(parse(CycleBoundary.class, "--cycles", cycles));
        if (mass != null) {
            o = o.withActiveMassKg(Units.parseMass(mass).value());
        }
        if (area != null) {
            o = o.withElectrodeAreaM2(Units.parseArea(area).value());
        }
        return o;
    }

    /** @return the active mass in kg when given */
    Optional<Double> massKg() {
        return mass == null ? Optional.empty() : Optional.of(Units.parseMass(mass).value());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String option, String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        throw new org.elyte.core.error.InvalidInputException(option + " must be one of " + allowed + ", got '" + text + "'");
    }

    /** Writes a CSV table (header + rows, numbers in ROOT locale, NaN as empty). */
    void writeCsv(List<String> header, List<double[]> rows) {
        if (csv == null) {
            return;
        }
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        for (double[] r : rows) {
            for (int k = 0; k < r.length; k++) {
                if (k > 0) {
                    sb.append(',');
                }
                if (Double.isFinite(r[k])) {
                    sb.append(r[k] == Math.rint(r[k]) && Math.abs(r[k]) < 1e15 ? String.valueOf((long) r[k])
                            : String.valueOf(r[k]));
                }
            }
            sb.append('\n');
        }
        write(csv, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new ElyteException("cannot write " + p + ": " + e.getMessage(), new UncheckedIOException(e));
        }
    }
}
