package dev.articles.core.build;

import dev.articles.core.check.corpus.DuplicateUrlCheck;
import dev.articles.core.frontmatter.Slugs;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.read.ArticleReader;
import dev.articles.core.report.ContentResult.LeftOut;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.state.CheckEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles the bundle leaves out because findings the baseline accepts make them unpublishable. A baseline may
 * accept any finding, also one of a fixed rule; the build then passes, but the article cannot be written, and it is
 * left out, never silently: the result lists it with the finding, and the goals count it in the log.
 *
 * <p>An article that would be in the bundle (drafts only when requested) is left out when
 * <ul>
 *   <li>a finding of its own that {@linkplain ArticleReader#structural stops its publication} is accepted (no title,
 *   no valid date, no body, front matter or text that cannot be read, a render failure): the first in report order
 *   is named; or</li>
 *   <li>its accepted {@code url.duplicate} or {@code id.duplicate} finding says it shares its address or its bundle
 *   files with other articles: of those that would be in the bundle, the first by path is published, and the others
 *   are left out, each naming it.</li>
 * </ul>
 * A finding the baseline does not accept fails the build anyway, so it leaves nothing out. Computed only from the
 * articles' kept findings and facts and the accepted findings, so an incremental build leaves out exactly what a
 * whole build does.
 */
final class Unpublishable {
    private Unpublishable() {
    }

    /**
     * @param found the article files, in scan order (by path)
     * @param entries each article's findings and facts, in scan order
     * @param accepted the findings the baseline covered, sorted
     * @return the articles left out, sorted by their findings
     */
    static List<LeftOut> of(ContentRequest request, List<Found> found, CheckEntry[] entries,
            List<Diagnostic> accepted) {
        if (accepted.isEmpty()) {
            return List.of();
        }
        Map<Path, Diagnostic> structural = new HashMap<>();
        Map<Path, Diagnostic> conflict = new HashMap<>();
        for (Diagnostic d : accepted) { // sorted: the first of an article's findings is kept
            if (ArticleReader.structural(d)) {
                structural.putIfAbsent(d.file(), d);
            } else if (d.rule().equals(DuplicateUrlCheck.URL_DUPLICATE.id())
                    || d.rule().equals(DuplicateUrlCheck.ID_DUPLICATE.id())) {
                conflict.putIfAbsent(d.file(), d);
            }
        }
        List<LeftOut> leftOut = new ArrayList<>();
        Map<String, Path> holders = new LinkedHashMap<>(); // address or id key -> the article that holds it
        for (int i = 0; i < entries.length; i++) {
            CheckEntry e = entries[i];
            Path file = found.get(i).file();
            if (e.draft() && !request.includeDrafts()) {
                continue; // not in the bundle anyway
            }
            Diagnostic stops = structural.get(file);
            if (stops != null) {
                leftOut.add(new LeftOut(stops, null));
                continue;
            }
            if (!e.publishable() || e.facts() == null || e.facts().id() == null) {
                continue; // an unaccepted finding stops it, and the build
            }
            Path holder = holders.putIfAbsent("id " + Slugs.collisionKey(e.facts().id()), file);
            if (e.facts().url() != null) {
                Path urlHolder = holders.putIfAbsent("url " + Slugs.collisionKey(e.facts().url()), file);
                holder = holder != null ? holder : urlHolder;
            }
            Diagnostic shared = conflict.get(file);
            if (holder != null && shared != null) {
                leftOut.add(new LeftOut(shared, holder));
            }
        }
        leftOut.sort(Comparator.comparing(LeftOut::finding, Diagnostic.ORDER));
        return List.copyOf(leftOut);
    }
}
