package dev.articles.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** When a project's jar ignores project.build.outputTimestamp, and what the build is told then. */
class OutdatedJarPluginTest {
    private static final String TIMESTAMP = "2026-01-01T00:00:00Z";

    @Test
    void theDefaultOfMaven38WithATimestampInAJar() {
        assertEquals("project.build.outputTimestamp is set, but site is packed by maven-jar-plugin 2.4, which ignores"
                + " it (it is honoured since 3.2.0, and Maven 3.8 and older use 2.4 unless the pom says otherwise):"
                + " the bundle is the same from the same content, but the jar gets this build's time in every entry"
                + " and differs from build to build. Pin a newer maven-jar-plugin in the pom's"
                + " <build><pluginManagement><plugins> (or <build><plugins>):\n"
                + "  <plugin>\n"
                + "    <artifactId>maven-jar-plugin</artifactId>\n"
                + "    <version>3.4.2</version>\n"
                + "  </plugin>", OutdatedJarPlugin.warning("site", "jar", TIMESTAMP, "2.4"));
    }

    @ParameterizedTest
    @CsvSource({"2.4", "2.6", "3.0.2", "3.1.2", "3.2.0-SNAPSHOT", "3.2.0-beta-1"})
    void everyVersionBefore320IsTold(String version) {
        assertEquals(true, OutdatedJarPlugin.warning("site", "jar", "1767225600", version) != null, version);
    }

    @ParameterizedTest
    @CsvSource({"3.2.0", "3.2.2", "3.3.0", "3.4.2", "3.5.0", "4.0.0-beta-1"})
    void versionsThatHonourItAreNot(String version) {
        assertNull(OutdatedJarPlugin.warning("site", "jar", TIMESTAMP, version), version);
    }

    @Test
    void onlyWhenItIsReallyAProblem() {
        assertNull(OutdatedJarPlugin.warning("site", "jar", null, "2.4"), "no timestamp: nothing was asked for");
        assertNull(OutdatedJarPlugin.warning("site", "jar", "a", "2.4"), "one character turns it off");
        assertNull(OutdatedJarPlugin.warning("site", "jar", "  ", "2.4"));
        assertNull(OutdatedJarPlugin.warning("site", "war", TIMESTAMP, "2.4"), "no jar");
        assertNull(OutdatedJarPlugin.warning("site", "pom", TIMESTAMP, "2.4"));
        assertNull(OutdatedJarPlugin.warning("site", "jar", TIMESTAMP, null), "the version is unknown");
    }
}
