package org.elyte.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.elyte.app.report.CsvTable;
import org.elyte.app.report.PlotFormat;
import org.elyte.app.report.XyPlot;
import org.elyte.core.error.InvalidInputException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The output options of every analysis command (a picocli mixin): {@code --json},
 * {@code --csv FILE} (the command's table) and {@code --plot FILE.png|FILE.svg} (its figure, in the
 * format the extension names; any other extension is a usage error, exit code 2, before the
 * analysis runs). What each command's table and figure hold is documented in docs/cli.md.
 */
public final class OutputArgs {
    @Mixin
    JsonOption json;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Also write the command's table as CSV to FILE (its columns: docs/cli.md).")
    Path csv;

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg", converter = PlotPath.class,
            description = "Also write the command's plot to FILE, PNG or SVG by its extension (docs/cli.md).")
    Path plot;

    /** @return whether the command should print JSON instead of text */
    public boolean json() {
        return json.json();
    }

    /** @return the CSV file asked for */
    public Optional<Path> csv() {
        return Optional.ofNullable(csv);
    }

    /** @return the plot file asked for */
    public Optional<Path> plot() {
        return Optional.ofNullable(plot);
    }

    /**
     * Writes the table when {@code --csv} was given; the table is built only then.
     *
     * @param table builds the table
     */
    public void writeCsv(Supplier<CsvTable> table) {
        if (csv != null) {
            table.get().write(csv);
        }
    }

    /**
     * Writes the plot when {@code --plot} was given; the plot is built only then.
     *
     * @param figure builds the plot
     */
    public void writePlot(Supplier<XyPlot> figure) {
        if (plot != null) {
            figure.get().write(plot);
        }
    }

    /** Accepts a plot path only when its extension names a format elyte writes. */
    static final class PlotPath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            try {
                Path p = Path.of(value);
                PlotFormat.of(p);
                return p;
            } catch (InvalidInputException | InvalidPathException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
