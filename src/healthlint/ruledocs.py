"""Human documentation generated from the rules themselves (list, explain)."""
from __future__ import annotations

from typing import Iterable

from .rules.ruleset import CompiledRule


def listing(rules: Iterable[CompiledRule]) -> str:
    rows = [(r.id, r.category, str(r.severity), r.name) for r in rules]
    if not rows:
        return "No rules loaded.\n"
    widths = [max(len(row[i]) for row in rows + [("ID", "CATEGORY", "SEVERITY", "NAME")]) for i in range(4)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(("ID", "CATEGORY", "SEVERITY", "NAME"), widths)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def explain(rule: CompiledRule) -> str:
    out = [f"{rule.id}  {rule.name}", "",
           f"category: {rule.category}    severity: {rule.severity}    kind: {rule.kind}", ""]
    if rule.description:
        out += ["Why it matters:", f"  {rule.description}", ""]
    out += ["Message:", f"  {rule.message}", ""]
    if rule.suggestion:
        out += ["Suggested rewrite:", f"  {rule.suggestion}", ""]
    if rule.references:
        out += ["Regulatory basis:"] + [f"  - {r}" for r in rule.references] + [""]
    if rule.unless or rule.downgrade:
        parts = [f"not flagged when {', '.join(rule.unless)}"] if rule.unless else []
        parts += [f"lowered to {sev} when {name}" for name, sev in rule.downgrade]
        out += ["Context:", "  " + "; ".join(parts), ""]
    out += ["Flags (bad):"] + [f"  - {b}" for b in rule.bad] + [""]
    out += ["Leaves alone (good):"] + [f"  - {g}" for g in rule.good] + [""]
    out += [f"Defined at: {rule.source}", ""]
    return "\n".join(out)


# --- Rule reference (docs/rules.md), SARIF help, and the rule-file JSON Schema -------------

DOCS_URL = "https://github.com/healthlint/healthlint/blob/main/docs/rules.md"
SCHEMA_URL = "https://raw.githubusercontent.com/healthlint/healthlint/main/docs/rule-schema.json"
REGENERATE = "healthlint rules docs --shipped > docs/rules.md"

POLICY_TEXT = {
    "negated": 'negated ("not a cure")',
    "hedged": 'hedged ("may help")',
    "cited": "cited (a citation in the same or the next sentence)",
    "quoted": "quoted (a quotation of three words or more)",
    "question": 'asked as a question ("Is ketamine safe?")',
    "supervised": "supervised (supervision or individualisation in the same paragraph)",
    "supervised_here": "supervised in the same sentence (a clinician's say elsewhere in the paragraph does not cover a push to take more)",
    "risk_section": "under a side-effects, missed-dose, warnings or stopping heading (risk information)",
    "linked": "wholly inside a link's text (a call-to-action button)",
    "headline": "in the page's headline (its <title> or a level-1 heading)",
    "subheading": "in a heading below the headline (level 2 or lower)",
    "named": 'the name of a product, clinic or programme ("Calm Skin" balm)',
}

CATEGORY_TEXT = {
    "efficacy": "Unsupported or absolute efficacy and outcome claims.",
    "establishment": "Claims that evidence exists, without a verifiable citation.",
    "safety": "Safety minimisation or absolute safety.",
    "dosing": "A dose or regimen stated without context (who decides it, under what supervision).",
    "regulatory_status": "Approval status used to imply more than it is.",
    "comparative": "Superiority over other treatments without head-to-head evidence.",
    "promotional": "Inducement, emotive or urgency language.",
    "testimonial": "Anecdotes or testimonials offered as evidence.",
    "risk_disclosure": "Document-level: benefits are promoted but risks are not disclosed (fair balance).",
}


def anchor(rule_id: str) -> str:
    """The docs/rules.md fragment of a rule: its heading is the bare id, so GitHub's slug is the id lower-cased."""
    return rule_id.lower()


def is_shipped(rule: CompiledRule) -> bool:
    from .rules.loader import packs_root

    return rule.source.startswith(str(packs_root()))


def help_uri(rule: CompiledRule) -> str | None:
    """Link to the rule's section of the published reference; only shipped rules are in it."""
    return f"{DOCS_URL}#{anchor(rule.id)}" if is_shipped(rule) else None


def context_sentence(unless: Iterable[str], downgrade: Iterable[tuple[str, object]]) -> str:
    """The context policies in words: 'Not flagged when negated (...). Lowered to info when cited (...).'"""
    parts = []
    unless = list(unless)
    if unless:
        parts.append("Not flagged when " + _or([POLICY_TEXT.get(p, p) for p in unless]) + ".")
    for name, severity in downgrade:
        parts.append(f"Lowered to {severity} when {POLICY_TEXT.get(name, name)}.")
    return " ".join(parts)


def _or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def help_text(rule: CompiledRule) -> str:
    """Plain-text help (SARIF ``help.text``): why, basis, suggestion, context, examples."""
    out = []
    if rule.description:
        out.append(rule.description)
    if rule.references:
        out.append("Basis: " + "; ".join(rule.references) + ".")
    if rule.suggestion:
        out.append("Suggested rewrite: " + rule.suggestion)
    context = context_sentence(rule.unless, rule.downgrade)
    if context:
        out.append(context)
    out.append("Flags: " + " | ".join(rule.bad))
    out.append("Leaves alone: " + " | ".join(rule.good))
    return "\n\n".join(out)


def help_markdown(rule: CompiledRule) -> str:
    """Markdown help (SARIF ``help.markdown``), the same content as ``help_text``."""
    out = []
    if rule.description:
        out.append(md_escape(rule.description))
    if rule.references:
        out.append("**Basis:** " + "; ".join(md_escape(r) for r in rule.references))
    if rule.suggestion:
        out.append("**Suggested rewrite:** " + md_escape(rule.suggestion))
    context = context_sentence(rule.unless, rule.downgrade)
    if context:
        out.append("**Context:** " + md_escape(context))
    out.append("**Flags:**\n\n" + "\n".join(f"- {md_escape(b)}" for b in rule.bad))
    out.append("**Leaves alone:**\n\n" + "\n".join(f"- {md_escape(g)}" for g in rule.good))
    uri = help_uri(rule)
    if uri:
        out.append(f"[Rule reference]({uri})")
    return "\n\n".join(out)


_MD_SPECIAL = set("\\`*_[]<>|#~")


def md_escape(text: str) -> str:
    """Backslash-escape what Markdown would otherwise read as markup (rule text is prose, never markup)."""
    text = " ".join(str(text).split())
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in text).replace("&", "&amp;")


