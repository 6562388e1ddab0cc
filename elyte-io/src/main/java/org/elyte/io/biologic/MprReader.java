package org.elyte.io.biologic;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.elyte.core.error.FormatException;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingAssembler;
import org.elyte.io.recording.RecordingReader;

/**
 * Reads BioLogic EC-Lab {@code .mpr} binary files (module headers of both generations, data
 * module versions 2 and 3 and the 11.50+ layout) into a normalised recording with the same
 * columns as EC-Lab's {@code .mpt} export, including the export-only columns ({@link EcLabExport}).
 * Impedance runs (PEIS/GEIS) give {@code Frequency}, {@code Real Impedance} and {@code Imaginary
 * Impedance} columns that {@code ImpedanceSpectrum.fromRecording} accepts.
 */
public final class MprReader implements RecordingReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "biologic-mpr";
    private static final int LOG_CHANNEL = 0x09;
    private static final int LOG_OLE_TIME = 0x249;
    private static final int LOG_VERSION = 0x3B7;

    @Override
    public Recording read(String name, byte[] b) {
        List<MprModule> modules = MprModule.split(name, b);
        MprModule data = find(modules, "VMP data").orElseThrow(() -> FormatException.inFile(name,
                "no 'VMP data' module among " + modules.stream().map(MprModule::shortName).toList()));
        Optional<MprModule> log = find(modules, "VMP LOG");
        String version = log.flatMap(l -> pascal(b, l, LOG_VERSION)).orElse(data.newHeader() ? "11.50 or later"
                : "before 11.50");
        MprData d = MprData.decode(name, b, data, version); // export columns derived in the same pass
        Metadata md = RecordingAssembler.baseMetadata(name, b, FORMAT_NAME)
                .with(Metadata.FORMAT_VERSION, version)
                .with("biologic.mpr.header", data.newHeader() ? "11.50+" : "pre-11.50")
                .with("biologic.mpr.data.version", Long.toString(data.version()))
                .with("biologic.mpr.date", data.date());
        if (log.isPresent()) {
            md = logMetadata(b, log.get(), md);
        }
        Optional<MprModule> loop = find(modules, "VMP loop");
        if (loop.isPresent()) {
            md = loopMetadata(b, loop.get(), md);
        }
        return EcLabRecording.assemble(name, d.names(), d.columns(), d.rows(), md, d.stepCount(), d.stepIds(), d.cycles());
    }

    /**
     * @param b file bytes
     * @return whether they start with the {@code .mpr} magic
     */
    public static boolean looksLike(byte[] b) {
        return MprModule.startsWithMagic(b);
    }

    private static Metadata logMetadata(byte[] b, MprModule log, Metadata md) {
        Metadata out = md;
        if (log.length() > LOG_CHANNEL) {
            out = out.with(Metadata.CHANNEL, Integer.toString((b[log.start() + LOG_CHANNEL] & 0xFF) + 1));
        }
        if (log.length() >= LOG_OLE_TIME + 8) {
            double days = Bytes.f8(b, log.start() + LOG_OLE_TIME);
            if (days > 1 && days < 200_000) {
                long millis = Math.round(days * 86_400e3); // EC-Lab states the start to the millisecond
                LocalDateTime t = LocalDateTime.of(1899, 12, 30, 0, 0).plusNanos(millis * 1_000_000);
                out = out.with(Metadata.START_TIME, t.toString()).with("start.time.zone", "unknown (instrument local time)");
            }
        }
        return out;
    }

    private static Metadata loopMetadata(byte[] b, MprModule loop, Metadata md) {
        if (loop.length() < 4) {
            return md;
        }
        long n = Bytes.u4(b, loop.start());
        if (n > (loop.length() - 4) / 4) {
            return md.with("biologic.loops", "unreadable loop module (" + n + " indexes declared)");
        }
        StringBuilder starts = new StringBuilder();
        for (int i = 0; i < n && i < 10_000; i++) {
            if (i > 0) {
                starts.append(',');
            }
            starts.append(Bytes.u4(b, loop.start() + 4 + 4 * i));
        }
        return md.with("biologic.loops", Long.toString(Math.max(0, n - 1))).with("biologic.loop.starts", starts.toString());
    }

    private static Optional<String> pascal(byte[] b, MprModule m, int offset) {
        if (m.length() <= offset) {
            return Optional.empty();
        }
        int n = b[m.start() + offset] & 0xFF;
        if (n == 0 || offset + 1 + n > m.length()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            char c = (char) (b[m.start() + offset + 1 + i] & 0xFF);
            if (c < 0x20 || c > 0x7E) {
                return Optional.empty();
            }
            sb.append(c);
        }
        return Optional.of(sb.toString());
    }

    private static Optional<MprModule> find(List<MprModule> modules, String shortName) {
        return modules.stream().filter(m -> m.shortName().equals(shortName)).findFirst();
    }
}
