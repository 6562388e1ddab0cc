package org.elyte.io.eis;

import org.elyte.io.biologic.MptReader;
import org.elyte.io.gamry.DtaReader;
import org.elyte.io.neisys.NeisysReader;
import org.elyte.io.source.TextContent;
import org.elyte.io.text.PlainTextReader;
import org.elyte.io.zplot.ZPlotReader;

/**
 * Picks the format of a decoded file from its content; the extension only breaks ties between
 * formats whose content signatures all match. A file no instrument signature matches is plain text.
 */
final class FormatDetector {
    private FormatDetector() {
    }

    static ImpedanceFormat detect(TextContent content) {
        ImpedanceFormat best = ImpedanceFormat.PLAIN_TEXT;
        double bestScore = 0;
        String ext = content.extension();
        for (ImpedanceFormat f : ImpedanceFormat.values()) {
            double s = signature(f, content);
            if (s > 0 && f.extensions().contains(ext)) {
                s += 0.5;
            }
            if (s > bestScore) {
                best = f;
                bestScore = s;
            }
        }
        return best;
    }

    private static double signature(ImpedanceFormat f, TextContent c) {
        return switch (f) {
            case BIOLOGIC_MPT -> MptReader.looksLike(c) ? 2 : 0;
            case GAMRY_DTA -> DtaReader.looksLike(c) ? 2 : 0;
            case ZPLOT_Z -> ZPlotReader.looksLike(c) ? 2 : 0;
            case NEISYS_TXT -> NeisysReader.looksLike(c) ? 2 : 0;
            case PLAIN_TEXT -> PlainTextReader.looksLike(c) ? 1 : 0;
        };
    }
}
