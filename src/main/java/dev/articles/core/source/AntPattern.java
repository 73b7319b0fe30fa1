package dev.articles.core.source;

import java.util.regex.Pattern;

/**
 * An Ant/Maven-style file pattern ({@code **}{@code /*.md}, {@code drafts/**}, {@code ?.txt}) matched against a path
 * relative to the content directory with {@code /} separators. Unlike {@link java.nio.file.FileSystem#getPathMatcher},
 * {@code **}{@code /} also matches no folder at all, as Maven users expect.
 */
public final class AntPattern {
    private final String pattern;
    private final Pattern regex;
    /** For the common {@code **}{@code /*.md} form: the suffix every match ends with, checked without the regex. */
    private final String anyFolderSuffix;

    public AntPattern(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p + "**"; // Ant: "dir/" means everything below dir
        }
        this.pattern = p;
        this.regex = Pattern.compile(toRegex(p));
        String rest = p.startsWith("**/*") ? p.substring(4) : null;
        this.anyFolderSuffix = rest != null && !rest.isEmpty() && rest.chars().noneMatch(ch -> ch == '*' || ch == '?'
                || ch == '/') ? rest : null;
    }

    public boolean matches(String relativePath) {
        if (anyFolderSuffix != null) {
            // **/*.md: any file whose name ends with .md (a name, not a folder, must hold the suffix)
            int slash = relativePath.lastIndexOf('/');
            return relativePath.endsWith(anyFolderSuffix)
                    && relativePath.length() - slash - 1 >= anyFolderSuffix.length();
        }
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static String toRegex(String p) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (p.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 3;
            } else if (p.startsWith("**", i)) {
                re.append(".*");
                i += 2;
            } else if (c == '*') {
                re.append("[^/]*");
                i++;
            } else if (c == '?') {
                re.append("[^/]");
                i++;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return re.toString();
    }
}
