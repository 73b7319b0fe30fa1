package dev.articles.core.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Java names of a bundle's reader: its package and the prefix of its classes ({@code Blog} gives
 * {@code BlogArticles}, {@code BlogArticle} and {@code BlogExtra}).
 *
 * @param packageName the package, such as {@code com.example.blog}
 * @param prefix the classes' prefix, such as {@code Blog}
 */
public record ReaderNames(String packageName, String prefix) {

    /** The class that loads and queries the bundle. */
    public String articlesClass() {
        return prefix + "Articles";
    }

    /** The class of one article. */
    public String articleClass() {
        return prefix + "Article";
    }

    /** The class of an article's extra front matter fields. */
    public String extraClass() {
        return prefix + "Extra";
    }

    /** {@code packageName} + the articles class: what users import. */
    public String qualifiedArticlesClass() {
        return packageName + "." + articlesClass();
    }

    /** The package as a folder: {@code com/example/blog}. */
    String folder() {
        return packageName.replace('.', '/');
    }

    /**
     * The default package: the project's group and artifact ids as Java package segments, so that the readers of
     * several content jars never share a package ({@code com.example} and {@code my-blog} give
     * {@code com.example.my_blog}).
     */
    public static String defaultPackage(String groupId, String artifactId) {
        List<String> segments = new ArrayList<>();
        for (String part : (groupId + "." + artifactId).split("\\.")) {
            if (!part.isEmpty()) {
                segments.add(segment(part));
            }
        }
        return String.join(".", segments);
    }

    /** A package segment made of {@code part}: lower case, {@code _} for what Java refuses. */
    private static String segment(String part) {
        StringBuilder out = new StringBuilder();
        part.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> out.appendCodePoint(
                Character.isJavaIdentifierPart(cp) && cp != '$' ? cp : '_'));
        if (!Character.isJavaIdentifierStart(out.codePointAt(0))) {
            out.insert(0, '_');
        }
        String s = out.toString();
        return JavaText.KEYWORDS.contains(s) ? s + "_" : s;
    }

    /** The default prefix: the bundle name in camel case ({@code example-site} gives {@code ExampleSite}). */
    public static String defaultPrefix(String bundleName) {
        String camel = JavaText.camel(bundleName, true);
        if (camel.isEmpty() || !Character.isJavaIdentifierStart(camel.codePointAt(0))) {
            return "Bundle" + camel;
        }
        return camel;
    }

    /** Why {@code packageName} is not a usable package, or {@code null}. */
    public static String packageProblem(String packageName) {
        if (packageName == null || packageName.isBlank()) {
            return "the reader's package is empty; give a Java package such as com.example.blog";
        }
        for (String segment : packageName.split("\\.", -1)) {
            if (!JavaText.isIdentifier(segment) || segment.contains("$")) {
                return "'" + packageName + "' is not a Java package name: '" + segment + "' cannot be a segment of "
                        + "one; use letters, digits and '_', segments separated by '.', such as com.example.blog";
            }
        }
        if (packageName.equals("java") || packageName.startsWith("java.")) {
            return "'" + packageName + "' is reserved for the JDK; choose a package of your own";
        }
        return null;
    }

    /** Why {@code prefix} cannot start the reader's class names, or {@code null}. */
    public static String prefixProblem(String prefix) {
        if (prefix == null || prefix.isEmpty() || !JavaText.isIdentifier(prefix + "Articles") || prefix.contains("$")
                || !Character.isUpperCase(prefix.codePointAt(0))) {
            return "'" + prefix + "' cannot start a Java class name: use letters and digits, starting with a capital "
                    + "letter, such as Blog (giving BlogArticles and BlogArticle)";
        }
        return null;
    }
}
