package dev.articles.core.bundle;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article as the feeds list it.
 *
 * @param url its absolute address, also its id
 * @param title its title
 * @param date its date, with the offset written in the article
 * @param author its author, or {@code null}
 * @param summary its excerpt as plain text, possibly empty
 * @param terms its categories, then its tags, each once
 * @param html its HTML with absolute addresses ({@link FeedHtml})
 */
record FeedItem(String url, String title, OffsetDateTime date, String author, String summary, List<String> terms,
        String html) {
}
