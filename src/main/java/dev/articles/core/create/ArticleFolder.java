package dev.articles.core.create;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder a new article goes to, below the content directory: a relative path whose {@code {yyyy}}, {@code {MM}}
 * and {@code {dd}} stand for the article's year, month and day ({@code {yyyy}} → {@code 2026},
 * {@code posts/{yyyy}/{MM}} → {@code posts/2026/02}). Empty or {@code .} is the content directory itself.
 */
final class ArticleFolder {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private ArticleFolder() {
    }

    /**
     * The folder for {@code date}, relative, with {@code /} separators and no trailing {@code /} (empty for the
     * content directory).
     *
     * @throws IllegalArgumentException naming the problem: an unknown placeholder, an absolute path, {@code ..}
     */
    static String expand(String pattern, LocalDate date) {
        String p = pattern.strip().replace('\\', '/');
        if (p.startsWith("/") || p.matches("[A-Za-z]:.*")) {
            throw new IllegalArgumentException("the folder '" + pattern + "' is absolute; give a folder below the"
                    + " content directory, such as '{yyyy}'");
        }
        Matcher m = PLACEHOLDER.matcher(p);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "yyyy" -> String.format(Locale.ROOT, "%04d", date.getYear());
                case "MM" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
                case "dd" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
                default -> throw new IllegalArgumentException("the folder '" + pattern + "' has the unknown placeholder"
                        + " '" + m.group() + "'; use {yyyy}, {MM} and {dd}");
            };
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        StringBuilder folder = new StringBuilder();
        for (String part : out.toString().split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new IllegalArgumentException("the folder '" + pattern + "' leads out of the content directory"
                        + " ('..'); give a folder below it");
            }
            if (part.indexOf('{') >= 0 || part.indexOf('}') >= 0) {
                throw new IllegalArgumentException("the folder '" + pattern + "' has an unmatched brace; use {yyyy},"
                        + " {MM} and {dd}");
            }
            folder.append(folder.length() == 0 ? "" : "/").append(part);
        }
        return folder.toString();
    }
}
