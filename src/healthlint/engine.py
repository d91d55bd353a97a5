"""Rule set x Document -> findings. Pure: no I/O, no printing, no config reading."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from . import suppression
from .document import Document
from .findings import Finding, Notice, Severity
from .genres import lowered
from .matchers.base import RuleTimeout
from .matchers.classifier import ModelError
from .policies import POLICIES
from .rules.ruleset import CompiledRule, RuleSet


@dataclass(frozen=True)
class LintResult:
    """What linting one document produced; picklable, so workers can return it."""

    path: str
    findings: tuple[Finding, ...]
    notices: tuple[Notice, ...] = ()
    lines: dict[int, str] = field(default_factory=dict)  # source lines that findings point at
    source: str | None = None  # whole normalised source, only if asked (the HTML report shows it)


class _Vars(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def candidates_for(doc: Document):
    """Per rule, its prefilter's candidate starts in ``doc``: one literal scan of the prose
    per prefilter (normally one), made when a rule first asks."""
    scans: dict[int, object] = {}

    def candidates(rule: CompiledRule):
        shared = getattr(rule.matcher, "prefilter", None)
        if shared is None:
            return None
        if id(shared) not in scans:
            scans[id(shared)] = shared.scan(doc.prose)
        return scans[id(shared)]

    return candidates


def lint_document(doc: Document, ruleset: RuleSet, *, keep_source: bool = False) -> LintResult:
    notices: list[Notice] = []
    span_findings: list[Finding] = []
    document_rules: list[CompiledRule] = []
    candidates = candidates_for(doc)

    def timed_out(rule: CompiledRule) -> Notice:
        return Notice(doc.path, 0, 0, f"rule {rule.id} timed out on this file and was skipped "
                                      f"(its pattern backtracks catastrophically: {rule.source})", "error")

    for rule in ruleset.active:
        if rule.is_document_rule:
            document_rules.append(rule)
            continue
        try:
            span_findings.extend(_span_findings(doc, rule, candidates(rule)))
        except RuleTimeout:
            notices.append(timed_out(rule))
        except ModelError as exc:  # a sentence model gone or spoilt since its rule set was cached
            notices.append(Notice(doc.path, 0, 0, f"rule {rule.id} was skipped: {exc}", "error"))
    suppressions, suppression_notices = suppression.parse(doc, ruleset.known_names)
    notices.extend(suppression_notices)
    kept = one_per_claim(doc, [f for f in span_findings if not suppressions.covers(f)], ruleset.merge,
                         ruleset.secondary)
    if ruleset.genres:
        kept = lowered(doc.prose, ruleset.genres, span_findings, kept)
    for rule in document_rules:
        try:
            verdict = rule.matcher.evaluate(doc, kept, candidates(rule))
        except TimeoutError:
            notices.append(timed_out(rule))
            continue
        if verdict is None:
            continue
        finding = document_finding(rule, *verdict)
        if not suppressions.covers(finding):
            kept.append(finding)
    kept.sort()
    lines = {line: doc.line_text(line) for line in {f.line for f in kept}}  # each line copied once
    return LintResult(doc.path, tuple(kept), tuple(sorted(notices)), lines, doc.text if keep_source else None)


def one_per_claim(doc: Document, findings: list[Finding], mode: str,
                  secondary: frozenset[str] = frozenset()) -> list[Finding]:
    """Same-category findings in one sentence are one claim to a reader (and to the scorer):
    keep the most severe, earliest one and name the others' rules in its ``also``.
    ``mode`` "overlap" merges only findings that overlap or touch; "none" keeps all.
    A ``secondary`` rule's finding (a sentence model's) is kept only when no other rule
    of the same severity found the claim, and never widens another rule's span."""
    if mode == "none" or len(findings) < 2:
        return findings
    starts = [doc.source_span(s, e)[0] for s, e in doc.sentences] or [0]
    clusters: dict[tuple[str, int], list[list[Finding]]] = {}
    for f in sorted(findings, key=lambda f: (f.start, f.end, f.rule)):
        runs = clusters.setdefault((f.category, bisect_right(starts, f.start) - 1), [])
        if runs and (mode == "sentence" or _touches(doc.text, max(g.end for g in runs[-1]), f.start)):
            runs[-1].append(f)
        else:
            runs.append([f])
    merged = []
    for runs in clusters.values():
        for run in runs:
            keep = min(run, key=lambda f: (-f.severity, f.rule in secondary, f.start, f.rule))
            also = sorted({f.rule for f in run} - {keep.rule})
            if keep.rule not in secondary:
                run = [f for f in run if f.rule not in secondary]
            merged.append(_cover(doc, replace(keep, also=tuple(also)), run) if also else keep)
    return merged


