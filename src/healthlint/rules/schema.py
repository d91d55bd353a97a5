"""The rule file format, as strict pydantic models.

A rule file is a YAML list of rules, or a mapping with a ``rules:`` list. Every
rule kind is a model of its own in a discriminated union on ``kind``; unknown
keys and wrong types are errors. Validation happens once, when rules load; the
matchers work from the compiled form (``healthlint.rules.compiled``).
"""
from __future__ import annotations

from typing import Annotated, Literal, Union

from ..findings import CATEGORIES

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

# the contract's nine categories, defined once in findings.py
Category = Literal[CATEGORIES]  # type: ignore[valid-type]
SeverityName = Literal["info", "warning", "error"]
# Context policies a rule can name (implemented once in healthlint.policies).
Policy = Literal["negated", "hedged", "cited", "quoted", "question", "supervised", "supervised_here", "risk_section",
                 "linked", "headline", "subheading", "named"]
Scope = Literal["sentence", "paragraph", "section", "document"]
BlockKind = Literal["heading", "paragraph", "list_item", "table_cell", "blockquote", "alt", "title"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Examples(_Strict):
    """Sentences the rule must flag (``bad``) and must leave alone (``good``)."""

    bad: list[str] = Field(min_length=1)
    good: list[str] = Field(min_length=1)


class ContextSpec(_Strict):
    """Where to look around a match, and what must be absent or present there."""

    scope: Scope = "sentence"
    absent: list[str] = Field(default_factory=list, description="regexes: the match counts only if none occurs in scope")
    present: list[str] = Field(default_factory=list, description="regexes: the match counts only if one occurs in scope")

    @model_validator(mode="after")
    def _needs_a_condition(self) -> "ContextSpec":
        if not self.absent and not self.present:
            raise ValueError("a context needs 'absent' or 'present' patterns")
        return self


class RuleBase(_Strict):
    id: str = Field(pattern=r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$", description="stable id, e.g. HL-EFF-001")
    name: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", description="kebab-case name")
    category: Category
    severity: SeverityName = "warning"
    message: str = Field(min_length=1, description="template; {match} is the matched text")
    description: str = Field(default="", description="why it matters, for `rules explain` and the docs")
    suggestion: str | None = Field(default=None, description="a compliant rewrite")
    references: list[str] = Field(default_factory=list, description="regulation sections")
    examples: Examples
    unless: list[Policy] = Field(default_factory=list, description="context policies that cancel a match")
    downgrade: dict[Policy, SeverityName] = Field(
        default_factory=dict, description="context policies that lower a match to the given severity"
    )
    blocks: list[BlockKind] = Field(default_factory=list, description="only match in these block kinds")
    case_sensitive: bool = False

    @field_validator("message")
    @classmethod
    def _known_placeholders(cls, value: str) -> str:
        import string

        for _, field_name, spec, conversion in string.Formatter().parse(value):
            if field_name not in (None, "match", "missing"):
                raise ValueError(f"unknown placeholder {{{field_name}}} (use {{match}} or {{missing}})")
            if spec or conversion:  # "{match:>999999999}" would build a gigabyte per finding
                raise ValueError(f"placeholder {{{field_name}}} takes no format spec or conversion")
        return value


class _Matching(RuleBase):
    phrases: list[str] = Field(default_factory=list, description="literal phrases, word-bounded, inflection-tolerant; a word may be a {{lexicon}} reference")
    patterns: list[str] = Field(default_factory=list, description="regexes (the `regex` module); {{name}} inserts a lexicon")
    inflect: bool = Field(default=True, description="let phrase words take -s/-es/-ed/-ing")

    @model_validator(mode="after")
    def _needs_something_to_match(self) -> "_Matching":
        if not self.phrases and not self.patterns:
            raise ValueError("a rule needs 'phrases' or 'patterns'")
        return self


class PhraseRule(_Matching):
    """A list of phrases (and optionally regexes) that flag wherever they occur."""

    kind: Literal["phrase"]

    @model_validator(mode="after")
    def _phrases_only(self) -> "PhraseRule":
        if not self.phrases:
            raise ValueError("a phrase rule needs 'phrases'")
        return self


class PatternRule(_Matching):
    """Raw regexes."""

    kind: Literal["pattern"]

    @model_validator(mode="after")
    def _patterns_only(self) -> "PatternRule":
        if not self.patterns:
            raise ValueError("a pattern rule needs 'patterns'")
        return self


class ContextRule(_Matching):
    """A phrase or pattern that counts only when a context is absent (or present) nearby.

    Several contexts (a list) must all allow the match, e.g. no evidence talk in
    the sentence and the page speaking as the provider.
    """

    kind: Literal["context"]
    context: Union[ContextSpec, Annotated[list[ContextSpec], Field(min_length=1)]]

    def contexts(self) -> list[tuple[tuple, ContextSpec]]:
        """(key path, spec) of each context."""
        if isinstance(self.context, ContextSpec):
            return [(("context",), self.context)]
        return [(("context", i), spec) for i, spec in enumerate(self.context)]


class TriggerSpec(_Strict):
    categories: list[Category] = Field(default_factory=list)
    min_severity: SeverityName = "warning"


class DocumentRule(RuleBase):
    """A page-level requirement: when triggers fire, the document must contain something.

    It fires once, at the first trigger, when no ``requires`` pattern occurs in the
    document outside sentences that also match ``discount`` (e.g. minimising risk
    talk), or, with ``topics``, when some topics are never mentioned ({missing}).
    """

    kind: Literal["document"]
    triggers: TriggerSpec
    subject: list[str] = Field(default_factory=list, description="regexes: applies only when one occurs in the document")
    requires: list[str] = Field(default_factory=list, description="regexes of the required information")
    discount: list[str] = Field(default_factory=list, description="regexes: a required match in such a sentence does not count")
    topics: dict[str, list[str]] = Field(default_factory=dict, description="topic -> regexes; fires listing missing topics")

    @model_validator(mode="after")
    def _needs_requirement(self) -> "DocumentRule":
        if not self.requires and not self.topics:
            raise ValueError("a document rule needs 'requires' or 'topics'")
        if not self.triggers.categories:
            raise ValueError("a document rule needs 'triggers.categories'")
        return self


class ClassifierRule(RuleBase):
    """Sentences a trained sentence model scores at ``threshold`` or above for ``label``.

    For claims worded in ways no phrase list foresaw; the model is a JSON file
    (``scripts/train_sentence_model.py`` writes one) named relative to the rule file.
    """

    kind: Literal["classifier"]
    model: str = Field(min_length=1, description="the sentence model's JSON file, relative to this rule file")
    label: str = Field(min_length=1, description="which of the model's labels this rule reports")
    threshold: float = Field(gt=0.0, lt=1.0, description="lowest probability that flags a sentence")


Rule = Annotated[Union[PhraseRule, PatternRule, ContextRule, DocumentRule, ClassifierRule], Field(discriminator="kind")]
RULE_KINDS = ("phrase", "pattern", "context", "document", "classifier")


LexiconName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
GenreName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]


class Genre(_Strict):
    """A kind of page the rules do not police at full strength (patient information is not advertising).

    A page is of the genre when at least ``min_signals`` of its ``signals`` occur in
    its prose and no finding of an ``unless_categories`` category (at any severity)
    was made on it; its findings of the ``lowers`` categories then drop to ``to``.
    """

    description: str = Field(min_length=1, description="what the genre is and why its findings are lowered")
    signals: list[str] = Field(min_length=1, description="regexes: each is one distinct sign of the genre")
    min_signals: int = Field(default=2, ge=1)
    unless_categories: list[Category] = Field(default_factory=list)
    lowers: list[Category] = Field(min_length=1)
    to: SeverityName = "info"
    references: list[str] = Field(default_factory=list)


class RuleFile(_Strict):
    """A rule file: ``rules:`` and/or ``lexicon:``, plus optional pack metadata."""

    pack: str | None = None
    description: str = ""
    lexicon: dict[LexiconName, Annotated[list[str], Field(min_length=1)]] = Field(
        default_factory=dict,
        description="named vocabularies: name -> regex alternatives. Any rule of the rule set may write "
                    "{{name}} in its phrases, patterns and context or document regexes; it is replaced by "
                    "(?:alt1|alt2|...) before compiling. Names are shared by every loaded file.")
    rules: list[Rule] = Field(default_factory=list)
    genres: dict[GenreName, Genre] = Field(
        default_factory=dict,
        description="page genres (e.g. patient information) whose findings of some categories are lowered")

    @model_validator(mode="after")
    def _has_content(self) -> "RuleFile":
        if not self.rules and not self.lexicon and not self.genres and "rules" not in self.model_fields_set:
            raise ValueError("a rule file needs 'rules', 'lexicon' or 'genres'")
        return self
