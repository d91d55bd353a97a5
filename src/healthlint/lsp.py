"""healthlint as a language server (LSP over stdio, built on pygls 2).

Editors get the same findings as ``healthlint check`` while the copy is being
written: diagnostics on open, save and (debounced) change, plus two quick
fixes per finding. Only ``healthlint lsp`` imports this module, so pygls stays
off the start-up path of ``healthlint check``.

Positions: healthlint counts 1-based code points; LSP counts 0-based code
units of the negotiated ``positionEncoding`` (UTF-16 unless the client offers
UTF-32, which we then prefer: it is healthlint's own unit).
"""
from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Sequence

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import to_fs_path
from pygls.workspace.position_codec import PositionCodec

from . import __version__
from . import config as config_mod
from .document import normalise_newlines
from .findings import Finding, Notice, Severity

DEBOUNCE_SECONDS = 0.3
SOURCE = "healthlint"
RULE_DOCS = "https://github.com/healthlint/healthlint/blob/main/docs/rules.md#{anchor}"
LANGUAGES = {"markdown": "markdown", "mdx": "markdown", "html": "html", "plaintext": "text", "text": "text"}
SUPPRESS = {"markdown": "<!-- healthlint-disable-next-line {rule} -->",
            "html": "<!-- healthlint-disable-next-line {rule} -->",
            "text": "# healthlint-disable-next-line {rule}"}
WATCHED = ("**/.healthlint.yaml", "**/.healthlint.yml", "**/pyproject.toml", "**/*.yaml", "**/*.yml")
SEVERITIES = {Severity.ERROR: lsp.DiagnosticSeverity.Error,
              Severity.WARNING: lsp.DiagnosticSeverity.Warning,
              Severity.INFO: lsp.DiagnosticSeverity.Information}


def format_of(language_id: str | None, path: str | None) -> str | None:
    """healthlint's parser for a document: by languageId first, then by file suffix."""
    from .sources import format_for

    if language_id and language_id.lower() in LANGUAGES:
        return LANGUAGES[language_id.lower()]
    return format_for(path) if path else None


def choose_encoding(offered: Sequence[str] | None) -> str:
    """UTF-32 when the client offers it (no conversion at all), else the mandatory UTF-16."""
    if offered and lsp.PositionEncodingKind.Utf32 in offered:
        return lsp.PositionEncodingKind.Utf32
    return lsp.PositionEncodingKind.Utf16


class Lines:
    """The document as healthlint saw it (BOM dropped, newlines normalised), for position conversion."""

    def __init__(self, text: str, encoding: str) -> None:
        self.bom = 1 if text.startswith("\ufeff") else 0
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.lines = normalise_newlines(text[self.bom:]).split("\n")
        self._codec = PositionCodec(encoding)

    def position(self, line: int, column: int) -> lsp.Position:
        """1-based line and code-point column -> LSP position in the negotiated units."""
        line0, col0 = max(line - 1, 0), max(column - 1, 0)
        if line0 >= len(self.lines):
            return lsp.Position(line=len(self.lines) - 1, character=self._units(len(self.lines) - 1))
        text = self.lines[line0]
        units = self._codec.client_num_units(text[:col0])
        return lsp.Position(line=line0, character=units + (self.bom if line0 == 0 else 0))

    def range(self, line: int, column: int, end_line: int, end_column: int) -> lsp.Range:
        return lsp.Range(start=self.position(line, column), end=self.position(end_line, end_column))

    def line_end(self, line: int) -> lsp.Position:
        line0 = min(max(line - 1, 0), len(self.lines) - 1)
        return lsp.Position(line=line0, character=self._units(line0))

    def _units(self, line0: int) -> int:
        return self._codec.client_num_units(self.lines[line0]) + (self.bom if line0 == 0 else 0)

    def indent(self, line: int) -> str:
        text = self.lines[min(max(line - 1, 0), len(self.lines) - 1)]
        return text[: len(text) - len(text.lstrip(" \t"))]


def diagnostic(finding: Finding, lines: Lines) -> lsp.Diagnostic:
    message = finding.message
    if finding.suggestion:
        message += f"\nSuggestion: {finding.suggestion}"
    return lsp.Diagnostic(
        range=lines.range(finding.line, finding.column, finding.end_line, finding.end_column),
        severity=SEVERITIES[finding.severity],
        code=finding.rule,
        code_description=lsp.CodeDescription(href=RULE_DOCS.format(anchor=finding.rule.lower())),
        source=SOURCE,
        message=message,
    )


