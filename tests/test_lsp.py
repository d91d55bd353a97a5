"""The language server, spoken to as an editor would: JSON-RPC over the stdio of a
real `python -m healthlint lsp` process. Every wait has a deadline, so a broken
server fails a test instead of hanging it."""
from __future__ import annotations

import asyncio
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("pygls")

from lsprotocol import types as lsp  # noqa: E402

from healthlint.api import load_rules  # noqa: E402
from healthlint.findings import Severity  # noqa: E402
from healthlint.lsp import Lines, choose_encoding, code_actions, format_of, lint  # noqa: E402

SRC = str(Path(__file__).resolve().parents[1] / "src")
TIMEOUT = 20.0  # generous: the machine is shared; a hang still ends here
CLAIM_DOC = "# Relief\n\n\U0001F642\U0001F642 Our infusions eliminate nerve pain for good.\n"
# "🙂🙂 Our infusions " is 17 code points but 19 UTF-16 code units
CLAIM_START, CLAIM_END = 17, 37


class Client:
    """A minimal LSP client: Content-Length framing, a reader thread, deadlines."""

    def __init__(self, cwd: Path) -> None:
        env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.proc = subprocess.Popen([sys.executable, "-m", "healthlint", "lsp"], cwd=cwd, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.inbox: queue.Queue = queue.Queue()
        self.seen: list[dict] = []  # read but not yet consumed
        self.stderr: list[bytes] = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=lambda: self.stderr.extend(self.proc.stderr), daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                if not line.strip():
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            self.inbox.put(json.loads(out.read(int(headers["content-length"]))))

    def send(self, *messages: dict) -> None:
        data = b""
        for message in messages:
            body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
            data += b"Content-Length: %d\r\n\r\n" % len(body) + body
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: dict | None) -> object:
        self.next_id += 1
        ident = self.next_id
        self.send({"id": ident, "method": method, "params": params})
        reply = self.wait(lambda m: m.get("id") == ident and "method" not in m)
        assert "error" not in reply, reply
        return reply["result"]

    def wait(self, match, timeout: float = TIMEOUT) -> dict:
        """The first message (kept or new) that ``match`` accepts; answers server requests."""
        for message in self.seen:
            if match(message):
                self.seen.remove(message)
                return message
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no matching message in {timeout}s; stderr: {b''.join(self.stderr)[-2000:]!r}")
            try:
                message = self.inbox.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                raise AssertionError(f"server closed its output; stderr: {b''.join(self.stderr)[-2000:]!r}")
            if "id" in message and "method" in message:  # a request to the client: accept it
                self.send({"id": message["id"], "result": None})
            if match(message):
                return message
            self.seen.append(message)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = TIMEOUT) -> dict:
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri
                         and (version is None or m["params"].get("version") == version), timeout)["params"]

    def quiet(self, method: str, seconds: float) -> list[dict]:
        """Messages of ``method`` that arrive within ``seconds`` (to show something did NOT happen)."""
        found = []
        try:
            while True:
                found.append(self.wait(lambda m: m.get("method") == method, seconds))
        except AssertionError:
            return found

    def initialize(self, root: Path, encodings: list[str] | None = None, watch: bool = False) -> dict:
        general = {"positionEncodings": encodings} if encodings else {}
        workspace = {"didChangeWatchedFiles": {"dynamicRegistration": True}} if watch else {}
        result = self.request("initialize", {
            "processId": os.getpid(), "rootUri": root.as_uri(),
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
            "capabilities": {"general": general, "workspace": workspace,
                             "textDocument": {"publishDiagnostics": {}}},
        })
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, language: str = "markdown", version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": version, "text": text}})

    def change(self, uri: str, text: str, version: int) -> dict:
        return {"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}}

    def close(self) -> int:
        assert self.request("shutdown", None) is None
        self.notify("exit", {})
        try:
            return self.proc.wait(timeout=TIMEOUT)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def client_in(tmp_path):
    started: list[Client] = []

    def start() -> Client:
        started.append(Client(tmp_path))
        return started[-1]

    yield start
    for client in started:
        if client.proc.poll() is None:
            client.proc.kill()
            client.proc.wait()


def by_code(diagnostics: list[dict]) -> dict[str, dict]:
    return {d.get("code"): d for d in diagnostics}


def test_editor_session_diagnostics_changes_code_actions_and_clean_exit(tmp_path, client_in):
    client = client_in()
    result = client.initialize(tmp_path, encodings=["utf-8", "utf-16"])
    assert result["capabilities"]["positionEncoding"] == "utf-16"  # utf-32 not offered; never utf-8
    assert result["serverInfo"]["name"] == "healthlint"
    uri = (tmp_path / "page.md").as_uri()

    client.open(uri, CLAIM_DOC)
    published = client.diagnostics(uri, version=1)
    found = by_code(published["diagnostics"])
    claim = found["HL-EFF-001"]
    # two emoji before the claim: 2 code points, 4 UTF-16 code units
    assert claim["range"] == {"start": {"line": 2, "character": CLAIM_START + 2},
                              "end": {"line": 2, "character": CLAIM_END + 2}}
    assert claim["severity"] == 1 and claim["source"] == "healthlint"
    assert claim["codeDescription"]["href"].endswith("docs/rules.md#hl-eff-001")
    assert "eliminate nerve pain" in claim["message"] and "\nSuggestion: " in claim["message"]
    assert found["HL-RISK-001"]["severity"] == 2  # warning

    # a change lints the new text; two quick changes publish only the newer one
    client.send(client.change(uri, "Our clinic is \U0001F642 clinically proven.\n", 2))
    evidence = by_code(client.diagnostics(uri, version=2)["diagnostics"])["HL-EVID-002"]
    assert evidence["range"]["start"] == {"line": 0, "character": 17}  # after one emoji (2 units)
    client.send(client.change(uri, "Nothing to see.\n", 3), client.change(uri, CLAIM_DOC, 4))
    latest = client.diagnostics(uri, version=4)
    assert not [m for m in client.seen if m.get("params", {}).get("version") == 3]
    claim = by_code(latest["diagnostics"])["HL-EFF-001"]

    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": claim["range"],
        "context": {"diagnostics": [claim]},
    })
    titles = [a["title"] for a in actions]
    assert titles == ["Replace with suggested rewrite (HL-EFF-001)", "Suppress HL-EFF-001 for this line"]
    replace, suppress = actions
    rule = load_rules().get("HL-EFF-001")
    assert replace["kind"] == "quickfix" and replace["diagnostics"][0]["code"] == "HL-EFF-001"
    assert replace["edit"]["changes"][uri] == [{"range": claim["range"], "newText": rule.suggestion}]
    insert = {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}}
    assert suppress["edit"]["changes"][uri] == [
        {"range": insert, "newText": "<!-- healthlint-disable-next-line HL-EFF-001 -->\n"}]

    # applying the suppression (as the editor would) silences the rule on that line
    lines = CLAIM_DOC.split("\n")
    suppressed = "\n".join(lines[:2] + ["<!-- healthlint-disable-next-line HL-EFF-001 -->"] + lines[2:])
    client.send(client.change(uri, suppressed, 5))
    assert "HL-EFF-001" not in by_code(client.diagnostics(uri, version=5)["diagnostics"])

    assert client.close() == 0


