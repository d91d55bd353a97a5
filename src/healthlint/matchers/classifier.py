"""kind: classifier (a linear sentence model, for claims no phrase list foresaw).

Pattern rules only know the wordings someone wrote down; on copy nobody tuned
on they miss about half of what a reviewer flags. A classifier rule scores
every sentence with a logistic model over its words and word pairs (trained
by ``scripts/train_sentence_model.py`` on labelled pages) and flags the
sentences whose probability for the rule's label reaches its threshold. The
finding marks the words that weighed most, so the context policies (negation,
hedging, questions) read the words around the claim as they do for a pattern.

The model is data: a JSON file next to the rule file, loaded on first use and
shared by every rule that names it; a document's sentences are scored once for
all of them.
"""
from __future__ import annotations

import json
import math
from array import array
from pathlib import Path
from typing import Iterator

import regex

from ..document import Document

MODEL_FORMAT = "healthlint-sentence-model/1"
# words (letters, inner apostrophe), numbers (one feature: "0") and the few symbols that carry claims
_TOKEN = regex.compile(r"\p{L}+(?:['\u2019]\p{L}+)*|\d+(?:[.,]\d+)*|[%$\u00a3\u20ac!?]")
# the same tokens on lower-cased text whose numbers are already "0" (apostrophes straightened)
_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")
_WORD = regex.compile(r"\p{L}+(?:'\p{L}+)*|0|[%$\u00a3\u20ac!?]")
_PACKS = "@packs/"  # a shipped model is named relative to the packs folder: the wheel moves it


class ModelError(ValueError):
    """A model file that is missing, unreadable or not a sentence model."""


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) of ``text``: where a flagged sentence's cue words are."""
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        t = "0" if t[0].isdigit() else t.lower().replace("\u2019", "'")
        out.append((t, m.start(), m.end()))
    return out


def words(text: str) -> list[str]:
    """The normalised tokens of ``text`` (as :func:`tokens`, without positions: the fast path)."""
    return _WORD.findall(_NUMBER.sub("0", text.lower().replace("\u2019", "'")))


def features(toks: list[str], block: str) -> set[str]:
    """A sentence's features: its words, its adjacent word pairs and the kind of block it sits in."""
    found = set(toks)
    found.update(map(" ".join, zip(toks, toks[1:])))
    found.add(f"<{block}>")
    return found


def feature_positions(text: str) -> dict[str, tuple[int, int]]:
    """Word and word-pair feature -> (start, end) of its first occurrence in ``text``."""
    found: dict[str, tuple[int, int]] = {}
    prev = None
    for t, s, e in tokens(text):
        found.setdefault(t, (s, e))
        if prev is not None:
            found.setdefault(f"{prev[0]} {t}", (prev[1], e))
        prev = (t, s, e)
    return found


class SentenceModel:
    """Per label a bias and sparse weights; probability = logistic(bias + sum of present features)."""

    def __init__(self, labels: list[str], bias: list[float], weights: dict[str, dict[str, float]]) -> None:
        self.labels = labels
        self.index = {label: i for i, label in enumerate(labels)}
        self.bias = bias
        # feature -> its row of one flat table holding every label's weight (0.0 where it has none): a
        # sentence's log-odds are the column sums of its features' rows, added up in C by zip and sum.
        # One array, not a tuple per feature: tens of thousands of small tuples took 25 ms to unpickle.
        self.rows = {feature: i for i, feature in enumerate(weights)}
        self.table = array("d", [float(per.get(label, 0.0)) for per in weights.values() for label in labels])

    def row(self, feature: str) -> tuple[float, ...]:
        """The feature's weight for every label."""
        width = len(self.labels)
        at = self.rows[feature] * width
        return tuple(self.table[at:at + width])

    @classmethod
    def from_json(cls, data: dict) -> "SentenceModel":
        if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
            raise ModelError(f"not a sentence model (expected \"format\": \"{MODEL_FORMAT}\")")
        labels, bias, weights = data.get("labels"), data.get("bias"), data.get("weights")
        if not (isinstance(labels, list) and isinstance(bias, list) and len(labels) == len(bias)
                and isinstance(weights, dict)):
            raise ModelError("a sentence model needs 'labels', 'bias' (one per label) and 'weights'")
        if any(l not in labels for per in weights.values() for l in per):
            raise ModelError("a weight names a label the model does not have")
        return cls(list(labels), [float(b) for b in bias], weights)

    def logits(self, found: set[str]) -> list[float]:
        """Per label bias + the weights of the features present (log-odds)."""
        width, table = len(self.labels), self.table
        present = [table[at * width:at * width + width] for at in map(self.rows.__getitem__, found & self.rows.keys())]
        return list(map(sum, zip(self.bias, *present)))

    def cues(self, found, label: int) -> list[tuple[float, str]]:
        """The features that pushed ``label`` up, strongest first."""
        width, table, rows = len(self.labels), self.table, self.rows
        out = [(table[rows[f] * width + label], f) for f in found if f in rows]
        return sorted((c for c in out if c[0] > 0), reverse=True)


