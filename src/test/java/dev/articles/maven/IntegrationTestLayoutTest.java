package dev.articles.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The invoker runs every folder under {@code src/it} as an integration test, and a folder whose
 * {@code verify.groovy} is missing (or misplaced) passes without checking anything. This keeps that from happening
 * silently.
 */
class IntegrationTestLayoutTest {

    @Test
    void everyIntegrationTestHasItsVerifyScript() throws IOException {
        Path its = Path.of("src", "it");
        List<Path> projects;
        try (Stream<Path> children = Files.list(its)) {
            projects = children.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(projects.isEmpty(), "no integration tests under " + its.toAbsolutePath());
        for (Path project : projects) {
            assertTrue(Files.isRegularFile(project.resolve("pom.xml")), project + " has no pom.xml");
            assertTrue(Files.isRegularFile(project.resolve("verify.groovy")), project + " has no verify.groovy");
        }
    }
}