def _code(text: str) -> str:
    ticks = "`"
    while ticks in text:
        ticks += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _fence(lines: Iterable[str]) -> list[str]:
    lines = list(lines)
    fence = "```"
    while any(fence in line for line in lines):
        fence += "`"
    return [f"{fence}text", *lines, fence]


def shipped_files():
    """Every shipped rule file, pack by pack, over all profiles (what docs/rules.md documents)."""
    from .rules.loader import packs_root, profiles

    root = packs_root()
    packs: list[str] = []
    for names in profiles().values():
        packs += [p for p in names if p not in packs]
    return [f for pack in packs for f in sorted((root / pack).glob("*.yaml"))]


def _parse_files(files):
    """(path, RuleFile) for each file; the loader has already refused invalid ones."""
    from .rules.schema import RuleFile
    from . import yamlsrc

    parsed = []
    for path in files:
        data = yamlsrc.load(path).data
        parsed.append((path, RuleFile.model_validate({"rules": data} if isinstance(data, list) else data)))
    return parsed


def _display_path(path) -> str:
    import os
    from pathlib import Path

    from .rules.loader import packs_root

    path = Path(path).resolve()
    root = packs_root()
    if path.is_relative_to(root):
        return "rules/" + path.relative_to(root).as_posix()
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def markdown(files, title: str = "healthlint rule reference", command: str = REGENERATE) -> str:
    """The rule reference: every rule of ``files`` by category, with what it flags, why, its
    basis, examples, suggestion and context policies. Generated, never edited by hand."""
    from .findings import CATEGORIES
    from .rules.loader import profiles

    parsed = _parse_files(files)
    in_profiles: dict[str, list[str]] = {}
    for profile, packs in profiles().items():
        for pack in packs:
            in_profiles.setdefault(pack, []).append(profile)
    entries = [(rule, rf.pack, _display_path(path)) for path, rf in parsed for rule in rf.rules]
    out = [f"# {title}", "",
           f"<!-- Generated from the YAML rule files by `{command}`. Do not edit by hand. -->", "",
           f"{len(entries)} rules. Each section says what the rule flags, why it matters and on what "
           "basis, what it suggests instead, which context cancels or lowers it, and sentences it "
           "must flag and must leave alone (they run in the test suite). Severity is the default; "
           "configuration can change it.", ""]
    packs = []
    for path, rf in parsed:
        if rf.pack and rf.pack not in [p for p, _ in packs]:
            packs.append((rf.pack, rf.description))
    if packs:
        out += ["| pack | profiles |", "|---|---|"]
        out += [f"| `{p}` | {', '.join(in_profiles.get(p, [])) or '(extra rules)'} |" for p, _ in packs]
        out.append("")
    out += ["| rule | name | category | severity |", "|---|---|---|---|"]
    ordered = []
    for category in CATEGORIES:
        ordered += [e for e in entries if e[0].category == category]
    out += [f"| [{r.id}](#{anchor(r.id)}) | {r.name} | {r.category} | {r.severity} |" for r, _, _ in ordered]
    out.append("")
    for category in CATEGORIES:
        rules = [e for e in ordered if e[0].category == category]
        if not rules:
            continue
        out += [f"## {category}", "", CATEGORY_TEXT.get(category, ""), ""]
        for rule, pack, where in rules:
            out += _rule_section(rule, pack, where)
    out += _genre_section(parsed)
    out += _lexicon_section(parsed, entries)
    return "\n".join(out).rstrip("\n") + "\n"


