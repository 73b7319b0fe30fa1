package dev.articles.core.site;

/**
 * One collection of a Jekyll site as its {@code collections} setting (and Jekyll's additions) make it.
 *
 * @param label the label Jekyll uses: the written name with every character other than ASCII letters, digits,
 *     {@code _}, {@code -} and {@code .} removed; the folder is {@code _label}
 * @param output whether its documents are written (Jekyll's {@code output}; always {@code true} for {@code posts})
 * @param permalink its own template, or {@code null} when it sets none; for {@code posts}, Jekyll puts the template
 *     of the site's {@code permalink} style here unless {@code collections.posts.permalink} is set (which is then
 *     used as written, style names included)
 * @param line the line of its entry in {@code _config.yml}, or {@code 0} for {@code posts} added by Jekyll
 */
public record SiteCollection(String label, boolean output, String permalink, int line) {
}
