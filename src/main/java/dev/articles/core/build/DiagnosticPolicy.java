package dev.articles.core.build;

import dev.articles.core.check.Findings;
import dev.articles.core.check.Suppressions;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.core.settings.CheckSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the user's say to raw findings, the same way for every rule: levels from the pom (a rule may be made
 * stricter, milder or off), then per-article suppressions, then reports suppressions that suppressed nothing.
 */
final class DiagnosticPolicy {
    private DiagnosticPolicy() {
    }

    static List<Diagnostic> apply(List<Diagnostic> raw, Map<Path, Suppressions> suppressions, CheckSettings settings) {
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : raw) {
            Severity severity = RuleCatalog.severityOf(settings, d.rule());
            if (severity == null) {
                continue;
            }
            Suppressions s = suppressions.get(d.file());
            if (s != null && s.suppresses(d, RuleCatalog::get)) {
                continue;
            }
            kept.add(severity == d.severity() ? d
                    : new Diagnostic(d.file(), d.line(), d.column(), severity, d.rule(), d.message()));
        }
        Set<String> off = new HashSet<>();
        RuleCatalog.all().forEach(r -> {
            if (RuleCatalog.severityOf(settings, r.id()) == null) {
                off.add(r.id());
            }
        });
        List<Diagnostic> unused = new ArrayList<>();
        Findings findings = new Findings(unused, List.of(Suppressions.SUPPRESSION_UNUSED));
        List<String> suppressible = RuleCatalog.all().stream().filter(Rule::configurable).map(Rule::id).toList();
        suppressions.values().forEach(s -> s.reportUnused(findings, off, RuleCatalog::get, suppressible));
        for (Diagnostic d : unused) {
            Severity severity = RuleCatalog.severityOf(settings, d.rule());
            if (severity != null) {
                kept.add(new Diagnostic(d.file(), d.line(), d.column(), severity, d.rule(), d.message()));
            }
        }
        return kept;
    }
}