def notice_diagnostic(notice: Notice, lines: Lines) -> lsp.Diagnostic:
    """A notice (unknown suppression name, rule time-out) shown where it was found."""
    start = lines.position(notice.line, notice.column) if notice.line else lsp.Position(line=0, character=0)
    return lsp.Diagnostic(
        range=lsp.Range(start=start, end=lines.line_end(notice.line or 1)),
        severity=lsp.DiagnosticSeverity.Error if notice.level == "error" else lsp.DiagnosticSeverity.Warning,
        source=SOURCE,
        message=notice.message,
    )


@dataclass
class Linted:
    """What was published for one version of a document: kept for code actions."""

    version: int | None
    suppress: str | None  # the directive comment for this format, None where there is none
    lines: Lines
    findings: list[tuple[Finding, lsp.Diagnostic, bool]] = field(default_factory=list)  # + is a document rule
    diagnostics: list[lsp.Diagnostic] = field(default_factory=list)


class ConfigProblem(Exception):
    """The config or a rule file is broken: tell the user once, publish nothing."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key  # which configuration (or folder, if discovery failed) it concerns


class RuleCache:
    """One configured RuleSet per config file, reloaded when that file changes."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[tuple, object, tuple[str, ...]]] = {}  # key -> stamp, rules, rule paths

    def for_path(self, document_path: str | None, root: str | None):
        """(key, configured RuleSet) for a document; ConfigProblem if it cannot be built."""
        key = "folder:" + ((os.path.dirname(document_path) if document_path else root) or "")
        try:
            found = None
            if document_path:
                found = config_mod.discover(os.path.dirname(document_path) or ".")
            if found is None and root:
                found = config_mod.discover(root)
            key = str(found) if found else ""
            cached = self._entries.get(key)
            if cached is not None and cached[0] == _stamp(found, cached[2]):
                return key, cached[1]
            from .api import configured_rules  # the one place config becomes a RuleSet

            cfg = config_mod.load(found)
            watched = tuple(os.path.abspath(p) for p in cfg.extra_rule_paths())
            stamp = _stamp(found, watched)  # before loading: a change made meanwhile reloads next time
            ruleset = configured_rules(cfg)
        except Exception as exc:  # a broken config or rule file must never stop the server
            raise ConfigProblem(key, f"healthlint: {exc}") from exc
        self._entries[key] = (stamp, ruleset, watched)
        return key, ruleset

    def forget(self, path: str) -> bool:
        """Drop rule sets built from ``path`` (a config or rule file); True if any was."""
        path = os.path.abspath(path)
        stale = [key for key, (_, _, watched) in self._entries.items()
                 if key and os.path.abspath(key) == path
                 or any(path == w or path.startswith(w.rstrip(os.sep) + os.sep) for w in watched)]
        for key in stale:
            del self._entries[key]
        return bool(stale)


def _stamp(config_path, rule_paths: Sequence[str]) -> tuple:
    """Modification times of a config and its rule files: a changed stamp means reload."""
    files = [str(config_path)] if config_path else []
    for path in rule_paths:
        if os.path.isdir(path):
            files.extend(os.path.join(root, name) for root, _, names in os.walk(path)
                         for name in names if name.endswith((".yaml", ".yml")))
        else:
            files.append(path)
    stamp = []
    for name in sorted(files):
        try:
            stamp.append((name, os.stat(name).st_mtime_ns))
        except OSError:
            stamp.append((name, None))
    return tuple(stamp)


def lint(text: str, fmt: str, path: str, ruleset, encoding: str, version: int | None,
         mdx: bool = False) -> Linted:
    """Lint one snapshot and build its diagnostics (runs in the worker thread)."""
    from .api import lint_text

    result = lint_text(text, ruleset, format=fmt, path=path)
    lines = Lines(text, encoding)
    # MDX has no HTML comments (and healthlint reads no {/* */} directive): no suppression edit there
    linted = Linted(version, None if mdx else SUPPRESS[fmt], lines)
    for finding in result.findings:
        diag = diagnostic(finding, lines)
        rule = ruleset.get(finding.rule)
        linted.findings.append((finding, diag, bool(rule and rule.is_document_rule)))
        linted.diagnostics.append(diag)
    linted.diagnostics.extend(notice_diagnostic(n, lines) for n in result.notices)
    return linted


