package org.elyte.analysis.transport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;

/** Checks shared by the σ(T) fits. */
final class Points {
    private Points() {
    }

    /**
     * @param points the points
     * @param minimum fewest points the method needs
     * @param method method name for the message
     * @return the points sorted by temperature
     * @throws AnalysisException on fewer than {@code minimum} points
     * @throws InvalidInputException on two points at the same temperature
     */
    static List<ArrheniusPoint> checked(List<ArrheniusPoint> points, int minimum, String method) {
        Objects.requireNonNull(points, "points");
        if (points.size() < minimum) {
            throw new AnalysisException(method + " needs at least " + minimum + " temperatures, got " + points.size());
        }
        List<ArrheniusPoint> sorted = new ArrayList<>(points);
        sorted.forEach(p -> Objects.requireNonNull(p, "point"));
        sorted.sort(Comparator.comparingDouble(ArrheniusPoint::temperatureK));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).temperatureK() == sorted.get(i - 1).temperatureK()) {
                throw new InvalidInputException(method + ": two points at the same temperature "
                        + sorted.get(i).temperatureK() + " K; average them first");
            }
        }
        return List.copyOf(sorted);
    }
}
