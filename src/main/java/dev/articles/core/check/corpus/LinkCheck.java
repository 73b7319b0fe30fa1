package dev.articles.core.check.corpus;

import dev.articles.core.check.ArticleFacts.LinkRef;
import dev.articles.core.check.ArticleAddresses;
import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.Findings;
import dev.articles.core.check.LinkTargets;
import dev.articles.core.link.Destination;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.util.Arrays;
import java.util.List;

/**
 * Rules {@code link.broken}, {@code link.anchor} and {@code image.missing}: every reference into the content must
 * lead somewhere. Each finding points at the destination as written (for Jekyll tags, at the tag). A link from the
 * site's root is checked when it has the shape of an article's address ({@link ArticleAddresses}).
 */
public final class LinkCheck implements CorpusCheck {
    /** A link to another article (relative .md path, slug, post_url, link tag) that does not resolve. */
    public static final Rule LINK_BROKEN = Rule.configurable("link.broken", Severity.ERROR,
            "A link to an article that does not exist.");
    /** A {@code #fragment} that names no heading of the target article. */
    public static final Rule LINK_ANCHOR = Rule.configurable("link.anchor", Severity.ERROR,
            "A #fragment that names no heading.");
    /** A local image that does not exist in the content directory. */
    public static final Rule IMAGE_MISSING = Rule.configurable("image.missing", Severity.ERROR,
            "A local image that does not exist.");

    @Override
    public List<Rule> rules() {
        return List.of(LINK_BROKEN, LINK_ANCHOR, IMAGE_MISSING);
    }

    @Override
    public Object input(ArticleFacts a) {
        // Its own links, and what makes it a target: slug, address, redirects and anchors (its path is the file's).
        return Arrays.asList(a.links(), a.slug(), a.url(), a.redirectFrom(), List.copyOf(a.headingIds()));
    }

    @Override
    public void check(List<ArticleFacts> articles, Findings findings) {
        if (articles.stream().allMatch(a -> a.links().isEmpty())) {
            return;
        }
        LinkTargets targets = LinkTargets.of(LinkTargets.contentDirectoryOf(articles.get(0)), articles);
        ArticleAddresses addresses = null; // made when a link from the site's root needs it
        for (ArticleFacts a : articles) {
            for (LinkRef ref : a.links()) {
                if (ref.kind() == LinkRef.Kind.SITE_LINK) {
                    if (addresses == null) {
                        addresses = ArticleAddresses.of(articles);
                    }
                    checkSiteLink(a, ref, addresses, targets, findings);
                } else {
                    check(a, ref, targets, findings);
                }
            }
        }
    }

    /** A link from the site's root: to an article when it is shaped like an article's address. */
    private static void checkSiteLink(ArticleFacts a, LinkRef ref, ArticleAddresses addresses, LinkTargets targets,
            Findings findings) {
        String written = ref.target();
        Destination link = Destination.parse(written).fromSiteRoot("");
        String path = link == null ? null : link.path();
        if (path == null || !addresses.shapedLikeAnArticle(path)) {
            return;
        }
        ArticleFacts target = addresses.article(path);
        if (target == null) {
            if (!targets.siteHasPage(path)) {
                String near = addresses.nearest(path);
                findings.add(a.file(), LINK_BROKEN, ref.line(), ref.column(), "the link to the site's '" + written
                        + "' has the shape of an article's address, but no article has it"
                        + (near == null ? "" : "; did you mean '" + near + "'?"));
            }
            return;
        }
        String fragment = link.fragment();
        if (fragment != null && !fragment.isEmpty()) {
            String problem = LinkTargets.anchorProblem(target, target == a, written, fragment);
            if (problem != null) {
                findings.add(a.file(), LINK_ANCHOR, ref.line(), ref.column(), problem);
            }
        }
    }

    private static void check(ArticleFacts a, LinkRef ref, LinkTargets targets, Findings findings) {
        if (ref.kind() == LinkRef.Kind.IMAGE || ref.kind() == LinkRef.Kind.SITE_IMAGE) {
            LinkTargets.ImageHit hit = ref.kind() == LinkRef.Kind.SITE_IMAGE ? targets.siteImage(ref.target())
                    : targets.image(a.source(), Destination.parse(ref.target()));
            if (hit.problem() != null) {
                findings.add(a.file(), IMAGE_MISSING, ref.line(), ref.column(), hit.problem());
            }
            return;
        }
        Destination d = ref.kind() == LinkRef.Kind.LINK ? Destination.parse(ref.target())
                : Destination.tag(ref.kind() == LinkRef.Kind.POST_URL, ref.target());
        ArticleFacts target;
        if (d.form() == Destination.Form.ANCHOR) {
            target = a;
        } else {
            LinkTargets.ArticleHit hit = targets.article(a.source(), d);
            if (hit.problem() != null) {
                findings.add(a.file(), LINK_BROKEN, ref.line(), ref.column(), hit.problem());
                return;
            }
            target = hit.article();
        }
        if (target != null && d.fragment() != null && !d.fragment().isEmpty()) {
            String problem = LinkTargets.anchorProblem(target, target == a, d.written(), d.fragment());
            if (problem != null) {
                findings.add(a.file(), LINK_ANCHOR, ref.line(), ref.column(), problem);
            }
        }
    }
}
