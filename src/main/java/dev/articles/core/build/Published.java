package dev.articles.core.build;

import dev.articles.core.model.Diagnostic;
import java.util.List;
import java.util.Set;

/**
 * What the publish stage did.
 *
 * @param bundled articles in the bundle
 * @param rendered articles rendered and written by this build
 * @param renderedSources the sources of those articles
 * @param written files written
 * @param unchanged files of the bundle left as they were
 * @param deleted stale files deleted
 * @param renderNanos time spent rendering and writing articles
 * @param files the bundle's files, each once, sorted
 * @param failures {@code render.failed} errors of articles whose final form overflowed or ran out of time: the
 *     bundle was then left unfinished (no index, nothing deleted), and the build fails on them
 */
record Published(int bundled, int rendered, Set<String> renderedSources, int written, int unchanged, int deleted,
        long renderNanos, List<String> files, List<Diagnostic> failures) {
}
