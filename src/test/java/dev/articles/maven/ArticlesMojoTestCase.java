package dev.articles.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.testing.AbstractMojoTestCase;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectBuildingRequest;
import org.eclipse.aether.DefaultRepositorySystemSession;

/**
 * Harness tests of the goals as Maven wires them: a real {@link MavenProject} built by Maven's own
 * {@link ProjectBuilder} from a fixture POM, and mojos configured from the plugin descriptor in
 * {@code target/classes} (defaults and {@code ${...}} expressions evaluated against that project) merged with the
 * fixture's {@code <configuration>}.
 *
 * <p>Each fixture under {@code src/test/resources/unit/<case>/} is copied to
 * {@code target/unit-tests/<TestClass>/<testMethod>/} first, so a test may write into it (the bundle goal does) and
 * the source tree is never touched.
 */
abstract class ArticlesMojoTestCase extends AbstractMojoTestCase {

    /** Copies the fixture {@code unit/<name>} to a fresh folder of this test and returns that folder. */
    protected File fixture(String name) throws IOException {
        return fixture(name, "");
    }

    /** As {@link #fixture(String)}, into a folder named with {@code suffix}, for a second copy in one test. */
    protected File fixture(String name, String suffix) throws IOException {
        Path source = getTestFile("src/test/resources/unit/" + name).toPath();
        assertTrue("no fixture " + source, Files.isDirectory(source));
        Path target = getTestFile("target/unit-tests/" + getClass().getSimpleName() + "/" + getName() + suffix)
                .toPath();
        deleteTree(target);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path copy = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target.toFile();
    }

    /** The project of {@code basedir/pom.xml}, built (and interpolated) the way Maven builds it. */
    protected MavenProject readProject(File basedir) throws Exception {
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setBaseDirectory(basedir);
        ProjectBuildingRequest building = request.getProjectBuildingRequest();
        building.setRepositorySession(new DefaultRepositorySystemSession());
        building.setResolveDependencies(false);
        MavenProject project = lookup(ProjectBuilder.class).build(new File(basedir, "pom.xml"), building)
                .getProject();
        assertNotNull(project);
        return project;
    }

    /** Copies the fixture and builds its project. */
    protected MavenProject project(String fixture) throws Exception {
        return readProject(fixture(fixture));
    }

    /**
     * The goal's mojo for {@code project}, configured as Maven would (descriptor defaults, {@code articles.*}
     * properties, the POM's plugin configuration), logging into {@code log}.
     */
    protected <T extends Mojo> T mojo(MavenProject project, String goal, CapturingLog log) throws Exception {
        return mojo(project, goal, log, new Properties());
    }

    /**
     * As {@link #mojo(MavenProject, String, CapturingLog)}, with user properties ({@code -Dname=value}). The bundle
     * goal comes without its Java reader, which would add a compile to every test; {@code BundleReaderMojoTest}
     * tests it, through {@link #configured}.
     */
    protected <T extends Mojo> T mojo(MavenProject project, String goal, CapturingLog log, Properties userProperties)
            throws Exception {
        T mojo = configured(project, goal, log, userProperties);
        if (mojo instanceof BundleMojo) {
            set(mojo, "generateReader", false);
        }
        return mojo;
    }

    /** The mojo exactly as the harness configures it from the descriptor and the fixture POM. */
    @SuppressWarnings("unchecked")
    protected <T extends Mojo> T configured(MavenProject project, String goal, CapturingLog log,
            Properties userProperties) throws Exception {
        MavenSession session = newMavenSession(project);
        session.getUserProperties().putAll(userProperties);
        MojoExecution execution = newMojoExecution(goal);
        T mojo = (T) lookupConfiguredMojo(session, execution);
        assertNotNull(mojo);
        mojo.setLog(log);
        return mojo;
    }

    /** Reads a field of the mojo (or its superclass) as configured by the harness. */
    protected Object field(Mojo mojo, String name) throws IllegalAccessException {
        return getVariableValueFromObject(mojo, name);
    }

    /** Sets a parameter the way a {@code <configuration>} element or {@code -Darticles.x} would. */
    protected void set(Mojo mojo, String name, Object value) throws IllegalAccessException {
        setVariableValueToObject(mojo, name, value);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Every regular file below {@code root}, as sorted {@code /}-separated relative paths. */
    static List<String> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        }
    }
}