def _genre_section(parsed) -> list[str]:
    """Every page genre: what it is, when a page belongs to it, what it lowers, its signals."""
    genres = [(name, spec, _display_path(path)) for path, rf in parsed for name, spec in rf.genres.items()]
    if not genres:
        return []
    out = ["## Page genres", "",
           "A page of a genre keeps its findings, but those of the lowered categories drop to the given "
           "severity. A page belongs to a genre when at least the given number of its signals occur in "
           "its prose and no finding of a vetoing category was made on it (at any severity). Pages linted "
           "in pieces (1 MiB or more) are never classified.", ""]
    for name, spec, where in genres:
        out += [f"**`{name}`** (defined in `{where}`)", "", md_escape(spec.description), "",
                f"- lowers: {', '.join(spec.lowers)} to **{spec.to}**",
                f"- needs: {spec.min_signals} of {len(spec.signals)} signals, and no "
                f"{' or '.join(spec.unless_categories) or '(any)'} finding"]
        if spec.references:
            out.append(f"- basis: {'; '.join(spec.references)}")
        out += ["", "<details><summary>signals</summary>", ""] + _fence(spec.signals) + ["", "</details>", ""]
    return out


def _lexicon_section(parsed, entries) -> list[str]:
    """Every lexicon: where it is defined, which rules use it (directly or through another), its entries."""
    from .rules.lexicon import references
    from .rules.loader import _regex_fields

    lexicons = [(name, terms, _display_path(path)) for path, rf in parsed for name, terms in rf.lexicon.items()]
    if not lexicons:
        return []
    nested = {name: set(r for t in terms for r in references(t)) for name, terms, _ in lexicons}

    def closure(names: set[str]) -> set[str]:
        todo, seen = list(names), set()
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo += nested.get(n, ())
        return seen

    users: dict[str, list[str]] = {name: [] for name, _, _ in lexicons}
    for rule, _, _ in entries:
        texts = [t for _, t in _regex_fields(rule)] + list(getattr(rule, "phrases", []) or [])
        for name in sorted(closure({r for t in texts for r in references(t)})):
            users.setdefault(name, []).append(rule.id)
    out = ["## Lexicons", "",
           "Named vocabularies. A rule writes `{{name}}` in a phrase, pattern or context regex; the loader "
           "replaces it with `(?:entry|entry|...)` before compiling. Entries are regexes, tried in order "
           "(put longer alternatives first). Names are shared by every loaded rule file, so a team's "
           "own rules can use these and define new ones (a name defined twice is an error).", "",
           "| lexicon | defined in | entries | used by |", "|---|---|---|---|"]
    for name, terms, where in lexicons:
        used = ", ".join(f"[{i}](#{anchor(i)})" for i in users.get(name, [])) or "(no rule)"
        out.append(f"| `{name}` | `{where}` | {len(terms)} | {used} |")
    out.append("")
    for name, terms, where in lexicons:
        out += [f"<details><summary><code>{{{{{name}}}}}</code></summary>", ""] + _fence(terms) + ["", "</details>", ""]
    return out


