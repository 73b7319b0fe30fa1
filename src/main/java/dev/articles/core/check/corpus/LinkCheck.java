package dev.articles.core.check.corpus;

import dev.articles.core.check.ArticleFacts.LinkRef;
import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.Findings;
import dev.articles.core.check.LinkTargets;
import dev.articles.core.link.Destination;
import dev.articles.core.model.Rules;
import java.util.Arrays;
import java.util.List;

/**
 * Rules {@code link.broken}, {@code link.anchor} and {@code image.missing}: every reference into the content must
 * lead somewhere. Each finding points at the destination as written (for Jekyll tags, at the tag).
 */
public final class LinkCheck implements CorpusCheck {

    @Override
    public Object input(ArticleFacts a) {
        // Its own links, and what makes it a target: slug and anchors (its path is the same file's).
        return Arrays.asList(a.links(), a.slug(), List.copyOf(a.headingIds()));
    }

    @Override
    public void check(List<ArticleFacts> articles, Findings findings) {
        if (articles.stream().allMatch(a -> a.links().isEmpty())) {
            return;
        }
        LinkTargets targets = LinkTargets.of(LinkTargets.contentDirectoryOf(articles.get(0)), articles);
        for (ArticleFacts a : articles) {
            for (LinkRef ref : a.links()) {
                check(a, ref, targets, findings);
            }
        }
    }

    private static void check(ArticleFacts a, LinkRef ref, LinkTargets targets, Findings findings) {
        if (ref.kind() == LinkRef.Kind.IMAGE) {
            LinkTargets.ImageHit hit = targets.image(a.source(), Destination.parse(ref.target()));
            if (hit.problem() != null) {
                findings.add(a.file(), Rules.IMAGE_MISSING, ref.line(), ref.column(), hit.problem());
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
                findings.add(a.file(), Rules.LINK_BROKEN, ref.line(), ref.column(), hit.problem());
                return;
            }
            target = hit.article();
        }
        if (target != null && d.fragment() != null && !d.fragment().isEmpty()) {
            String problem = LinkTargets.anchorProblem(target, target == a, d.written(), d.fragment());
            if (problem != null) {
                findings.add(a.file(), Rules.LINK_ANCHOR, ref.line(), ref.column(), problem);
            }
        }
    }
}
