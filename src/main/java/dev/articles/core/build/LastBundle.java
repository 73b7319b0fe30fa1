package dev.articles.core.build;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.bundle.OutputFile;
import dev.articles.core.state.BuildRecord;
import dev.articles.core.state.StateStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the last build of a bundle wrote, and which of those files are still there and right.
 *
 * @param bundle the last bundle's record
 * @param intact its files that are present and, for copied assets, copied from an unchanged source
 */
record LastBundle(StateStore.Bundle bundle, Set<String> intact) {

    /**
     * @param lastBuild the brief record of the last build of this bundle, or {@code null}
     * @return {@code null} when the store has no bundle made with these settings
     */
    static LastBundle load(StateStore state, BundleWriter writer, String bundlePrint, Path contentDirectory,
            BuildRecord lastBuild) {
        StateStore.Bundle previous = state.loadBundle(writer.bundleName(), bundlePrint);
        if (previous == null) {
            return null;
        }
        List<OutputFile> files = new ArrayList<>();
        previous.entries().values().forEach(p -> files.addAll(p.outputs()));
        files.addAll(previous.shared());
        // Folders untouched since the last build need no listing: its files there are all present.
        Set<String> known = lastBuild == null ? Set.of() : lastBuild.filesSurely(writer.outputDirectory());
        return new LastBundle(previous, writer.intact(files, contentDirectory, known));
    }
}
