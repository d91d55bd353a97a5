"""Context policies: what makes a match not a claim, or a weaker one.

Each policy is implemented once here and named by rules (``unless:`` cancels a
match, ``downgrade:`` lowers its severity). A policy looks only at the match's
sentence (and, for citations, the next one) or its paragraph: never the whole
page, so a disclaimer in a footer does not excuse a claim in the hero.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable, TypeVar

import regex

from .lazyregex import Lazy

from .document import Document

_I = regex.IGNORECASE | regex.VERSION0
T = TypeVar("T")

# -- negation -------------------------------------------------------------
# the kinds of treatment a sentence can deny as a whole ("No complementary therapy ...", "No vitamin or supplement ...")
_TREATMENT_KINDS = (r"(?:therap(?:y|ies)|treatments?|supplements?|products?|medicines?|remed(?:y|ies)|diets?|"
                    r"approach(?:es)?|herbs?|vitamins?)")
# "no" that emphasises instead of denying: "there is no doubt that", "no wonder it works", "there is no
# better way to", "there is no need to suffer" (but "no better than placebo" denies)
_EMPHATIC_NO = (
    r"no\s+(?:doubt|question|wonder|denying|(?:better|faster|easier|safer|quicker|simpler|smarter)\s+way|"
    r"reason\s+to\s+(?:suffer|wait|put)|need\s+to\s+(?:suffer|wait|put|live|struggle))\b"
)
# a cue within the last few words of the same clause before the match
_NEGATION = Lazy(
    r"(?<![\w])(?!(?:there\s+(?:is|are)\s+)?" + _EMPHATIC_NO + r")(?:not|no|never|none|neither|nor|without|cannot|can['\u2019]?t|won['\u2019]?t|"
    r"isn['\u2019]?t|aren['\u2019]?t|wasn['\u2019]?t|weren['\u2019]?t|doesn['\u2019]?t|don['\u2019]?t|"
    r"didn['\u2019]?t|shouldn['\u2019]?t|wouldn['\u2019]?t|couldn['\u2019]?t|haven['\u2019]?t|hasn['\u2019]?t|hadn['\u2019]?t|"
    r"unlikely to|"
    r"rather than|instead of|far from|nothing|nobody|there is no|lack of|absence of|whether|"
    r"do(?:es)? not (?:\w+ )?(?:promise|guarantee|claim))(?![\w])",
    _I,
)
# a sentence that denies the evidence for what it mentions ("claims that CBD cures
# cancer are not supported by evidence") is a caution, not a claim
_DISCLAIMED = Lazy(
    r"\b(?:not|no|little|insufficient|limited|weak|inadequate)\s+(?:\w+\s+){0,2}?(?:evidence|proof|research)\b"
    # ("We haven't seen good evidence that massage guns speed up healing", "the results are not consistent enough to be sure")
    r"|n['\u2019]t\s+(?:\w+\s+){0,2}?(?:evidence|proof)\b"
    r"|\bnot\s+(?:\w+\s+)?(?:consistent|strong|clear|reliable|good|large|big)\s+enough\s+to\s+(?:be\s+sure|say|know|tell|recommend|draw)\b"
    r"|\b(?:evidence|research|studies)\s+(?:does|do|did)\s+not\s+(?:\w+\s+)?(?:show|support|suggest|prove)\b"
    r"|\bnot\s+(?:\w+\s+)?(?:supported|backed|substantiated)\b|\bunproven\b|\bunsupported\s+claims?\b"
    r"|\b(?:has|have|had)\s+not\s+been\s+(?:\w+\s+)?(?:shown|proven|demonstrated|established)\b"
    r"|\bneither\s+(?:\w+\s+){0,3}?(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:\w+\s+)?(?:shown|proven|demonstrated|found)\b"
    # the evidence called weak ("Evidence that static magnets relieve joint pain is weak"), and a purchase warned
    # off ("please don't buy this wrap expecting the magnets to treat arthritis")
    r"|\b(?:evidence|research|proof)\s+(?:that|for)\b[^.!?\n]{0,80}?\b(?:is|are|remains?)\s+(?:weak|limited|lacking|poor|thin|"
    r"inconclusive|mixed|scant|sparse)\b"
    r"|\b(?:do\s+not|don['\u2019]?t)\s+(?:buy|use|take|try|book)\s+(?:[\w-]+\s+){0,4}?expecting\b"
    # a study's limit ("it was not designed to show whether B vitamins prevent dementia", "trials are needed before
    # anyone can say whether CBD helps with sleep")
    r"|\b(?:needed|required)\s+(?:before|to)\s+(?:[\w-]+\s+){0,3}?(?:say|know|tell|show|confirm)\s+(?:whether|if)\b"
    r"|\b(?:designed|powered|large\s+enough|big\s+enough|long\s+enough|too\s+(?:small|short|few|weak))\s+to\s+(?:show|tell|prove|test|find\s+out)\s+(?:whether|if)\b"
    # a result the sentence denies to everyone ("That does not mean everyone will lose that much or go into remission")
    r"|\b(?:does|do|did)\s*(?:not|n['\u2019]t)\s+mean\s+(?:that\s+)?(?:everyone|everybody|all\s+\w+|you|every\s+\w+)\s+will\b"
    # a claim reported as someone else's, inside a warning ("be wary of clinics that claim ...")
    r"|\b(?:be\s+wary\s+of|beware\s+of|watch\s+out\s+for|be\s+s[ck]eptical\s+of|be\s+(?:careful|cautious)\s+(?:with|of|about)|red\s+flags?|warning\s+signs?)\b"
    # (the sellers may be described first: "products sold online that claim to cure psoriasis")
    r"|\b(?:clinics|companies|sellers|websites|marketers|advertisers|adverts|ads|products|providers|courses|apps|devices|"
    r"programmes|programs|kits|brands|practitioners|therapists)\s+(?:[\w-]+\s+){0,3}?(?:that|which|who)\s+"
    r"(?:[\w\"'\u201c\u201d-]+\s+){0,4}?(?:claim|promise|say|advertise|promote)"
    r"|\b(?:these|such|the|their)\s+claims\s+(?:are|were)\s+(?:not|un)\w*"
    # ... or told of a third party without a warning word ("Some products claim to treat or reverse gum
    # disease", "therapies marketed with claims that they cure autism")
    r"|\b(?:some|many|other|certain)\s+(?:[\w-]+\s+)?(?:products|clinics|companies|sellers|websites|brands|supplements|"
    r"practitioners|providers|therapies|treatments)\s+(?:\w+\s+)?(?:claim|promise|advertise)\s+(?:to|that)\b"
    r"|\bmarketed\s+(?:\w+\s+){0,2}?(?:with\s+claims|as\s+(?:a\s+)?(?:cures?|treatments?))\b"
    # a claim reported as hearsay or a myth ("you may have read that hearing aids prevent dementia")
    r"|\b(?:you\s+)?(?:may|might)\s+have\s+(?:read|heard|seen)\s+(?:that|claims?)\b"
    r"|\b(?:it\s+is|it[\'\u2019]s)\s+(?:often|sometimes|widely|commonly)\s+(?:claimed|said|believed|suggested)\s+that\b"
    r"|\b(?:a\s+)?(?:common\s+)?(?:myth|misconception)\b"
    # a disclaimer that governs its whole sentence ("we do not claim that any single
    # treatment will cure back pain", "we don't recommend buying them solely to protect memory")
    r"|\b(?:do|does|did|would|will)(?:\s+not|n[\'\u2019]t)\s+(?:\w+\s+)?(?:claim|recommend|advise|suggest)\b"
    # ("we can't promise when it'll be back" is scarcity, not a disclaimer: a promise of an outcome only)
    r"|\b(?:(?:do|does|did|would|will)(?:\s+not|n[\'\u2019]t)|cannot|can[\'\u2019]?t)\s+(?:\w+\s+)?(?:claim|promise|guarantee)"
    r"\s+(?:that|any|results?|outcomes?|a\s+cure|you(?:\s+will)?|it\s+will)\b"
    # a negated series of claim verbs, as in the supplement disclaimer "not intended to
    # diagnose, treat, cure, or prevent any disease": the clause breaks at each comma
    # would otherwise hide the negation from the later verbs
    r"|\b(?:not|never|nor)\s+(?:\w+\s+){0,3}?(?:diagnose|treat|cure|prevent|heal|mitigate|reverse)\w*"
    r"(?:\s*,\s*(?:or\s+|and\s+)?(?:diagnose|treat|cure|prevent|heal|mitigate|reverse)\w*)*"
    r",?\s+(?:or|and|nor)\s+(?:diagnose|treat|cure|prevent|heal|mitigate|reverse)\w*\b",
    _I,
)
_CLAUSE_BREAK = Lazy(r"[,;:()\u2014\u2013\u00b7\u2022|]|\b(?:but|however|although|though|while|whereas|yet)\b", _I)
_NEGATION_WORDS = 5
# a clause whose subject is a negative quantifier denies its predicate, however far the
# claim sits from it ("None of these treatments is a guaranteed cure", "Neither option will ...",
# "There is no supplement that can prevent or cure a hangover", "..., and there is no supplement that has
# been shown to cure tinnitus")
_NEGATED_SUBJECT = Lazy(
    r"\s*(?:(?:and|so|yet)\s+)?(?:none\s+of|neither|there\s+(?:is|are)\s+(?!" + _EMPHATIC_NO + r")no\b"
    # ... or a kind of treatment denied as a whole ("No complementary or alternative therapy has been shown to
    # cure cancer"; not "No other clinic ...", a boast)
    r"|no\s+(?!other\b)(?:[\w-]+\s+){0,4}?" + _TREATMENT_KINDS + r"\b)", _I
)
_NEGATED_SUBJECT_WORDS = 10
# a denied kind of treatment written as a list that commas cut into clauses ("No vitamin, herbal product or
# dietary supplement has been shown to ...", "No supplement, including this one, has been shown to ...")
_NEGATED_LIST_SUBJECT = Lazy(
    r"\s*no\s+(?!other\b)(?:[\w-]+(?:\s+[\w-]+){0,2}(?:\s*,\s*[\w-]+(?:\s+[\w-]+){0,2})*\s*,?\s+(?:or|nor|and)\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + _TREATMENT_KINDS + r"(?:\s*,\s*including\s+[^,.!?]{1,30},)?\s*"
    r"(?:(?:has|have|had|is|are|was|were|can|could|will|would|does|do)\s+(?:been\s+)?)?", _I
)
# a sentence that opens by listing what the product will not do ("What it won't do: build muscle
# without training, burn fat, or replace a decent diet")
_NEGATED_LEAD = Lazy(
    r"\s*(?:what\s+(?:it|this|they|we|the\s+[\w-]+)\s+(?:won['\u2019]?t|will\s+not|doesn['\u2019]?t|does\s+not|don['\u2019]?t|"
    r"do\s+not|can['\u2019]?t|cannot)\s+do|(?:it|this|they)\s+(?:won['\u2019]?t|will\s+not|can['\u2019]?t|cannot|"
    r"doesn['\u2019]?t|does\s+not))\s*:", _I
)

# -- hedging ----------------------------------------------------------------
# ("what years of pills never could" denies the other treatment: not a hedge)
_HEDGE = Lazy(
    r"(?<![\w])(?:may|might|(?<!\bnever )could|can (?:also |often |sometimes |still )?help|could help|may help|possibly|potentially|perhaps|"
    r"some (?:patients|people|individuals|users|clients|customers|members|guests|studies|research|men|women|adults|children|kids|teens|parents)|in some (?:cases|patients|people)|"
    # researchers' belief is a hedge ("researchers think these signals activate ...")
    r"(?:researchers|scientists|experts|doctors) (?:think|believe|suspect)|"
    r"for some|has the potential|potential\s+(?:as|to|for)|is being (?:studied|investigated|researched)|"
    r"appears? to|seems? to|suggests?|are thought to|is thought to|preliminary|early (?:research|studies|evidence)|"
    # an indication statement ("It is intended to help relieve nausea caused by motion sickness") and a mechanism offered
    # as a theory ("The exact mechanism is not fully understood; one theory is that ...")
    r"(?:is|are) intended to|one theory is|(?:is|are) not (?:yet )?(?:fully |well |completely )?understood)(?![\w])",
    _I,
)

# a claim the same sentence then limits ("reduces pain for many people, but it rarely removes it completely")
_CONCESSION = Lazy(
    r"\b(?:but|although|though|however|while)\b[^.!?\n]{0,60}?"
    r"\b(?:rarely|seldom|not\s+(?:for\s+|in\s+)?(?:everyone|everybody|all|always|completely|entirely|permanently|a\s+cure|guaranteed)|"
    r"(?:does|do|will|can)\s*(?:not|n[\u2019']t)\s+(?:work\s+for\s+everyone|always|cure|guarantee|remove|replace)|"
    r"results?\s+(?:vary|varies|differ)|(?:benefit|effect|relief)s?\s+(?:can|may|often)\s+(?:fade|lessen|wear\s+off|wane))\b",
    _I,
)

# -- citations --------------------------------------------------------------
_CITATION = Lazy(
    r"\(\s*[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,5}?(?:\s+(?:et al\.?|and|&)\s*(?:[A-Z][\w'\u2019-]+)?)?(?:,\s*[^()\n]{1,60}?)?,?\s+(?:19|20)\d\d[a-z]?"
    r"(?:\s*[;:,]\s*[^)]{0,80})?\s*\)"  # (Smith 2020), (Smith et al., 2019; Jones 2021), (Sun et al., *Medicine*, 2017),
    # a study group's name ("(Pediatric Eye Disease Investigator Group, Archives of Ophthalmology, 2003)")
    # Lee et al. 2019, Lee et al. (J Pain, 2019), Lee et al., World Psychiatry 2023
    r"|\bet al\.?,?\s*(?:\((?:[^()\n]{1,60}?,\s*)?|[A-Z][^()\n.;]{0,50}?,?\s+)?(?:19|20)\d\d"
    r"|\bdoi:\s*10\.\d{4,}|\b10\.\d{4,9}/[^\s]+"
    r"|\bPMID:?\s*\d{5,}|\bPMC\d{5,}"
    r"|\b(?:N Engl J Med|NEJM|JAMA|Lancet|BMJ|Pain|Anesthesiology|Anesth Analg|Reg Anesth Pain Med|"
    r"Cochrane|Am J [A-Z]\w+|J Clin \w+|Journal of [A-Z][\w ]{2,40}|Clin J Pain|Br J \w+|Ann [A-Z]\w+)"
    r"[^.;]{0,60}?\b(?:19|20)\d\d\b"
    # a national guideline by its number ("(NICE guideline NG23, updated 2024)", "SIGN 158")
    r"|\b(?:NICE|SIGN)\s+(?:guideline|guidance|quality\s+standard)?\s*(?:NG|CG|QS|TA|PH)?\d{1,4}\b",
    regex.VERSION0,
)
# "(see the study below)": a pointer to a study the page cites elsewhere
_POINTER = Lazy(
    r"\(\s*see\s+(?:the\s+)?(?:study|studies|trial|trials|references?|sources?|research)\s+(?:below|above)\s*\)", _I
)
_FOOTNOTE = Lazy(r"\[\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\]|(?<=[a-z.,)])\^?\d{1,2}(?=[\s.,;]|$)")
_SHORT_SENTENCE_WORDS = 15
_CITATION_LEAD = 40  # characters: a reference opening the next sentence ("(Lee 2019). ...", "[1] ...")
_EVIDENCE_APPEAL = Lazy(
    r"\b(?:proven|prove[sn]?|studies|studied|research(?:ed)?|clinically|scientifically|evidence|science)\b", _I
)
_BACK_REFERENCE = Lazy(
    r"\b(?:found|showed|shown|confirmed|demonstrated|reported|supports?|backs?)\s+(?:this|these|that|it)\b(?!\s+\w+\s)"
    r"|\b(?:this|these|that)\s+(?:result|finding|effect|claim|benefit|outcome|figure)s?\b",
    _I,
)
# matched with .match(prose, block.start): "^" would only ever match at offset 0
_REFERENCE_HEADING = Lazy(r"\s*(?:references?|sources?|citations?|bibliography|works cited|notes)\b", _I)
_STUDY_LINK = Lazy(
    r"pubmed|ncbi\.nlm\.nih\.gov|doi\.org|nejm\.org|jamanetwork|thelancet|sciencedirect|springer|wiley|"
    r"nature\.com|bmj\.com|clinicaltrials\.gov|cochranelibrary|academic\.oup|tandfonline|frontiersin|"
    r"mdpi\.com|plos|journals\.|europepmc|biomedcentral|cell\.com|sagepub|lww\.com",
    _I,
)

# -- supervision / individualisation ----------------------------------------
_SUPERVISED = Lazy(
    r"(?<![\w])(?:supervis\w*|monitor\w*|individuali[sz]\w*|personali[sz]\w*|tailored|"
    r"(?:determined|decided|adjusted|prescribed|set|chosen|titrated) by (?:your|a|the|our) (?:\w+ )?"
    r"(?:physician|doctor|prescriber|clinician|provider|specialist|care team|medical team)|"
    r"(?:your|a|the) (?:physician|doctor|prescriber|clinician|provider) (?:will|can|may) (?:determine|decide|adjust|recommend|discuss)|"
    r"after (?:an? |your )?(?:evaluation|assessment|consultation|medical review)|"
    r"under (?:the )?(?:care|direction|guidance) of|as directed by|directed by your|as prescribed|"
    # the label or the clinician's own instructions decide: "use them as shown on the label"
    r"as (?:shown|printed|written|stated|explained) (?:on|in) the (?:label|leaflet|pack|packet|box|prescription)|"
    r"follow (?:the )?(?:instructions|directions|advice) (?:on|in|from|of) (?:the|your)|"
    r"as (?:your|the) (?:doctor|pharmacist|nurse|prescriber|clinician|physician|surgeon) (?:has )?"
    r"(?:told|tells|advised|advises|showed|shows|instructed|instructs)|"
    r"depend\w* on (?:your|the patient)|varies|vary)(?![\w])",
    _I,
)

def _once(doc: Document, key: tuple, look: Callable[[], T]) -> T:
    """``look()`` once per document and key: many rules ask the same question of one
    sentence, paragraph or page."""
    memo = doc.__dict__.get("_policy_memo")
    if memo is None:
        memo = doc.__dict__["_policy_memo"] = {}
    found = memo.get(key)
    if found is None:
        found = memo[key] = look()
    return found


# -- leaflet risk and aftercare sections ---------------------------------------
# headings under which a patient leaflet lists side effects, missed-dose and stopping
# advice, warnings and when to get help: what is said there is risk information
_RISK_HEADING = Lazy(
    r"\b(?:(?:possible\s+|common\s+|serious\s+|rare\s+)?side[- ]effects?|adverse\s+(?:effects|reactions)"
    r"|if\s+you\s+(?:miss|forget|take\s+too\s+much|(?:have\s+)?(?:taken|used)\s+too\s+much)"
    r"|miss(?:ed|ing)?\s+(?:a\s+)?doses?|forg(?:et|ot|otten)\s+(?:a\s+|to\s+take\s+)?(?:\w+\s+)?doses?"
    r"|overdose|warnings?|precautions|cautions?"
    r"|get\s+(?:urgent\s+|medical\s+|emergency\s+)?(?:help|advice)|(?:urgent|emergency)\s+(?:help|advice)"
    r"|when\s+to\s+(?:call|see|contact|get|seek)"
    r"|who\s+(?:should\s+not|shouldn[\'\u2019]t|can\s*not|can[\'\u2019]t|may\s+not)|not\s+suitable"
    r"|interactions?|with\s+other\s+medicines)\b",
    _I,
)


# a heading that denies the risk ("No side effects", "Zero side effects, zero downtime", "Side
# effects? None at all", "Side-effect free") is a selling point, not the leaflet's risk section
_DENIED_RISK_HEADING = Lazy(
    r"\b(?:no|zero|without|free\s+(?:of|from)|none\s+of\s+the)\s+(?:\w+\s+)?"
    r"(?:side[- ]effects?|adverse|warnings?|risks?)\b"
    r"|\bside[- ]effects?[- ]free\b|\bside[- ]effects?\W+(?:none|nothing|zero|what\s+side[- ]effects?)\b",
    _I,
)


# stopping advice only as the heading's subject ("Stopping citalopram", "Coming off it"), not
# "The science behind stopping hair loss". A bare question heading ("Coming off opioids?", "Stopping painkillers?") is a pitch to the reader,
# not a leaflet's stopping section ("How do I stop taking it?" still is)
_STOPPING_HEADING = Lazy(
    r"[^\w]*(?:how\s+(?:do\s+I\s+|to\s+)?(?:stopping|stop\s+taking|coming\s+off)\b"
    r"|(?:stopping|stop\s+taking|coming\s+off)\b(?![^\n?]*\?[^\S\n]*$))", _I | regex.M)


def risk_section(doc: Document, start: int, end: int) -> bool:
    """Under a heading (or one of its parent headings) that names side effects, a missed
    dose, warnings, stopping or when to get help: the risk and aftercare parts of a
    leaflet, where frequencies, times and doses describe harm, not promised benefit."""
    starts, risky = _risk_headings(doc)
    i = bisect_right(starts, start) - 1
    return i >= 0 and risky[i]


def _risk_headings(doc: Document) -> tuple[list[int], list[bool]]:
    """Each heading's start and whether it or a parent heading is a risk heading (once per page)."""
    return _once(doc, ("risk headings",), lambda: _scan_risk_headings(doc))