def test_exit_without_shutdown_is_status_1(tmp_path, client_in):
    client = client_in()
    client.initialize(tmp_path)
    client.notify("exit", {})
    assert client.proc.wait(timeout=TIMEOUT) == 1


def test_utf32_is_preferred_when_offered_and_notices_become_warnings(tmp_path, client_in):
    client = client_in()
    result = client.initialize(tmp_path, encodings=["utf-8", "utf-16", "utf-32"])
    assert result["capabilities"]["positionEncoding"] == "utf-32"
    uri = (tmp_path / "page.md").as_uri()
    client.open(uri, CLAIM_DOC + "\n<!-- healthlint-disable-next-line HL-NOPE-999 -->\nHello.\n")
    found = by_code(client.diagnostics(uri)["diagnostics"])
    assert found["HL-EFF-001"]["range"]["start"] == {"line": 2, "character": CLAIM_START}
    notice = found[None]
    assert notice["severity"] == 2 and "HL-NOPE-999" in notice["message"]
    assert notice["range"]["start"] == {"line": 4, "character": 0}
    assert client.close() == 0


def test_config_errors_show_a_message_publish_nothing_and_reload_on_save(tmp_path, client_in):
    config = tmp_path / ".healthlint.yaml"
    config.write_text("profile: us\nbogus: 1\n")
    (tmp_path / "docs").mkdir()
    client = client_in()
    client.initialize(tmp_path, watch=True)
    registration = client.wait(lambda m: m.get("method") == "client/registerCapability")["params"]
    watchers = registration["registrations"][0]["registerOptions"]["watchers"]
    assert {"globPattern": "**/.healthlint.yaml"} in watchers
    uri = (tmp_path / "docs" / "page.md").as_uri()
    client.open(uri, CLAIM_DOC)
    shown = client.wait(lambda m: m.get("method") == "window/showMessage")["params"]
    assert shown["type"] == 1 and ".healthlint.yaml:2" in shown["message"] and "bogus" in shown["message"]
    assert client.quiet("textDocument/publishDiagnostics", 1.0) == []

    config.write_text("profile: us\nignore: [HL-RISK-001]\n")
    client.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
    codes = list(by_code(client.diagnostics(uri)["diagnostics"]))
    assert "HL-EFF-001" in codes and "HL-RISK-001" not in codes  # the reloaded config's ignore applies

    # an edit made outside the editor arrives as a watched-file change
    config.write_text("profile: us\nignore: [HL-RISK-001, efficacy]\n")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    assert client.diagnostics(uri)["diagnostics"] == []
    assert client.proc.poll() is None
    assert client.close() == 0


