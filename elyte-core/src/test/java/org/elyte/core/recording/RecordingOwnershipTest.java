package org.elyte.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.junit.jupiter.api.Test;

/** {@link Recording#of} copies the caller's arrays; {@link Recording#ofOwned} takes them over. */
class RecordingOwnershipTest {
    private static final Metadata MD = Metadata.empty().with(Metadata.SOURCE_FILE, "ownership.test");

    private static LinkedHashMap<Quantity, double[]> columns(double[] voltage, double[] current) {
        LinkedHashMap<Quantity, double[]> m = new LinkedHashMap<>();
        m.put(Quantity.VOLTAGE, voltage);
        m.put(Quantity.CURRENT, current);
        return m;
    }

    @Test
    void ofCopiesTheArrays() {
        double[] v = {3.1, 3.2, 3.3};
        double[] i = {1e-3, 2e-3, 3e-3};
        Recording r = Recording.of(columns(v, i), MD);
        v[0] = -1;
        i[2] = -1;
        assertThat(r.get(Quantity.VOLTAGE, 0)).isEqualTo(3.1);
        assertThat(r.get(Quantity.CURRENT, 2)).isEqualTo(3e-3);
        assertThat(r.require(Quantity.VOLTAGE)).containsExactly(3.1, 3.2, 3.3);
    }

    @Test
    void ofOwnedKeepsTheSameValuesWithoutCopying() {
        double[] v = {3.1, 3.2, 3.3};
        double[] i = {1e-3, 2e-3, 3e-3};
        Recording owned = Recording.ofOwned(columns(v, i), MD);
        assertThat(owned).isEqualTo(Recording.of(columns(v.clone(), i.clone()), MD));
        assertThat(owned.rows()).isEqualTo(3);
        assertThat(owned.quantities()).containsExactly(Quantity.VOLTAGE, Quantity.CURRENT);
        assertThat(owned.metadata()).isEqualTo(MD);
        // the arrays are taken over: a write by a caller that broke the contract shows through,
        // which is how the test sees that no copy was made
        v[1] = 9.9;
        assertThat(owned.get(Quantity.VOLTAGE, 1)).isEqualTo(9.9);
    }

    @Test
    void ofOwnedStillHandsOutCopies() {
        double[] v = {3.1, 3.2};
        Recording owned = Recording.ofOwned(Map.of(Quantity.VOLTAGE, v), MD);
        double[] out = owned.require(Quantity.VOLTAGE);
        assertThat(out).isNotSameAs(v).containsExactly(3.1, 3.2);
        out[0] = 0;
        assertThat(owned.column(Quantity.VOLTAGE).orElseThrow()).containsExactly(3.1, 3.2);
    }

    @Test
    void ofOwnedCopiesTheMapSoLaterPutsDoNotShowThrough() {
        LinkedHashMap<Quantity, double[]> m = columns(new double[] {1, 2}, new double[] {3, 4});
        Recording owned = Recording.ofOwned(m, MD);
        m.put(Quantity.TEST_TIME, new double[] {0, 1});
        m.remove(Quantity.VOLTAGE);
        assertThat(owned.quantities()).isEqualTo(List.of(Quantity.VOLTAGE, Quantity.CURRENT));
    }

    @Test
    void ofOwnedValidatesLikeOf() {
        assertThatThrownBy(() -> Recording.ofOwned(columns(new double[3], new double[2]), MD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has 2 rows, expected 3");
        assertThatThrownBy(() -> Recording.of(columns(new double[3], new double[2]), MD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has 2 rows, expected 3");
        assertThatThrownBy(() -> Recording.ofOwned(columns(new double[1], null), MD))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Recording.ofOwned(null, MD)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Recording.ofOwned(Map.of(), null)).isInstanceOf(NullPointerException.class);
        assertThat(Recording.ofOwned(Map.of(), MD).rows()).isZero();
    }
}
