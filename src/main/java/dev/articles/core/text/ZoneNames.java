package dev.articles.core.text;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The time zone a misspelt or abbreviated zone name most likely means, for "did you mean" in messages. */
public final class ZoneNames {
    private ZoneNames() {
    }

    /**
     * The tz database name nearest to {@code written} ({@code Asia/Tokyio}: {@code Asia/Tokyo}), else the zone whose
     * city is nearest ({@code Tokyo}: {@code Asia/Tokyo}), else the zone an abbreviation Java knows stands for
     * ({@code JST}: {@code Asia/Tokyo}); {@code null} when nothing is close.
     */
    public static String nearest(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String name = written.strip();
        String full = NearestName.of(name, ZoneId.getAvailableZoneIds());
        if (full != null) {
            return full;
        }
        if (name.indexOf('/') < 0) {
            Map<String, String> byCity = byCity();
            String city = NearestName.of(name, byCity.keySet());
            if (city != null || byCity.containsKey(name)) {
                return byCity.get(city != null ? city : name);
            }
        }
        return ZoneId.SHORT_IDS.get(name.toUpperCase(Locale.ROOT));
    }

    /** Each region's zones by their last part ({@code Tokyo}), the first name in order where two share one. */
    private static Map<String, String> byCity() {
        Map<String, String> byCity = new TreeMap<>();
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                byCity.putIfAbsent(id.substring(slash + 1), id);
            }
        }
        return byCity;
    }
}
