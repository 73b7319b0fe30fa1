package dev.articles.maven;

import dev.articles.testing.ContentFixture;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * A content project in a temporary folder and mojos configured as Maven would (parameter defaults set by hand, fields
 * set by reflection), with a log that keeps what is printed. The articles are written by the {@link ContentFixture},
 * and the mojos made here read them at its "now" and in its zone.
 */
final class MojoFixture {
    final Path basedir;
    final Path content;
    final MavenProject project;
    final RecordingLog log = new RecordingLog();
    private final ContentFixture files;

    MojoFixture(Path basedir) throws Exception {
        this.basedir = basedir;
        this.content = basedir.resolve("src/main/articles");
        this.files = new ContentFixture(content);
        Files.createDirectories(content);
        project = new MavenProject();
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(basedir.resolve("target").toString());
        project.getBuild().setOutputDirectory(basedir.resolve("target/classes").toString());
    }

    Path article(String name, String text) throws Exception {
        return files.write(name, text);
    }

    <T extends AbstractArticlesMojo> T mojo(T mojo) throws Exception {
        set(mojo, "contentDirectory", content.toFile());
        set(mojo, "encoding", "UTF-8");
        set(mojo, "timeZone", ContentFixture.ZONE.getId()); // chosen, as most users do: no date-no-offset warnings
        set(mojo, "excerptMaxLength", 200);
        set(mojo, "readingTimeTolerance", 75);
        set(mojo, "baselineFile", basedir.resolve("articles-baseline.json").toFile());
        set(mojo, "project", project);
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setVersion("9.9.9-TEST");
        set(mojo, "plugin", plugin);
        if (mojo instanceof AbstractCheckingMojo) {
            set(mojo, "useBaseline", true);
            set(mojo, "reportDirectory", basedir.resolve("target/articles").toFile());
        }
        if (mojo instanceof BundleMojo) {
            set(mojo, "bundleName", "site");
            set(mojo, "outputDirectory", basedir.resolve("target/generated-resources/articles").toFile());
            set(mojo, "generateReader", false); // tested in BundleReaderMojoTest; here it would compile every time
        }
        mojo.setLog(log);
        return mojo;
    }

    ValidateMojo validate() throws Exception {
        return mojo(new ValidateMojo() {
            @Override
            Clock clock() {
                return now();
            }
        });
    }

    BaselineMojo baseline() throws Exception {
        return mojo(new BaselineMojo() {
            @Override
            Clock clock() {
                return now();
            }
        });
    }

    BundleMojo bundle() throws Exception {
        return mojo(new BundleMojo() {
            @Override
            Clock clock() {
                return now();
            }
        });
    }

    /** The content tests' "now", instead of the system clock the goals read. */
    private Clock now() {
        return files.request().clock();
    }

    static <T> T set(T target, String name, Object value) throws Exception {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
                return target;
            } catch (NoSuchFieldException next) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + target.getClass());
    }

    /** What the mojo logged, each line prefixed with its level as Maven prints it. */
    static final class RecordingLog implements Log {
        final List<String> lines = new ArrayList<>();

        List<String> lines(String level) {
            String prefix = "[" + level + "] ";
            return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
        }

        private void add(String level, CharSequence text) {
            lines.add("[" + level + "] " + CapturingLog.withoutTimes(String.valueOf(text)));
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public void debug(CharSequence content) {
            add("DEBUG", content);
        }

        @Override
        public void debug(CharSequence content, Throwable error) {
            add("DEBUG", content);
        }

        @Override
        public void debug(Throwable error) {
            add("DEBUG", String.valueOf(error));
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public void info(CharSequence content) {
            add("INFO", content);
        }

        @Override
        public void info(CharSequence content, Throwable error) {
            add("INFO", content);
        }

        @Override
        public void info(Throwable error) {
            add("INFO", String.valueOf(error));
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public void warn(CharSequence content) {
            add("WARNING", content);
        }

        @Override
        public void warn(CharSequence content, Throwable error) {
            add("WARNING", content);
        }

        @Override
        public void warn(Throwable error) {
            add("WARNING", String.valueOf(error));
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(CharSequence content) {
            add("ERROR", content);
        }

        @Override
        public void error(CharSequence content, Throwable error) {
            add("ERROR", content);
        }

        @Override
        public void error(Throwable error) {
            add("ERROR", String.valueOf(error));
        }
    }

    File file(String relative) {
        return basedir.resolve(relative).toFile();
    }
}