def _cover(doc: Document, keep: Finding, run: list[Finding]) -> Finding:
    """Widen the kept span over the merged findings that overlap it, so the whole claim is marked."""
    s = min([keep.start] + [f.start for f in run if f.start < keep.end and keep.start < f.end])
    e = max([keep.end] + [f.end for f in run if f.start < keep.end and keep.start < f.end])
    if (s, e) == (keep.start, keep.end):
        return keep
    (line, column), (end_line, end_column) = doc.line_col(s), doc.line_col(e)
    return replace(keep, start=s, end=e, line=line, column=column, end_line=end_line, end_column=end_column,
                   text=doc.text[s:e])


def _touches(text: str, end: int, start: int) -> bool:
    """``start`` overlaps a span ending at ``end``, or only spaces and light punctuation lie between."""
    return start <= end or (start - end <= 3 and not text[end:start].strip(" \t,;:-\u2013\u2014"))


def _span_findings(doc: Document, rule: CompiledRule, candidates, matches=None):
    """Findings of one span rule; ``matches`` replaces the matcher's own spans when given."""
    for start, end in rule.matcher.find(doc, candidates) if matches is None else matches:
        if any(POLICIES[name](doc, start, end) for name in rule.unless):
            continue
        severity = rule.severity
        for name, lowered in rule.downgrade:
            if lowered < severity and POLICIES[name](doc, start, end):
                severity = lowered
        yield _finding(doc, rule, start, end, severity, doc.prose[start:end], [])


def document_finding(rule: CompiledRule, trigger: Finding, missing: list[str]) -> Finding:
    """A document rule's finding, placed on its trigger (it needs no Document: a page
    linted in pieces makes it after the piece holding the trigger is gone)."""
    shown = " ".join(trigger.text.split())
    message = rule.message.format_map(_Vars(match=shown, missing=", ".join(missing) or "none"))
    return Finding(path=trigger.path, line=trigger.line, column=trigger.column, rule=rule.id,
                   end_line=trigger.end_line, end_column=trigger.end_column, name=rule.name,
                   category=rule.category, severity=rule.severity, message=message, text=trigger.text,
                   suggestion=rule.suggestion, references=rule.references, start=trigger.start, end=trigger.end)


def _finding(doc: Document, rule: CompiledRule, start: int, end: int, severity: Severity,
             matched: str, missing: list[str], source_offsets: bool = False) -> Finding:
    s, e = (start, end) if source_offsets else doc.source_span(start, end)
    line, column = doc.line_col(s)
    end_line, end_column = doc.line_col(e)
    shown = " ".join(matched.split())
    message = rule.message.format_map(_Vars(match=shown, missing=", ".join(missing) or "none"))
    return Finding(
        path=doc.path,
        line=line,
        column=column,
        rule=rule.id,
        end_line=end_line,
        end_column=end_column,
        name=rule.name,
        category=rule.category,
        severity=severity,
        message=message,
        text=doc.text[s:e],
        suggestion=rule.suggestion,
        references=rule.references,
        start=s,
        end=e,
    )