_models: dict[str, SentenceModel] = {}


def resolve(ref: str) -> Path:
    if ref.startswith(_PACKS):
        from ..rules.loader import packs_root

        return packs_root() / ref[len(_PACKS):]
    return Path(ref)


def load_model(ref: str) -> SentenceModel:
    """The model at ``ref`` (a path, or @packs/<path> for a shipped one), read once per process."""
    model = _models.get(ref)
    if model is None:
        path = resolve(ref)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ModelError(f"cannot read sentence model {path}: {exc}") from None
        entry = _model_entry(raw)
        model = _cached_model(entry)
        if model is None:
            try:
                data = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as exc:
                raise ModelError(f"cannot read sentence model {path}: {exc}") from None
            model = SentenceModel.from_json(data)
            _store_model(entry, model)
        _models[ref] = model
    return model


# Parsing the shipped model's JSON and building its weight rows is about 13 ms of a one-file run
# (a third of linting one sentence); the built model, pickled in the rule cache's folder and keyed by
# the JSON's bytes and this module's source, loads in about 5 ms.
_MODEL_PREFIX = "model-"


def _model_entry(raw: bytes) -> Path | None:
    """Where the built model for these JSON bytes is cached, or None when caching is off."""
    from ..rules import cache

    folder = cache.directory()
    if folder is None:
        return None
    digest = cache.hasher()
    digest.update(Path(__file__).read_bytes() + b"\0" + raw)
    return folder / f"{_MODEL_PREFIX}{digest.hexdigest()[:40]}.pickle"


def _cached_model(entry: Path | None) -> SentenceModel | None:
    """The built model at ``entry``, or None (no entry, missing, corrupt, foreign)."""
    import pickle

    if entry is None:
        return None
    try:
        with open(entry, "rb") as handle:
            model = pickle.load(handle)
    except Exception:  # missing, truncated, foreign: rebuild
        return None
    return model if isinstance(model, SentenceModel) else None


def _store_model(entry: Path | None, model: SentenceModel) -> None:
    """Write the built model atomically at ``entry``; a cache that cannot be written is skipped."""
    from ..rules import cache

    if entry is None:
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        cache.dump_atomic(entry, model, ".pickle")
        cache.prune(entry.parent, _MODEL_PREFIX, ".pickle")
    except Exception:
        return


# (document, model ref, rows): one document's sentences scored once for every classifier rule of
# the run; replaced as one tuple, so a reader on another thread never sees a half-written entry
_last: tuple = (None, "", [])


def sentence_scores(doc: Document, ref: str) -> list[tuple[int, int, list[float]]]:
    """[(start, end, log-odds per label)] per sentence of ``doc`` long enough to read (prose offsets)."""
    global _last
    last_doc, last_ref, last_rows = _last
    if last_doc is doc and last_ref == ref:
        return last_rows
    model = load_model(ref)
    rows = []
    prose = doc.prose
    for start, end in doc.sentences:
        toks = words(prose[start:end])
        if len(toks) < 3:  # a button, a price, a name: too little to read as a claim
            continue
        block = doc.block_at(start)
        rows.append((start, end, model.logits(features(toks, block.kind if block is not None else "paragraph"))))
    _last = (doc, ref, rows)
    return rows


class ClassifierMatcher:
    """Sentences whose probability for ``label`` is at least ``threshold``, marked at their strongest cues."""

    prefilter = None

    def __init__(self, model: str, label: str, threshold: float, blocks: frozenset[str]) -> None:
        self.model = model
        self.label = label
        self.threshold = threshold
        self.min_logit = math.log(threshold / (1.0 - threshold))  # compare log-odds: no exp per sentence
        self.blocks = blocks

    def unions(self) -> list:
        return []  # nothing for the literal prefilter: every sentence is read

    def check(self) -> None:
        """Load the model now and make sure it knows the label (a user's rule file fails early)."""
        model = load_model(self.model)
        if self.label not in model.index:
            raise ModelError(f"label '{self.label}' is not in the model (it has: {', '.join(model.labels)})")

    def find(self, doc: Document, candidates=None) -> Iterator[tuple[int, int]]:
        model = load_model(self.model)
        i = model.index.get(self.label)
        if i is None:
            return
        for start, end, logits in sentence_scores(doc, self.model):
            if logits[i] < self.min_logit:
                continue
            if self.blocks:
                block = doc.block_at(start)
                if block is None or block.kind not in self.blocks:
                    continue
            yield cue_span(start, doc.prose[start:end], model, i)


def cue_span(start: int, sentence: str, model: SentenceModel, label: int) -> tuple[int, int]:
    """The sentence's stretch from the first to the last of its (up to) three strongest word cues."""
    positions = feature_positions(sentence)
    spans = [positions[f] for _, f in model.cues(positions, label)][:3]
    if not spans:
        return start, start + len(sentence)
    return start + min(s for s, _ in spans), start + max(e for _, e in spans)


def build(rule) -> ClassifierMatcher:
    return ClassifierMatcher(rule.model, rule.label, rule.threshold, frozenset(rule.blocks))
