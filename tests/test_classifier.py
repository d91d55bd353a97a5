"""kind: classifier: a user's own sentence model, its errors, its policies and its positions.

The tests use a tiny hand-written model, so they say what the matcher does with
any model, not what the shipped weights happen to score.
"""
from __future__ import annotations

import json
import pickle
import textwrap

import pytest

from healthlint.api import lint_text
from healthlint.cli import main
from healthlint.matchers import classifier
from healthlint.rules.loader import compile_files, load_rules
from healthlint.rules.ruleset import RuleSet
from healthlint.yamlsrc import SourceError

MODEL = {
    "format": classifier.MODEL_FORMAT,
    "labels": ["efficacy", "safety"],
    "bias": [-3.0, -3.0],
    "weights": {
        "melts": {"efficacy": 2.5},
        "melts away": {"efficacy": 1.5},
        "pain": {"efficacy": 0.5},
        "gentle": {"safety": 4.0},
        "<list_item>": {"efficacy": 0.2},
    },
}

RULE = """\
rules:
  - id: U-SENT-001
    name: melting-claim
    kind: classifier
    model: {model}
    label: {label}
    threshold: 0.8
    category: efficacy
    unless: [negated, question]
    downgrade: {{hedged: info}}
    message: 'Outcome claim (cue "{{match}}").'
    examples: {{bad: ["This cream melts away back pain in days."], good: ["This cream does not melt away back pain."]}}
"""


@pytest.fixture
def user_rules(write):
    def _rules(model=MODEL, label="efficacy", model_name="m.json") -> RuleSet:
        if model is not None:
            write(model_name, model if isinstance(model, str) else json.dumps(model))
        path = write("rules.yaml", RULE.format(model=model_name, label=label))
        return RuleSet.of(compile_files([path]))
    return _rules


def findings(text: str, rules: RuleSet, fmt: str = "markdown"):
    return [f for f in lint_text(text, rules, format=fmt).findings if f.rule == "U-SENT-001"]


def test_words_match_the_positioned_tokens():
    text = "Dr. Lee\u2019s 2.5 mg dose cuts pain 90% in 10days! Covid19 and caf\u00e9s?"
    assert classifier.words(text) == [t for t, _, _ in classifier.tokens(text)]
    assert classifier.words(text)[:5] == ["dr", "lee's", "0", "mg", "dose"]


def test_features_are_words_pairs_and_the_block_kind():
    assert classifier.features(["melts", "away", "pain"], "heading") == {
        "melts", "away", "pain", "melts away", "away pain", "<heading>"}


def test_flags_the_sentence_at_its_strongest_cues(user_rules):
    text = "Welcome to our clinic.\n\nThis cream melts away back pain in days. Call us today.\n"
    [f] = findings(text, user_rules())
    assert (f.line, f.column) == (3, 12)
    assert f.text == "melts away back pain"  # from the first to the last of the three strongest cues
    assert f.severity.name == "WARNING" and 'cue "melts away back pain"' in f.message


def test_below_the_threshold_is_silent(user_rules):
    # "melts" alone: -3 + 2.5 = -0.5, p = 0.38 < 0.8
    assert findings("The ice melts in the sun quickly.", user_rules()) == []


def test_sentences_under_three_tokens_are_not_read(user_rules):
    rules = user_rules(model=dict(MODEL, weights=dict(MODEL["weights"], melts={"efficacy": 9.0})))
    assert findings("It melts.\n", rules) == []  # a button, a price, a name: too little to read
    assert len(findings("It melts away.\n", rules)) == 1


def test_context_policies_apply_as_for_any_rule(user_rules):
    rules = user_rules()
    assert findings("This cream does not melt away back pain.", rules) == []  # no "melts": below threshold
    assert findings("Does this cream really melts away back pain?", rules) == []  # a question
    assert findings("It never melts away back pain for everyone.", rules) == []  # negated
    [hedged] = findings("This cream may help as it melts away back pain.", rules)
    assert hedged.severity.name == "INFO"


