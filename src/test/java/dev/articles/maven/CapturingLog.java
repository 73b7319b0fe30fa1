package dev.articles.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/**
 * A mojo log that keeps every line as {@code [level] message}, so tests can assert what a user would see. Like Maven
 * without {@code -X}, it drops debug lines.
 */
final class CapturingLog implements Log {
    private final List<String> lines = new ArrayList<>();

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The messages logged at {@code level} ({@code debug}, {@code info}, {@code warn} or {@code error}). */
    synchronized List<String> at(String level) {
        String prefix = "[" + level + "] ";
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .collect(Collectors.toList());
    }

    /** How many lines, at any level, are exactly {@code message}. */
    synchronized long count(String message) {
        return lines.stream().filter(l -> l.substring(l.indexOf("] ") + 2).equals(message)).count();
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }

    private synchronized void add(String level, CharSequence content, Throwable error) {
        lines.add("[" + level + "] " + (content == null ? "" : withoutTimes(content.toString()))
                + (error == null ? "" : (content == null ? "" : " ") + error));
    }

    /** Durations vary from run to run: {@code (12 ms)} becomes {@code (# ms)}, {@code 95 ms in all} {@code # ms in all}. */
    static String withoutTimes(String line) {
        return line.replaceAll("\\(\\d+ ms\\)", "(# ms)").replaceAll("\\d+ ms in all", "# ms in all");
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(CharSequence content) {
        // dropped, as in a build without -X
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        // dropped, as in a build without -X
    }

    @Override
    public void debug(Throwable error) {
        // dropped, as in a build without -X
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        add("info", content, null);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        add("info", content, error);
    }

    @Override
    public void info(Throwable error) {
        add("info", null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        add("warn", content, null);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        add("warn", content, error);
    }

    @Override
    public void warn(Throwable error) {
        add("warn", null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        add("error", content, null);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        add("error", content, error);
    }

    @Override
    public void error(Throwable error) {
        add("error", null, error);
    }
}
