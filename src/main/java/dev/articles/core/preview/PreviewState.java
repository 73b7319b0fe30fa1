package dev.articles.core.preview;

import dev.articles.core.build.ContentBuild;
import dev.articles.core.report.ContentResult;
import java.time.Instant;

/**
 * What the preview shows at one moment: the findings of the latest check of the content, and which render the pages
 * are made from.
 *
 * @param build counts the changes the pages show, from 1; a build that found and wrote exactly what the one before
 *     did keeps its number, so an open page is reloaded only when it would look different
 * @param token the build as the pages know it: the server's instance and the build, so a restarted server reloads
 *     the pages too
 * @param checkedAt when the content was last checked
 * @param result the findings of that check
 * @param stats what that build did, or {@code null} when it failed
 * @param current whether the rendered pages are of the content as it is now; {@code false} when the content has
 *     errors (or warnings, with {@code warningsStop}) and the pages show the last good render
 * @param renderedAt when the render the pages show was made, or {@code null} when there is none
 * @param earlierRun whether that render is from an earlier run of the preview (this run has rendered nothing yet)
 * @param failure why the latest build could not be made (an I/O error), or {@code null}
 */
public record PreviewState(long build, String token, Instant checkedAt, ContentResult result,
        ContentBuild.Stats stats, boolean current, Instant renderedAt, boolean earlierRun, String failure) {

    /** Whether there is a render to show. */
    public boolean rendered() {
        return renderedAt != null;
    }
}