def test_positions_map_back_through_markup(user_rules):
    text = "<p>Our <b>cream</b> melts away <i>back</i> pain fast.</p>\n"
    [f] = findings(text, user_rules(), fmt="html")
    assert text[f.column - 1:].startswith("melts away")


def test_a_wrong_label_names_file_line_and_field(user_rules, write):
    with pytest.raises(SourceError) as info:
        user_rules(label="dosing")
    err = info.value
    assert err.line == 5 and "field 'model' of rule U-SENT-001" in err.message
    assert "label 'dosing' is not in the model" in err.message


@pytest.mark.parametrize("model, why", [
    (None, "cannot read sentence model"),
    ("{not json", "cannot read sentence model"),
    ({"format": "something-else"}, "not a sentence model"),
    ({"format": classifier.MODEL_FORMAT, "labels": ["a"], "bias": [], "weights": {}}, "'labels', 'bias'"),
    ({"format": classifier.MODEL_FORMAT, "labels": ["efficacy"], "bias": [0], "weights": {"x": {"b": 1}}},
     "names a label"),
])
def test_a_bad_model_is_one_line_naming_the_rule_file(user_rules, model, why, tmp_path):
    with pytest.raises(SourceError) as info:
        user_rules(model=model, model_name=f"bad{abs(hash(why))}.json")
    err = info.value
    assert why in err.message and err.line == 5
    assert str(err).startswith(str(tmp_path / "rules.yaml") + ":5: ")


