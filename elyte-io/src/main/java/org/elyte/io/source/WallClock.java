package org.elyte.io.source;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads instrument start dates and times as local wall time (the time zone is never stated).
 * Dates with slashes are read month first ({@code 4/23/2018}, the US order instruments use in an
 * English locale) unless the first number exceeds 12; dotted dates are day first
 * ({@code 23.04.2018}); ISO dates are read as such.
 */
public final class WallClock {
    private static final List<DateTimeFormatter> US = List.of(DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("M-d-uuuu"));
    private static final List<DateTimeFormatter> DAY_FIRST = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final List<DateTimeFormatter> TIMES = List.of(DateTimeFormatter.ofPattern("H:mm:ss"),
            DateTimeFormatter.ofPattern("H:mm:ss.SSS"), DateTimeFormatter.ofPattern("H:mm"));

    private WallClock() {
    }

    /**
     * @param date the date text, e.g. {@code 4/23/2018}, {@code 12-17-2019}, {@code 23.04.2018}
     * @param time the time text, e.g. {@code 16:43:15}
     * @return the wall time, when both parse
     */
    public static Optional<LocalDateTime> parse(String date, String time) {
        Optional<LocalDate> d = parseDate(date.strip());
        Optional<LocalTime> t = parseTime(time.strip());
        return d.isPresent() && t.isPresent() ? Optional.of(LocalDateTime.of(d.get(), t.get())) : Optional.empty();
    }

    /**
     * @param dateTime e.g. {@code 02/04/2018 10:02:46}
     * @return the wall time, when it parses
     */
    public static Optional<LocalDateTime> parse(String dateTime) {
        String s = dateTime.strip();
        int space = s.indexOf(' ');
        return space < 0 ? Optional.empty() : parse(s.substring(0, space), s.substring(space + 1));
    }

    private static Optional<LocalDate> parseDate(String s) {
        for (DateTimeFormatter f : US) {
            Optional<LocalDate> d = tryDate(s, f);
            if (d.isPresent()) {
                return d;
            }
        }
        for (DateTimeFormatter f : DAY_FIRST) {
            Optional<LocalDate> d = tryDate(s, f);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> tryDate(String s, DateTimeFormatter f) {
        try {
            return Optional.of(LocalDate.parse(s, f));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> parseTime(String s) {
        for (DateTimeFormatter f : TIMES) {
            try {
                return Optional.of(LocalTime.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }
}
