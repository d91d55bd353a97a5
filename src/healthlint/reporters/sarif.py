"""--format sarif: SARIF 2.1.0 for GitHub code scanning and SARIF viewers.

One run: the driver lists every active rule (help with the regulatory basis,
a link to docs/rules.md), each finding is a result whose region uses the
contract's 1-based code-point columns (``columnKind: unicodeCodePoints``;
SARIF's default would be UTF-16 units) with an exclusive end, a rule's
suggestion becomes a fix, and Notices (unreadable files, unknown suppression
names) become tool execution notifications. Output is deterministic (no
timestamps), so it can be compared with a golden file.
"""
from __future__ import annotations

import json
import os
import posixpath
from pathlib import Path
from urllib.parse import quote

from .. import __version__, ruledocs

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
MIME = {".md": "text/markdown", ".markdown": "text/markdown", ".mdx": "text/markdown",
        ".html": "text/html", ".htm": "text/html", ".txt": "text/plain"}
SRCROOT = "%SRCROOT%"


def render(results, ruleset, options) -> str:
    results = list(results)
    rules = list(ruleset.active)
    index = {rule.id: i for i, rule in enumerate(rules)}
    for finding in (f for r in results for f in r.findings):  # a library caller's stray rule ids
        if finding.rule not in index:
            extra = ruleset.get(finding.rule)
            if extra is not None:
                index[finding.rule] = len(rules)
                rules.append(extra)
    artifacts: dict[str, int] = {}
    for result in results:
        artifacts.setdefault(result.path, len(artifacts))

    sarif_results = []
    for finding in sorted(f for r in results for f in r.findings):
        rule = ruleset.get(finding.rule)
        sarif_results.append(_result(finding, rule, index.get(finding.rule), artifacts[finding.path]))

    notices = sorted({n for r in results for n in r.notices} | set(getattr(options, "notices", ()) or ()))
    run = {
        "tool": {"driver": {
            "name": "healthlint",
            "version": __version__,
            "semanticVersion": __version__,
            "informationUri": "https://github.com/healthlint/healthlint",
            "rules": [_descriptor(rule) for rule in rules],
        }},
        "invocations": [{
            "executionSuccessful": not any(n.level == "error" for n in notices),
            "toolExecutionNotifications": [_notification(n, artifacts) for n in notices],
        }],
        "originalUriBaseIds": {SRCROOT: {"uri": Path(os.getcwd()).as_uri().rstrip("/") + "/"}},
        "artifacts": [_artifact(path) for path in artifacts],
        "results": sarif_results,
        "columnKind": "unicodeCodePoints",
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def artifact_location(path: str, index: int | None = None) -> dict:
    """A relative path becomes a URI under %SRCROOT% (GitHub resolves it against the repository
    root, so run healthlint there); an absolute one becomes a file: URI."""
    native = Path(path)
    if native.is_absolute():
        location = {"uri": native.as_uri()}
    else:
        relative = posixpath.normpath(path.replace(os.sep, "/"))
        location = {"uri": quote(relative, safe="/"), "uriBaseId": SRCROOT}
    if index is not None:
        location["index"] = index
    return location


def _artifact(path: str) -> dict:
    artifact = {"location": artifact_location(path), "roles": ["analysisTarget"]}
    mime = MIME.get(os.path.splitext(path)[1].lower())
    if mime:
        artifact["mimeType"] = mime
    return artifact


def _region(finding) -> dict:
    return {"startLine": finding.line, "startColumn": finding.column,
            "endLine": finding.end_line, "endColumn": finding.end_column}


def _result(finding, rule, rule_index, artifact_index) -> dict:
    location = {"physicalLocation": {
        "artifactLocation": artifact_location(finding.path, artifact_index),
        "region": {**_region(finding), "snippet": {"text": finding.text}},
    }}
    result = {"ruleId": finding.rule}
    if rule_index is not None:
        result["ruleIndex"] = rule_index
    result.update({
        "level": LEVELS[str(finding.severity)],
        "message": {"text": finding.message},
        "locations": [location],
        "properties": {"category": finding.category, "name": finding.name},
    })
    if finding.also:  # same-category findings merged into this one (one finding per claim)
        result["properties"]["alsoRules"] = list(finding.also)
    document_level = rule.is_document_rule if rule is not None else finding.category == "risk_disclosure"
    if finding.suggestion and not document_level:  # a page-level finding's suggestion is an addition, not a rewrite
        result["fixes"] = [{
            "description": {"text": f"Replace \"{finding.text}\" with the suggested wording (review it first): "
                                    f"{finding.suggestion}"},
            "artifactChanges": [{
                "artifactLocation": artifact_location(finding.path, artifact_index),
                "replacements": [{"deletedRegion": _region(finding),
                                  "insertedContent": {"text": finding.suggestion}}],
            }],
        }]
    return result


def _descriptor(rule) -> dict:
    level = LEVELS[str(rule.severity)]
    descriptor = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.name.replace("-", " ").capitalize() + f" ({rule.category})"},
        "fullDescription": {"text": rule.description or rule.message},
        "help": {"text": ruledocs.help_text(rule), "markdown": ruledocs.help_markdown(rule)},
        "defaultConfiguration": {"level": level},
        "properties": {
            "category": rule.category,
            "references": list(rule.references),
            "tags": ["compliance", rule.category],
        },
    }
    uri = ruledocs.help_uri(rule)
    if uri:
        descriptor["helpUri"] = uri
    return descriptor


def _notification(notice, artifacts: dict[str, int]) -> dict:
    physical = {"artifactLocation": artifact_location(notice.path, artifacts.get(notice.path))}
    if notice.line:
        physical["region"] = {"startLine": notice.line, "startColumn": max(notice.column, 1)}
    return {"level": "error" if notice.level == "error" else "warning",
            "message": {"text": notice.message},
            "locations": [{"physicalLocation": physical}]}