def code_actions(uri: str, linted: Linted, params: lsp.CodeActionParams,
                 versioned_edits: bool = False) -> list[lsp.CodeAction]:
    """Quick fixes for the findings the request names (or, without any, those it overlaps)."""
    only = params.context.only
    if only and not any(str(kind).startswith(lsp.CodeActionKind.QuickFix) for kind in only):
        return []
    asked = [d for d in params.context.diagnostics if d.source == SOURCE and d.code]
    if asked:
        chosen = [item for item in linted.findings
                  if any(d.code == item[1].code and d.range == item[1].range for d in asked)]
    else:
        chosen = [item for item in linted.findings if _overlaps(item[1].range, params.range)]

    def edit(*edits: lsp.TextEdit) -> lsp.WorkspaceEdit:
        if versioned_edits:
            doc = lsp.OptionalVersionedTextDocumentIdentifier(uri=uri, version=linted.version)
            return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(text_document=doc, edits=list(edits))])
        return lsp.WorkspaceEdit(changes={uri: list(edits)})

    actions: list[lsp.CodeAction] = []
    suppressed: set[tuple[str, int]] = set()
    for finding, diag, document_rule in chosen:
        # a page-level rule's suggestion is not a rewrite of the claim; and a span that cuts
        # through markup (`<b>cures</b> pain` from inside the tag) would leave it broken
        if finding.suggestion and not document_rule and _markup_balanced(finding.text):
            actions.append(lsp.CodeAction(
                title=f"Replace with suggested rewrite ({finding.rule})",
                kind=lsp.CodeActionKind.QuickFix, diagnostics=[diag], is_preferred=True,
                edit=edit(lsp.TextEdit(range=diag.range, new_text=finding.suggestion))))
        if linted.suppress is None or (finding.rule, finding.line) in suppressed:
            continue
        suppressed.add((finding.rule, finding.line))
        comment = linted.suppress.format(rule=finding.rule)
        at = lsp.Position(line=finding.line - 1, character=linted.lines.bom if finding.line == 1 else 0)
        new_text = linted.lines.indent(finding.line) + comment + linted.lines.newline
        actions.append(lsp.CodeAction(
            title=f"Suppress {finding.rule} for this line",
            kind=lsp.CodeActionKind.QuickFix, diagnostics=[diag],
            edit=edit(lsp.TextEdit(range=lsp.Range(start=at, end=at), new_text=new_text))))
    return actions


def _markup_balanced(source: str) -> bool:
    """No tag, and emphasis/code/link markers in pairs: replacing the whole span keeps the page valid."""
    if "<" in source or ">" in source or source.count("[") != source.count("]"):
        return False
    return all(source.count(mark) % 2 == 0 for mark in "*_`")


def _overlaps(a: lsp.Range, b: lsp.Range) -> bool:
    key = lambda p: (p.line, p.character)  # noqa: E731
    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


class HealthlintProtocol(LanguageServerProtocol):
    """pygls' protocol, except that it negotiates our position-encoding preference."""

    @lsp_method(lsp.INITIALIZE)
    def lsp_initialize(self, params: lsp.InitializeParams):
        general = params.capabilities.general
        if general is not None:  # pygls takes the client's first supported choice: make it ours
            general.position_encodings = [choose_encoding(general.position_encodings)]
        return (yield from super().lsp_initialize(params))