def _rule_section(rule, pack, where) -> list[str]:
    out = [f"### {rule.id}", "",
           f"`{rule.name}` · {rule.category} · **{rule.severity}** · {rule.kind} rule"
           + (f" · pack `{pack}`" if pack else "") + f" · defined in `{where}`", ""]
    message = rule.message.replace("{match}", "…").replace("{missing}", "(missing topics)")
    out += [f"**What it flags.** {md_escape(message)}", ""]
    matching, details = _matching(rule)
    out += matching
    if rule.description:
        out += [f"**Why it matters.** {md_escape(rule.description)}", ""]
    if rule.references:
        out += ["**Basis.** " + "; ".join(md_escape(r) for r in rule.references), ""]
    if rule.suggestion:
        out += [f"**Suggestion.** {md_escape(rule.suggestion)}", ""]
    context = context_sentence(rule.unless, rule.downgrade.items())
    extra = []
    if rule.blocks:
        extra.append("Only in " + _or(list(rule.blocks)) + " text.")
    if rule.case_sensitive:
        extra.append("Case-sensitive.")
    if context or extra:
        out += ["**Context.** " + md_escape(" ".join(filter(None, [context, *extra]))), ""]
    out += ["**Flags:**", ""] + [f"- {md_escape(b)}" for b in rule.examples.bad] + [""]
    out += ["**Leaves alone:**", ""] + [f"- {md_escape(g)}" for g in rule.examples.good] + [""]
    return out + details


def _matching(rule) -> tuple[list[str], list[str]]:
    """How the rule matches: phrases in words, regexes folded away in a details block."""
    out = []
    phrases = getattr(rule, "phrases", None) or []
    if phrases:
        how = "case-insensitive, whole words" + (", with -s/-es/-ed/-ing" if getattr(rule, "inflect", True) else "")
        out += [f"Phrases ({how}): " + ", ".join(_code(p) for p in phrases), ""]
    blocks = []
    if getattr(rule, "patterns", None):
        blocks.append(("Patterns", rule.patterns))
    for _, context in (rule.contexts() if rule.kind == "context" else []):
        if context.absent:
            out += [f"Counts only when none of the context patterns below occurs in the same {context.scope}.", ""]
            blocks.append((f"Context absent ({context.scope})", context.absent))
        if context.present:
            out += [f"Counts only when one of the context patterns below occurs in the same {context.scope}.", ""]
            blocks.append((f"Context present ({context.scope})", context.present))
    if rule.kind == "classifier":
        out += [f"Scores every sentence with the sentence model `{rule.model}` and flags those whose "
                f"probability for the label `{rule.label}` is at least {rule.threshold:g}; the finding "
                "marks the words that weighed most.", ""]
    if rule.kind == "document":
        triggers = ", ".join(rule.triggers.categories)
        when = []
        if rule.requires:
            when.append("none of the required patterns below occurs"
                        + (" outside discounted sentences" if rule.discount else ""))
        if rule.topics:
            when.append("a topic below is never mentioned (the message names the missing ones)")
        subject = ", on pages that mention the subject below," if rule.subject else ""
        out += [f"Fires once per document{subject} at the first {rule.triggers.min_severity} or worse finding "
                f"of: {triggers}, when {' or when '.join(when)}.", ""]
        if rule.subject:
            blocks.append(("Applies only when the document mentions", rule.subject))
        if rule.requires:
            blocks.append(("Required (any of)", rule.requires))
        if rule.discount:
            blocks.append(("Does not count in sentences matching", rule.discount))
        for topic, patterns in rule.topics.items():
            blocks.append((f"Topic '{topic}'", patterns))
    details = []
    if blocks:
        details += ["<details><summary>Regular expressions</summary>", ""]
        for label, patterns in blocks:
            details += [f"{label}:", ""] + _fence(patterns) + [""]
        details += ["</details>", ""]
    return out, details


def json_schema() -> dict:
    """JSON Schema of a rule file (a mapping with ``rules:`` or a bare list of rules), from the
    pydantic models, for editor completion and validation (yaml-language-server)."""
    from typing import Union

    from pydantic import TypeAdapter

    from .rules.schema import Rule, RuleFile

    schema = TypeAdapter(Union[RuleFile, list[Rule]]).json_schema()
    # draft-07: what yaml-language-server supports; pydantic's "$defs" refs are plain JSON pointers there
    return {"$schema": "http://json-schema.org/draft-07/schema#", "$id": SCHEMA_URL,
            "title": "healthlint rule file",
            "description": "A list of rules, or a mapping with 'rules:' and optional pack metadata. "
                           "See docs/rules.md and the README's 'Writing rules'.", **schema}
