package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.articles.core.check.FactsCollector;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.RuleLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body's sections that repeat an earlier section. A section is a top-level heading with every block after it up
 * to the next heading of the same or a higher level (so a {@code ##} section holds its {@code ###} subsections); two
 * sections are equal when their heading texts and the texts of all their blocks are, after {@code ComparableText}.
 * Shared by {@code body.repeated-section} and by the rules that leave a repeated section's parts to it
 * ({@code body.repeated-paragraph}, {@code heading.duplicate}).
 */
final class Sections {

    /**
     * @param heading the section's heading
     * @param line file line of the heading
     * @param lastLine file line of the section's last block with text
     */
    record Section(Heading heading, int line, int lastLine) {
        boolean contains(int fileLine) {
            return fileLine >= line && fileLine <= lastLine;
        }
    }

    /** A section whose heading and content equal an earlier one's. */
    record Repeat(Section later, Section earlier) {
    }

    /** A run of letters: a word, whatever the script. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Sections() {
    }

    /**
     * The sections that repeat an earlier one, outermost only: when a whole {@code ##} section repeats, its
     * {@code ###} subsections are not listed again. Sections with less than
     * {@link FactsCollector#MIN_PARAGRAPH_LENGTH} characters of content are not compared (a repeated heading alone
     * is {@code heading.duplicate}'s business).
     */
    static List<Repeat> repeats(BodyText body) {
        List<Node> blocks = new ArrayList<>();
        Map<String, Integer> headingCounts = new HashMap<>();
        for (Node n = body.document().getFirstChild(); n != null; n = n.getNext()) {
            blocks.add(n);
            if (n instanceof Heading h) {
                headingCounts.merge(BodyText.normal(h), 1, Integer::sum);
            }
        }
        if (headingCounts.values().stream().allMatch(c -> c < 2)) {
            return List.of(); // equal sections have equal headings: the usual case ends here, cheaply
        }
        Map<String, Section> first = new HashMap<>();
        List<Repeat> repeats = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Heading heading)) {
                continue;
            }
            String title = BodyText.normal(heading);
            int line = body.line(heading);
            if (headingCounts.get(title) < 2 || inside(repeats, line)) {
                continue;
            }
            StringBuilder content = new StringBuilder();
            Node last = heading;
            for (int j = i + 1; j < blocks.size(); j++) {
                Node block = blocks.get(j);
                if (block instanceof Heading next && next.getLevel() <= heading.getLevel()) {
                    break;
                }
                String text = BodyText.normal(block);
                if (!text.isEmpty()) {
                    content.append('\n').append(text);
                    last = block;
                }
            }
            if (content.length() < FactsCollector.MIN_PARAGRAPH_LENGTH) {
                continue;
            }
            Section section = new Section(heading, line, body.lastLine(last));
            Section earlier = first.putIfAbsent(title + content, section);
            if (earlier != null && !parallel(earlier.heading(), heading)) {
                repeats.add(new Repeat(section, earlier));
            }
        }
        return repeats;
    }

    /**
     * The repeats to leave to {@code body.repeated-section}: none when the user turned that rule off, so that the
     * parts of a repeated section are then reported one by one.
     */
    static List<Repeat> reportedRepeats(BodyText body, CheckSettings settings) {
        return settings.levels().get(RepeatedSectionCheck.BODY_REPEATED_SECTION.id()) == RuleLevel.OFF ? List.of()
                : repeats(body);
    }

    /**
     * Whether two equal blocks stand at the same place of sibling sections: under alike headings ({@link #alike}) of
     * the same level and (for paragraphs) as many blocks after their heading; two equal sections under alike
     * enclosing headings.
     * Documents describe like things alike: "### Affected versions" in each of two security advisories, "Currently in
     * normal maintenance phase." under each supported version. A copy made by mistake rarely lands at the same place
     * of another section; one outside any section (no heading before it) is never parallel.
     */
    static boolean parallel(Node earlier, Node later) {
        Place a = place(earlier);
        Place b = place(later);
        if (a == null || b == null || a.heading() == b.heading()
                || a.heading().getLevel() != b.heading().getLevel()) {
            return false;
        }
        // Sections are compared whole, so where they start in their parents does not matter; paragraphs must match.
        boolean sections = earlier instanceof Heading && later instanceof Heading;
        return (sections || a.index() == b.index()) && alike(a.heading(), b.heading());
    }

    /**
     * Whether two different headings name like things: they share a word of three letters or more, numbers and
     * punctuation apart ("Ruby 2.4 series" and "Ruby 2.3 series"; "CVE-2025-27219：`CGI::Cookie.parse`" and
     * "CVE-2025-27220：`CGI::Util#escapeElement`" share "CVE"), unlike unrelated ones ("Java", "Kotlin").
     */
    static boolean alike(Heading a, Heading b) {
        String x = BodyText.normal(a);
        String y = BodyText.normal(b);
        if (x.equals(y)) {
            return false;
        }
        Set<String> ys = new HashSet<>();
        Matcher m = WORD.matcher(y);
        while (m.find()) {
            ys.add(m.group());
        }
        m = WORD.matcher(x);
        while (m.find()) {
            if (m.group().codePointCount(0, m.group().length()) >= 3 && ys.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** A top-level block's section heading (for a heading: the enclosing one) and how many blocks lie between. */
    private record Place(Heading heading, int index) {
    }

    private static Place place(Node node) {
        if (!(node.getParent() instanceof Document)) {
            return null;
        }
        int level = node instanceof Heading h ? h.getLevel() : Integer.MAX_VALUE;
        int index = 0;
        for (Node n = node.getPrevious(); n != null; n = n.getPrevious()) {
            if (n instanceof Heading h && h.getLevel() < level) {
                return new Place(h, index);
            }
            if (!(n instanceof Heading) && !BodyText.normal(n).isEmpty()) {
                index++;
            }
        }
        return null;
    }

    /** Whether a file line lies inside one of the repeating (later) sections. */
    static boolean inside(List<Repeat> repeats, int line) {
        for (Repeat r : repeats) {
            if (r.later().contains(line)) {
                return true;
            }
        }
        return false;
    }
}
