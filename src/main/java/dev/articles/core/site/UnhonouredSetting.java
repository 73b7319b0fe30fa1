package dev.articles.core.site;

/**
 * A setting of a Jekyll site that changes which posts Jekyll reads or where it puts them, but that
 * {@link SiteSettingsReader} does not take into account: a caller reports each once, so that a user knows why the
 * plugin's addresses or articles may differ from the site's.
 *
 * @param name the setting's name as written in {@code _config.yml} ({@code limit_posts}, {@code plugins}...)
 * @param line its line, or {@code 0} when it is not in the file (custom plugins in {@code _plugins})
 * @param reason a sentence saying what Jekyll does with it
 */
public record UnhonouredSetting(String name, int line, String reason) {
}
