package dev.articles.core.build;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.read.ArticleReader;
import dev.articles.core.render.RenderWorker;
import java.nio.file.Path;
import java.time.Duration;

/** The error for an article whose work overflowed the stack or ran out of time, in the check or publish stage. */
final class RenderFailed {
    private RenderFailed() {
    }

    static Diagnostic of(Path file, RenderWorker.Failure failure, Duration budget) {
        String message = switch (failure) {
            case TOO_DEEP -> "the Markdown is nested too deeply to render (stack overflow); look for lists or quotes"
                    + " nested thousands of levels deep";
            case TIMEOUT -> "rendering took longer than " + seconds(budget) + " and was abandoned; look for"
                    + " very long runs of Markdown punctuation such as *, _, [, ` or >";
        };
        return Diagnostic.of(file, 0, 0, ArticleReader.RENDER_FAILED, message);
    }

    private static String seconds(Duration budget) {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
