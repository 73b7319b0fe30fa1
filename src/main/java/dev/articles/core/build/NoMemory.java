package dev.articles.core.build;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.state.BuildRecord;
import dev.articles.core.state.StateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A memory that recalls nothing and keeps nothing: a whole build, the reference for incremental ones. */
final class NoMemory implements BuildMemory {
    @Override
    public void begin(BuildFingerprint prints) {
    }

    @Override
    public void found(Found article) {
    }

    @Override
    public BuildRecord lastBuild() {
        return null;
    }

    @Override
    public void recallBundle(BundleWriter bundle, Path contentDirectory, BuildRecord lastBuild) {
    }

    @Override
    public StateStore.Checks lastChecks() {
        return null;
    }

    @Override
    public Path spoolFile() throws IOException {
        return Files.createTempFile("articles-", ".spool");
    }

    @Override
    public LastBundle lastBundle() {
        return null;
    }

    @Override
    public void rememberChecks(StateStore.Checks checks) {
    }

    @Override
    public void rememberBundle(String bundleName, StateStore.Bundle bundle) {
    }

    @Override
    public void rememberBuild(BuildRecord record) {
    }

    @Override
    public void finish() {
    }
}
