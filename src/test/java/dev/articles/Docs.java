package dev.articles;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The documentation as the tests read it: the site's Markdown pages, the README and the other top-level files. */
final class Docs {
    /** The folder of the site's Markdown pages. */
    static final Path PAGES = Path.of("src", "site", "markdown");

    private Docs() {
    }

    /** A page of the site ({@code rules.md}), as written. */
    static String page(String name) throws IOException {
        return Files.readString(PAGES.resolve(name), StandardCharsets.UTF_8);
    }

    /** Every page of the site, by file name, as written. */
    static java.util.SortedMap<String, String> pages() throws IOException {
        java.util.SortedMap<String, String> pages = new java.util.TreeMap<>();
        try (var files = Files.list(PAGES)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md")) {
                    pages.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return pages;
    }

    /** {@code text} with its fenced code blocks blanked out: their {@code #} lines are examples, not headings. */
    static String prose(String text) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                out.append('\n');
                continue;
            }
            out.append(fenced ? "" : line).append('\n');
        }
        return out.toString();
    }

    /** The text from {@code heading} (a whole line) to the next heading of the same or a higher level. */
    static String section(String text, String heading) {
        String lines = "\n" + text;
        int start = lines.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "no section " + heading);
        String level = heading.substring(0, heading.indexOf(' '));
        Matcher next = Pattern.compile("\n#{1," + level.length() + "} ").matcher(lines);
        int end = next.find(start + heading.length() + 1) ? next.start() : lines.length();
        return lines.substring(start + 1, end);
    }

    /**
     * The anchor the site (Doxia) gives a heading: its text without Markdown marks, spaces as {@code _}, ASCII
     * letters, digits, {@code - _ .} kept, every other character as {@code .} and the hex of its UTF-8 bytes, and an
     * {@code a} first unless it starts with a letter or {@code _}.
     */
    static String anchor(String heading) {
        String text = heading.replace("`", "").replaceAll("\\*([^*]+)\\*", "$1").strip();
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = c < 128 && Character.isLetter(c);
            if (i == 0 && !letter && c != '_') {
                id.append('a');
            }
            if (c == ' ') {
                id.append('_');
            } else if (letter || (c < 128 && Character.isDigit(c)) || c == '-' || c == '_' || c == '.') {
                id.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    id.append('.').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return id.toString();
    }
}