def test_cli_exits_2_on_a_bad_model(write, capsys):
    write("m.json", "[]")
    rules = write("rules.yaml", RULE.format(model="m.json", label="efficacy"))
    assert main(["rules", "test", str(rules.parent)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "rules.yaml:5:" in err and "Traceback" not in err


def test_the_score_cache_does_not_leak_between_documents(user_rules):
    rules = user_rules()
    assert len(findings("This cream melts away back pain in days.", rules)) == 1
    assert findings("The clinic is open from nine to five.", rules) == []
    assert len(findings("This cream melts away back pain in days.", rules)) == 1


def test_shipped_models_are_named_relative_to_the_packs():
    ruleset = load_rules("us")
    refs = {r.matcher.model for r in ruleset.rules if r.kind == "classifier"}
    assert refs == {"@packs/core/models/claims.json"}
    model = classifier.load_model("@packs/core/models/claims.json")
    assert set(model.labels) >= {"efficacy", "establishment", "safety", "dosing", "regulatory_status",
                                 "comparative", "promotional", "testimonial"}


def test_the_shipped_model_reads_claims_it_has_no_phrase_for():
    rules = load_rules("us")
    text = textwrap.dedent("""\
        # Back pain

        Our infusions melt away years of back pain so you can finally get back to living.
        """)
    by_model = {f.category for f in lint_text(text, rules).findings
                if any(r.startswith("HL-SENT") for r in (f.rule, *f.also))}
    assert "efficacy" in by_model  # reported by the model, or backing up a pattern that also read it


def test_the_shipped_model_is_what_the_labelled_sets_train(tmp_path):
    """A rule or label change that forgets to retrain leaves a stale model: retrain and compare."""
    pytest.importorskip("sklearn")
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("train", root / "scripts" / "train_sentence_model.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    out = tmp_path / "claims.json"
    assert train.main(["--out", str(out)]) == 0
    fresh = json.loads(out.read_text(encoding="utf-8"))
    shipped = json.loads((root / "rules" / "core" / "models" / "claims.json").read_text(encoding="utf-8"))
    assert fresh["trained_on"] == shipped["trained_on"], "retrain: python scripts/train_sentence_model.py"
    assert fresh["labels"] == shipped["labels"]
    assert fresh["bias"] == pytest.approx(shipped["bias"], abs=1e-3)
    # weights under min_weight are dropped: one that sits on that line may fall either side of it
    # on another machine's BLAS, so a feature kept by one side only must be on the line
    edge = fresh["trained_on"]["min_weight"] + 1e-3
    for feature in set(fresh["weights"]) | set(shipped["weights"]):
        ours, theirs = fresh["weights"].get(feature, {}), shipped["weights"].get(feature, {})
        for label in set(ours) | set(theirs):
            if label in ours and label in theirs:
                assert ours[label] == pytest.approx(theirs[label], abs=1e-3), (feature, label)
            else:
                assert abs(ours.get(label, theirs.get(label))) < edge, (feature, label)


def test_a_model_finding_backs_up_a_pattern_finding_without_moving_it():
    """The sentence model marks its own cue words; where a pattern rule found the same claim,
    the pattern's finding is the one kept, at its own span, with the model's rule in ``also``."""
    text = "# Relief\n\nOur infusions eliminate nerve pain and migraines for good.\n"
    rules = load_rules("us")
    model_alone = [f for f in lint_text(text, rules.configured(["HL-SENT-001"], [], {})).findings]
    assert [f.rule for f in model_alone] == ["HL-SENT-001"]  # the model reads this claim too
    [claim] = [f for f in lint_text(text, rules).findings if f.category == "efficacy"]
    assert claim.rule == "HL-EFF-001" and claim.text == "eliminate nerve pain"
    assert "HL-SENT-001" in claim.also


def test_a_model_gone_after_loading_is_a_notice_not_a_traceback(user_rules, tmp_path, write, capsys):
    """A cached rule set is not checked again: a model deleted or spoilt since then skips its rule."""
    rules = user_rules(model_name="gone.json")
    (tmp_path / "gone.json").unlink()
    classifier._models.clear()
    result = lint_text("This cream melts away back pain in days.", rules)
    assert [f.rule for f in result.findings if f.rule == "U-SENT-001"] == []
    [notice] = [n for n in result.notices if "U-SENT-001" in n.message]
    assert "was skipped: cannot read sentence model" in notice.message and notice.level == "error"


@pytest.fixture
def model_cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("HEALTHLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(classifier, "_models", {})
    return folder


def test_a_built_model_is_cached_and_read_back_without_parsing(model_cache, write, monkeypatch):
    path = write("m.json", json.dumps(MODEL))
    built = classifier.load_model(str(path))
    assert len(list(model_cache.glob("model-*.pickle"))) == 1
    monkeypatch.setattr(classifier, "_models", {})
    monkeypatch.setattr(classifier.SentenceModel, "from_json", classmethod(lambda cls, data: pytest.fail("parsed")))
    again = classifier.load_model(str(path))
    assert again.rows == built.rows and again.table == built.table and again.bias == built.bias and again.labels == built.labels


def test_an_edited_model_is_never_served_from_the_cache(model_cache, write, monkeypatch):
    path = write("m.json", json.dumps(MODEL))
    classifier.load_model(str(path))
    monkeypatch.setattr(classifier, "_models", {})
    write("m.json", json.dumps({**MODEL, "bias": [-1.0, -1.0]}))
    assert classifier.load_model(str(path)).bias == [-1.0, -1.0]


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", pickle.dumps({"weights": {}})])
def test_a_corrupt_model_cache_entry_is_rebuilt(model_cache, write, monkeypatch, garbage):
    path = write("m.json", json.dumps(MODEL))
    classifier.load_model(str(path))
    (entry,) = model_cache.glob("model-*.pickle")
    entry.write_bytes(garbage)
    monkeypatch.setattr(classifier, "_models", {})
    assert classifier.load_model(str(path)).row("melts") == (2.5, 0.0)
    assert entry.read_bytes() != garbage


def test_no_cache_setting_writes_no_model_entry(model_cache, write, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_NO_CACHE", "1")
    classifier.load_model(str(write("m.json", json.dumps(MODEL))))
    assert not model_cache.exists() or not list(model_cache.glob("model-*"))
