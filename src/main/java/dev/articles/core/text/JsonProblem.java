package dev.articles.core.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON file the user keeps (a front matter schema, a baseline), in plain words and at its line
 * and column, instead of the parser's sentence with its character codes and token names.
 */
public final class JsonProblem {
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'");

    private JsonProblem() {
    }

    /** {@code line 3, column 5: a ',' where ...}. */
    public static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr()
                + ": ";
        return where + plain(e.getOriginalMessage());
    }

    private static String plain(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("").strip();
        if (first.startsWith("Unexpected end-of-input")) {
            return "the text ends before the JSON is complete (a '}', ']' or '\"' is missing)";
        }
        Matcher m = UNEXPECTED.matcher(first);
        if (m.lookingAt()) {
            String c = m.group(1);
            if (first.contains("double-quote to start field name")) {
                return "'" + c + "' where a key in double quotes should start (a ',' too many, or a key without"
                        + " quotes?)";
            }
            if (first.contains("comma to separate")) {
                return "'" + c + "' where a ',' between two values should be";
            }
            return "'" + c + "' cannot stand here";
        }
        if (first.startsWith("Unrecognized token")) {
            Matcher token = UNRECOGNIZED.matcher(first);
            return (token.find() ? "'" + token.group(1) + "'" : "a word") + " is not a JSON value (text needs double"
                    + " quotes; true, false and null are lower case)";
        }
        if (first.startsWith("Duplicate field")) {
            return first.replaceFirst("Duplicate field", "the key") + " appears twice";
        }
        return first;
    }
}