def test_plain_text_and_html_documents(tmp_path, client_in):
    client = client_in()
    client.initialize(tmp_path)
    text_uri = (tmp_path / "notes.txt").as_uri()
    client.open(text_uri, "  Our infusions eliminate nerve pain for good.\n", language="plaintext")
    claim = by_code(client.diagnostics(text_uri)["diagnostics"])["HL-EFF-001"]
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": text_uri}, "range": claim["range"], "context": {"diagnostics": []}})
    suppress = [a for a in actions if a["title"].startswith("Suppress HL-EFF-001")][0]
    assert suppress["edit"]["changes"][text_uri][0]["newText"] == "  # healthlint-disable-next-line HL-EFF-001\n"

    html_uri = (tmp_path / "page.htm").as_uri()  # unknown languageId: the suffix decides
    client.open(html_uri, "<p>Our infusions <b>eliminate</b> nerve pain for good.</p>\n", language="x-custom")
    claim = by_code(client.diagnostics(html_uri)["diagnostics"])["HL-EFF-001"]
    assert claim["range"]["start"] == {"line": 0, "character": 20}  # from "eliminate", inside <b>
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": html_uri}, "range": claim["range"], "context": {"diagnostics": [claim]}})
    # the span cuts through </b>: replacing it would break the markup, so only suppression is offered
    assert [a["title"] for a in actions] == ["Suppress HL-EFF-001 for this line"]
    assert actions[0]["edit"]["changes"][html_uri][0]["newText"] == (
        "<!-- healthlint-disable-next-line HL-EFF-001 -->\n")
    assert client.close() == 0


# -- the pure parts, without a process ------------------------------------------------

def test_positions_convert_code_points_to_utf16_units_with_bom_and_crlf():
    lines = Lines("\ufeffa\U0001F600b\r\n\U0001F600\U0001F600x\r\n", lsp.PositionEncodingKind.Utf16)
    assert lines.position(1, 3) == lsp.Position(line=0, character=4)  # BOM 1 + 'a' 1 + emoji 2
    assert lines.position(2, 3) == lsp.Position(line=1, character=4)
    assert lines.newline == "\r\n"
    utf32 = Lines("\U0001F600\U0001F600x\n", lsp.PositionEncodingKind.Utf32)
    assert utf32.position(1, 3) == lsp.Position(line=0, character=2)


