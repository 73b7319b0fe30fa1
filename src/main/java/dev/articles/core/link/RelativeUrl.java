package dev.articles.core.link;

/**
 * The relative address that leads from one page of a site to another, both given as paths from the site's root
 * ({@code /2026/02/05/hello.html}). Relative addresses keep working wherever the site is mounted (any base URL), as
 * long as the pages are served at their paths.
 */
public final class RelativeUrl {
    private RelativeUrl() {
    }

    /**
     * The address of {@code to} as seen from the page at {@code from}: {@code ../other/} from {@code /a/b/} to
     * {@code /a/other/}; {@code ./} when {@code to} is the folder {@code from} is in.
     */
    public static String between(String from, String to) {
        String fromFolder = from.substring(0, from.lastIndexOf('/') + 1);
        String[] base = fromFolder.substring(1).split("/", -1); // the last element is the empty name after '/'
        String[] target = to.substring(1).split("/", -1);
        int common = 0;
        while (common < base.length - 1 && common < target.length - 1 && base[common].equals(target[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < base.length - 1; i++) {
            sb.append("../");
        }
        for (int i = common; i < target.length; i++) {
            sb.append(target[i]);
            if (i < target.length - 1) {
                sb.append('/');
            }
        }
        if (sb.isEmpty()) {
            return "./";
        }
        // A first segment with ':' would read as a scheme: "./a:b".
        int colon = sb.indexOf(":");
        int slash = sb.indexOf("/");
        return colon >= 0 && (slash < 0 || colon < slash) ? "./" + sb : sb.toString();
    }
}
