package org.elyte.app.cycling;

import java.util.Optional;

import org.elyte.analysis.cycling.CapacitySource;
import org.elyte.analysis.cycling.CoulombicEfficiencyMode;
import org.elyte.analysis.cycling.CycleBoundary;
import org.elyte.analysis.cycling.CycleOptions;
import org.elyte.app.cli.InputFile;
import org.elyte.app.cli.OptionValues;
import org.elyte.app.cli.OutputArgs;
import org.elyte.core.recording.Recording;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Arguments every {@code elyte cycling} command shares (a picocli mixin). */
public final class CyclingArgs {
    @Mixin
    InputFile input;

    @Mixin
    OutputArgs output;

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

    /** @return the recording */
    Recording load() {
        return input.recording();
    }

    /** @return cycle-summary options from the flags */
    CycleOptions options() {
        CycleOptions o = CycleOptions.defaults()
                .withCeMode(OptionValues.choice("--ce-mode", ceMode, CoulombicEfficiencyMode.class))
                .withCapacitySource(OptionValues.choice("--capacity", capacity, CapacitySource.class))
                .withBoundary(OptionValues.choice("--cycles", cycles, CycleBoundary.class));
        if (mass != null) {
            o = o.withActiveMassKg(OptionValues.mass("--mass", mass));
        }
        if (area != null) {
            o = o.withElectrodeAreaM2(OptionValues.area("--area", area));
        }
        return o;
    }

    /** @return the active mass in kg when given */
    Optional<Double> massKg() {
        return mass == null ? Optional.empty() : Optional.of(OptionValues.mass("--mass", mass));
    }
}