def _scan_risk_headings(doc: Document) -> tuple[list[int], list[bool]]:
    starts: list[int] = []
    risky: list[bool] = []
    stack: list[tuple[int, bool]] = []  # (level, risky) of the open parent headings
    for block in doc.blocks:
        if block.kind != "heading":
            continue
        level = block.level or 1
        while stack and stack[-1][0] >= level:
            stack.pop()
        own = bool((_RISK_HEADING.search(doc.prose, block.start, block.end)
                    and not _DENIED_RISK_HEADING.search(doc.prose, block.start, block.end))
                   or _STOPPING_HEADING.match(doc.prose, block.start, block.end))
        flag = own or (stack[-1][1] if stack else False)
        stack.append((level, flag))
        starts.append(block.start)
        risky.append(flag)
    return starts, risky


_QUOTES = {"\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb"}


def _clause_before(doc: Document, start: int) -> str:
    s, _ = doc.sentence_at(start)
    before = doc.prose[s:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    return before


def negated(doc: Document, start: int, end: int) -> bool:
    """A negation in the last few words of the clause before the match ("not a cure"),
    or a sentence that denies the evidence for the claim it mentions (once per start:
    it reads nothing after it, and rules matching at one place all ask)."""
    return _once(doc, ("negated", start), lambda: _negated(doc, start))


def _negated(doc: Document, start: int) -> bool:
    clause = _clause_before(doc, start)
    words = clause.split()
    window = " ".join(words[-_NEGATION_WORDS:])
    if _NEGATION.search(window):
        return True
    if len(words) <= _NEGATED_SUBJECT_WORDS and _NEGATED_SUBJECT.match(clause):
        return True
    s, e = doc.sentence_at(start)
    # the denied subject may be a list that commas cut into clauses ("No vitamin, herbal product or
    # dietary supplement has been shown to ..."), and a lead-in may deny a whole list
    head = doc.prose[s:start]
    if head != clause and (
            (len(head.split()) <= _NEGATED_SUBJECT_WORDS and _NEGATED_LIST_SUBJECT.fullmatch(head))
            or _NEGATED_LEAD.match(head)):
        return True
    return _once(doc, ("disclaimed", s, e), lambda: _DISCLAIMED.search(doc.prose, s, e) is not None)


def hedged(doc: Document, start: int, end: int) -> bool:
    """A hedge earlier in the same sentence, inside the match ("may help relieve"), later in
    the match's own clause ("can ease pain for a few weeks in some people, but ..."), or a
    concession after it that limits the claim ("..., but it rarely removes pain completely")."""
    s, e = doc.sentence_at(start)
    if _HEDGE.search(doc.prose, s, end):
        return True
    brk = _CLAUSE_BREAK.search(doc.prose, end, e)
    return bool(_HEDGE.search(doc.prose, end, brk.start() if brk else e) or _CONCESSION.search(doc.prose, end, e))


def know_reference_list(doc: Document, present: bool) -> None:
    """Record whether the whole page has a reference list: a piece of a long page may
    not hold it (see chunking)."""
    doc.__dict__.setdefault("_policy_memo", {})[("reference list",)] = present


def _has_references(doc: Document) -> bool:
    return _once(doc, ("reference list",), lambda: any(
        b.kind in ("heading", "paragraph") and b.end - b.start < 40
        and _REFERENCE_HEADING.match(doc.prose, b.start, b.end)
        for b in doc.blocks
    ))


def cited(doc: Document, start: int, end: int) -> bool:
    """A citation in the match's sentence or the next one (a footnote only if a reference list exists)."""
    i = doc.sentence_index(start)
    if i < 0:
        return False
    return _once(doc, ("cited", i), lambda: _cited_sentence(doc, i))


def _cited_sentence(doc: Document, i: int) -> bool:
    sentences = doc.sentences
    s, e = sentences[i]
    if _cites(doc, s, e):
        return True
    if i + 1 >= len(sentences):
        return False
    # a claim is often followed by the study behind it, cited at that study's end. An appeal to
    # evidence in general ("clinically proven", "hundreds of studies stand behind it") is not made
    # specific by a study told in full next ("... In SURMOUNT-1, adults lost 20% (Jastreboff 2022)."):
    # for it the next sentence counts only with a citation at its start, when it is a short pointer
    # ("A 2019 trial found this (Lee 2019).") or when it refers back to the claim
    s2, e2 = sentences[i + 1]
    # a citation in the next paragraph belongs to that paragraph's own statement, not to a claim
    # that ended its paragraph (a heading's claim is still backed by the paragraph under it)
    block = doc.block_at(s)
    if block is not None and block.kind not in ("heading", "table_cell") and s2 >= doc.paragraph_at(s)[1]:
        return False
    prose = doc.prose
    if (_EVIDENCE_APPEAL.search(prose, s, e) and len(prose[s2:e2].split()) > _SHORT_SENTENCE_WORDS
            and not _BACK_REFERENCE.search(prose, s2, e2)):
        e2 = min(e2, s2 + _CITATION_LEAD)
    return _cites(doc, s2, e2)


def _cites(doc: Document, s: int, e: int) -> bool:
    if _CITATION.search(doc.prose, s, e):
        return True
    if _FOOTNOTE.search(doc.prose, s, e) and _has_references(doc):
        return True
    if _POINTER.search(doc.prose, s, e) and (_has_references(doc) or _cites_anywhere(doc)):
        return True
    return any(_STUDY_LINK.search(link.target) for link in doc.links_in(s, e))


def _cites_anywhere(doc: Document) -> bool:
    return _once(doc, ("cites anywhere",), lambda: _CITATION.search(doc.prose) is not None)


def quoted(doc: Document, start: int, end: int) -> bool:
    """Inside a quotation of three words or more (scare quotes around one word do not count).

    The quotation is looked for in the match's paragraph, not its sentence: a quoted
    patient story often runs over several sentences ("I lost 11 pounds. My energy is
    back."), and its closing mark follows the last sentence's full stop.
    """
    s, e = doc.paragraph_at(start)
    prose = doc.prose
    for opening, closing in _QUOTES.items():
        open_at = prose.rfind(opening, s, start)
        if open_at < 0:
            continue
        if opening == closing and prose.count(opening, s, start) % 2 == 0:
            continue
        close_at = prose.find(closing, end, e)
        if close_at < 0:
            # an opening mark with no closing one in the paragraph is not a quotation we can bound
            continue
        if opening != closing and prose.rfind(closing, open_at + 1, start) >= 0:
            continue
        if len(prose[open_at + 1:close_at].split()) >= 3:
            return True
    return False


def question(doc: Document, start: int, end: int) -> bool:
    """The match sits in a question ("Is ketamine safe?"), not one that runs on into its own answer
    ("The only side effect? A little soreness."): asked and answered, it is the claim."""
    s, e = doc.sentence_at(start)
    return end <= e and doc.prose[s:e].rstrip(" \t\"'\u201d\u2019)").endswith("?")


def supervised(doc: Document, start: int, end: int) -> bool:
    """Supervision or individualisation is stated in the same paragraph."""
    return _states_supervision(doc, *doc.paragraph_at(start))


def supervised_here(doc: Document, start: int, end: int) -> bool:
    """Supervision is stated in the match's own sentence: a push to take more ("for faster
    results, take 4") is the reader's own decision even after "or as directed by your doctor"."""
    return _states_supervision(doc, *doc.sentence_at(start))


def _states_supervision(doc: Document, s: int, e: int) -> bool:
    return _once(doc, ("supervised", s, e), lambda: _SUPERVISED.search(doc.prose, s, e) is not None)


def linked(doc: Document, start: int, end: int) -> bool:
    """Wholly inside one link's text (markdown ``[..](..)``, HTML ``<a>``): a call-to-action
    button ("Claim your free consultation") repeats an offer the page states in its body copy,
    where it is reported."""
    return any(link.start <= start and end <= link.end for link in doc.links_in(start, end))


def headline(doc: Document, start: int, end: int) -> bool:
    """In the page's headline: its HTML ``<title>`` or a level-1 heading. Rules lower a slogan
    there to advice: it names the page, and the body copy under it states the claim."""
    block = doc.block_at(start)
    return block is not None and (block.kind == "title" or (block.kind == "heading" and (block.level or 1) == 1))


def subheading(doc: Document, start: int, end: int) -> bool:
    """In a heading below the headline (level 2 or lower): "Better than pills" over a section
    titles the comparison its body copy makes, and writers label the sentence, not the title."""
    block = doc.block_at(start)
    return block is not None and block.kind == "heading" and (block.level or 1) >= 2


# a capitalised product word after a capitalised name ('Calm Skin Eczema Cream', 'Rapid Relief Ketamine Center')
_PRODUCT_NOUN = Lazy(
    r"[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+){0,2}?(?:Cream|Balm|Oil|Wash|Gel|Spray|Serum|Lotion|Ointment|Supplement|Capsules|"
    r"Tablets|Gummies|Drops|Tea|Shots?|Programme|Program|Method|Protocol|Plan|Course|Clinic|Clinics|Cent(?:er|re)|Institute|"
    r"Studio|Lab|Labs|Dietetics|Pharmacy|Bundle|Kit|Device|Band|Patch|Ring|Mat|Pillow|App)\b", regex.VERSION0)
# a lower-case word just before a name: the name is written inside a sentence ("she created Calm Skin for")
_AFTER_A_WORD = Lazy(r"[a-z][\w\u2019']*,?[^\S\n]+$", regex.VERSION0)


def named(doc: Document, start: int, end: int) -> bool:
    """The match is a name the page gives its product, clinic or programme ("Calm Skin",
    "Rapid Relief Ketamine Center"): every word capitalised, and either a product word follows it
    or the page writes its first two words again inside a sentence ("she created Calm Skin for").
    A slogan set in title case ("Heal Faster.") is written once, at the start of its line: still a claim."""
    words = doc.prose[start:end].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or all(w.isupper() for w in words):
        return False
    if _PRODUCT_NOUN.match(doc.prose, end):
        return True
    lead = " ".join(words[:2])
    return _once(doc, ("named", lead), lambda: _named_in_a_sentence(doc.prose, words[:2]))


def _named_in_a_sentence(prose: str, words: list[str]) -> bool:
    """The words occur twice or more, and once after a lower-case word on the same line."""
    at = list(regex.finditer(r"(?<![\w-])" + r"[^\S\n]+".join(map(regex.escape, words)) + r"(?![\w-])", prose))
    return len(at) >= 2 and any(_AFTER_A_WORD.search(prose, max(0, m.start() - 40), m.start()) for m in at)


POLICIES: dict[str, Callable[[Document, int, int], bool]] = {
    "negated": negated,
    "hedged": hedged,
    "cited": cited,
    "quoted": quoted,
    "question": question,
    "supervised": supervised,
    "supervised_here": supervised_here,
    "risk_section": risk_section,
    "linked": linked,
    "headline": headline,
    "subheading": subheading,
    "named": named,
}
