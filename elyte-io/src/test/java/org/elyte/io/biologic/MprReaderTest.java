package org.elyte.io.biologic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.CyclingFiles;
import org.elyte.io.recording.RecordingFiles;
import org.elyte.io.recording.RecordingFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every yadg .mpr against its EC-Lab .mpt export (SOURCES.md §1, §6) and the navani .mpr. */
class MprReaderTest {
    private static final double RTOL = 1e-5;
    private static final double ATOL = 1e-8;

    @ParameterizedTest
    @ValueSource(strings = {"gcpl.issue_149", "ca.issue_149", "gcpl.issue_226.I", "lsv"})
    void stepCountFromTheDecodingPassEqualsTheDerivedOne(String stem) {
        Recording mpr = MptRecordingReaderTest.yadg(stem + ".mpr");
        if (!mpr.has(Quantity.STEP_ID)) {
            assertThat(mpr.has(Quantity.STEP_COUNT)).isFalse();
            return;
        }
        assertThat(mpr.require(Quantity.STEP_COUNT)).containsExactly(org.elyte.io.recording.StepCount.derive(
                mpr.require(Quantity.STEP_ID), mpr.column(Quantity.CYCLE_COUNT).orElse(null), mpr.rows()));
        List<Quantity> qs = mpr.quantities();
        assertThat(qs.get(qs.size() - 1)).as("Step Count is the last column, where the assembler appends it")
                .isEqualTo(Quantity.STEP_COUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gcpl.issue_149", "ca.issue_149", "gcpl.issue_226.I", "lsv"})
    void mprMatchesItsMptExport(String stem) {
        Recording mpt = MptRecordingReaderTest.yadg(stem + ".mpt");
        Recording mpr = MptRecordingReaderTest.yadg(stem + ".mpr");
        assertThat(mpr.metadata().format()).contains("biologic-mpr");
        assertThat(mpr.rows()).isEqualTo(mpt.rows());
        List<String> compared = new ArrayList<>();
        for (Quantity q : mpr.quantities()) {
            if (!mpt.has(q)) {
                continue;
            }
            double[] a = mpr.require(q);
            double[] e = mpt.require(q);
            for (int i = 0; i < a.length; i++) {
                // yadg's consistency tolerance: rtol 1e-5, atol 1e-8 (SI units of each column)
                assertThat(Math.abs(a[i] - e[i])).as(stem + " " + q.label() + " row " + i + ": " + a[i] + " vs " + e[i])
                        .isLessThanOrEqualTo(ATOL + RTOL * Math.abs(e[i]));
            }
            compared.add(q.label());
        }
        List<String> missing = new ArrayList<>();
        for (String export : List.of("cycle number", "Q charge/mA.h", "Q discharge/mA.h", "Efficiency/%", "<I>/mA",
                "Capacity/mA.h")) {
            Quantity q = EcLabColumns.assign(List.of(export))[0] != null ? EcLabColumns.assign(List.of(export))[0].quantity()
                    : Quantity.custom(export, EcLabColumns.unitOf(export));
            if (mpt.has(q) && !mpr.has(q)) {
                missing.add(export);
            }
        }
        assertThat(missing).as("export-only columns the .mpt has and the .mpr reader did not derive").isEmpty();
        assertThat(compared).contains(Quantity.TEST_TIME.label(), Quantity.VOLTAGE.label(), Quantity.CURRENT.label());
        assertThat(mpr.metadata().startTime()).isEqualTo(mpt.metadata().startTime()); // OLE date rounded to ms
        assertThat(mpr.metadata().get(Metadata.FORMAT_VERSION)).isEqualTo(mpt.metadata().get(Metadata.FORMAT_VERSION));
        assertThat(mpr.metadata().get(Metadata.CHANNEL)).isEqualTo(mpt.metadata().get(Metadata.CHANNEL));
    }

    @Test
    void navaniGcpl() {
        Recording r = RecordingFiles.read(CyclingFiles.shipped(
                "navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr"));
        assertThat(r.rows()).isEqualTo(46102);
        int last = r.rows() - 1;
        assertThat(r.get(Quantity.TEST_TIME, last)).isCloseTo(456309.586, within(1e-3)); // s
        assertThat(r.get(Quantity.VOLTAGE, last)).isCloseTo(1.99996018, within(1e-8)); // V
        assertThat(r.get(Quantity.custom("Q charge/discharge/mA.h", "mA.h"), last)).isCloseTo(-0.87949163, within(1e-8)); // mA.h
        assertThat(r.get(Quantity.custom("half cycle", ""), last)).isEqualTo(13);
        assertThat(r.get(Quantity.STEP_ID, last)).isEqualTo(3);
        assertThat(r.get(Quantity.CYCLE_COUNT, last)).isEqualTo(6);
        assertThat(r.get(Quantity.DISCHARGING_CAPACITY, last)).isCloseTo(0.87949163e-3, within(1e-11)); // Ah
        assertThat(r.metadata().startTime().orElseThrow().toString()).startsWith("2020-10-26T12:49:58");
        assertThat(r.metadata().get(Metadata.FORMAT_VERSION)).contains("11.32");
        assertThat(RecordingFiles.detect("x", CyclingFiles.bytes(CyclingFiles.shipped(
                "navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr")))).isEqualTo(RecordingFormat.BIOLOGIC_MPR);
    }
}