def test_encoding_choice_and_formats():
    assert choose_encoding(None) == "utf-16"
    assert choose_encoding(["utf-8"]) == "utf-16"
    assert choose_encoding(["utf-16", "utf-32"]) == "utf-32"
    assert format_of("mdx", "/x/a.txt") == "markdown"
    assert format_of("plaintext", None) == "text"
    assert format_of(None, "/x/a.HTML") == "html"
    assert format_of("python", "/x/a.py") is None


def test_document_rules_offer_no_rewrite_and_versioned_edits():
    ruleset = load_rules()
    linted = lint(CLAIM_DOC, "markdown", "page.md", ruleset, "utf-16", 7)
    risk = [d for f, d, _ in linted.findings if f.rule == "HL-RISK-001"][0]
    params = lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri="file:///page.md"), range=risk.range,
        context=lsp.CodeActionContext(diagnostics=[risk]))
    actions = code_actions("file:///page.md", linted, params, versioned_edits=True)
    assert [a.title for a in actions] == ["Suppress HL-RISK-001 for this line"]
    change = actions[0].edit.document_changes[0]
    assert change.text_document.version == 7


def test_mdx_gets_no_html_comment_suppression():
    linted = lint(CLAIM_DOC, "markdown", "page.mdx", load_rules(), "utf-16", 1, mdx=True)
    claim = [d for f, d, _ in linted.findings if f.rule == "HL-EFF-001"][0]
    params = lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri="file:///page.mdx"), range=claim.range,
        context=lsp.CodeActionContext(diagnostics=[claim]))
    assert [a.title for a in code_actions("file:///page.mdx", linted, params)] == [
        "Replace with suggested rewrite (HL-EFF-001)"]


def test_check_does_not_import_pygls(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("Hello.\n")
    code = ("import sys; from healthlint.cli import main; main(['check', sys.argv[1]]); "
            "sys.stderr.write(str(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol'))))")
    done = subprocess.run([sys.executable, "-c", code, str(page)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": SRC})
    assert done.stderr.strip().endswith("[]"), done.stderr


def test_a_newer_change_cancels_the_pending_lint():
    from healthlint.lsp import HealthlintServer

    server = HealthlintServer()

    async def two_changes() -> None:
        server.schedule("file:///a.md", 10)
        first = server.pending["file:///a.md"]
        server.schedule("file:///a.md", 10)
        second = server.pending["file:///a.md"]
        await asyncio.sleep(0)
        assert first.cancelled() and not second.done()
        second.cancel()

    asyncio.run(two_changes())


RULE = """rules:
  - id: ACME-EFF-001
    name: instant-relief
    kind: phrase
    category: efficacy
    severity: {severity}
    phrases: ["instant relief"]
    message: 'Outcome promise "{{match}}".'
    description: Promises an outcome.
    examples:
      bad: ["Instant relief from migraines."]
      good: ["Relief takes time."]
"""


def test_rule_sets_are_cached_per_config_and_reloaded_when_a_rule_file_changes(tmp_path):
    from healthlint.lsp import ConfigProblem, RuleCache

    (tmp_path / "house").mkdir()
    rule_file = tmp_path / "house" / "acme.yaml"
    rule_file.write_text(RULE.format(severity="warning"))
    (tmp_path / ".healthlint.yaml").write_text("extra_rules: [house]\n")
    page = str(tmp_path / "docs" / "page.md")
    cache = RuleCache()
    key, first = cache.for_path(page, None)
    assert key == str(tmp_path / ".healthlint.yaml")
    assert cache.for_path(page, None)[1] is first  # loaded once
    assert first.get("ACME-EFF-001").severity == Severity.WARNING

    rule_file.write_text(RULE.format(severity="error"))
    os.utime(rule_file, ns=(time.time_ns() + 10**9,) * 2)  # a clearly newer mtime on coarse clocks
    assert cache.for_path(page, None)[1].get("ACME-EFF-001").severity == Severity.ERROR

    rule_file.write_text(RULE.format(severity="fatal"))
    assert cache.forget(str(rule_file))
    with pytest.raises(ConfigProblem, match="acme.yaml"):
        cache.for_path(page, None)