class HealthlintServer(LanguageServer):
    """State: open documents, pending lints, the last published result, the rule cache."""

    def __init__(self) -> None:
        super().__init__("healthlint", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Full,
                         protocol_cls=HealthlintProtocol)
        self.rules = RuleCache()
        self.open: set[str] = set()
        self.pending: dict[str, asyncio.Task] = {}
        self.published: dict[str, Linted] = {}
        self.errors_shown: dict[str, str] = {}  # config key -> the error message shown for it
        # one worker: lints run off the event loop, one at a time, so the cache needs no lock
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="healthlint-lint")

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, cancelling a lint still pending for it."""
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        task = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))
        self.pending[uri] = task
        task.add_done_callback(lambda done: self.pending.pop(uri, None) if self.pending.get(uri) is done else None)

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        if uri not in self.open:
            return
        doc = self.workspace.get_text_document(uri)
        fmt = format_of(doc.language_id, doc.path)
        if fmt is None:
            return
        mdx = (doc.language_id or "").lower() == "mdx" or (doc.path or "").lower().endswith(".mdx")
        version, text = doc.version, doc.source
        encoding = self.workspace.position_encoding or lsp.PositionEncodingKind.Utf16
        root = self.workspace.root_path
        path = to_fs_path(uri) if uri.startswith("file:") else None

        def work() -> tuple[str, Linted]:
            key, ruleset = self.rules.for_path(path, root)
            return key, lint(text, fmt, path or uri, ruleset, encoding, version, mdx)

        try:
            key, linted = await asyncio.get_running_loop().run_in_executor(self.worker, work)
        except ConfigProblem as exc:
            self._show_error(exc.key, str(exc))
            return
        except Exception as exc:  # an engine bug must not take the editor's server down
            self._show_error(uri, f"healthlint: internal error on {uri}: {type(exc).__name__}: {exc}")
            return
        self.errors_shown.pop(key, None)
        self.errors_shown.pop(uri, None)
        if uri not in self.open or self.workspace.get_text_document(uri).version != version:
            return  # closed or changed meanwhile: a newer lint is on its way
        self.published[uri] = linted
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=linted.diagnostics))

    def _show_error(self, key: str, message: str) -> None:
        if self.errors_shown.get(key) != message:  # once, not on every keystroke
            self.errors_shown[key] = message
            self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error, message=message))

    def settings_changed(self, uri: str) -> bool:
        """Is ``uri`` a config file, or a rule file a cached rule set was built from? (Drops those.)"""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if not path:
            return False
        forgotten = self.rules.forget(path)
        return forgotten or os.path.basename(path) in (*config_mod.CONFIG_NAMES, "pyproject.toml")

    def warm_up(self, root: str | None) -> None:
        try:
            self.rules.for_path(None, root)
        except ConfigProblem:
            pass  # reported when a document is linted

    def relint_all(self) -> None:
        for uri in sorted(self.open):
            self.schedule(uri, 0)


def build_server() -> HealthlintServer:
    server = HealthlintServer()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: HealthlintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.open.add(params.text_document.uri)
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: HealthlintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, DEBOUNCE_SECONDS)

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: HealthlintServer, params: lsp.InitializedParams) -> None:
        ls.worker.submit(ls.warm_up, ls.workspace.root_path)  # load rules while the editor opens files
        watch = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watch and watch.dynamic_registration:  # hear of config edits made outside the editor too
            ls.client_register_capability(lsp.RegistrationParams(registrations=[lsp.Registration(
                id="healthlint-settings", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=lsp.DidChangeWatchedFilesRegistrationOptions(
                    watchers=[lsp.FileSystemWatcher(glob_pattern=g) for g in WATCHED]))]))

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: HealthlintServer, params: lsp.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if ls.settings_changed(uri):
            ls.relint_all()  # a config or rule file changed: every open document may lint differently
        elif uri in ls.open:
            ls.schedule(uri, 0)

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_changed(ls: HealthlintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        if [change for change in params.changes if ls.settings_changed(change.uri)]:  # all, not any
            ls.relint_all()

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: HealthlintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.open.discard(uri)
        pending = ls.pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        if ls.published.pop(uri, None) is not None:
            ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]))
    def code_action(ls: HealthlintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        uri = params.text_document.uri
        linted = ls.published.get(uri)
        if linted is None or uri not in ls.open or ls.workspace.get_text_document(uri).version != linted.version:
            return []  # no result for this version: edits could land in the wrong place
        caps = ls.client_capabilities.workspace
        versioned = bool(caps and caps.workspace_edit and caps.workspace_edit.document_changes)
        return code_actions(uri, linted, params, versioned_edits=versioned)

    return server


def main() -> int:
    """Serve over stdin/stdout until the client says exit: status 0 after a shutdown request,
    1 without one (the LSP rule; pygls' own sys.exit is swallowed by its loop)."""
    server = build_server()
    server.start_io()
    return 0 if getattr(server.protocol, "_shutdown", True) else 1
