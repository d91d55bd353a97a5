"""alternation.factored: a regrouped pattern matches exactly what the original matches."""
import regex
from hypothesis import given, settings, strategies as st

from healthlint.alternation import factored

FLAGS = (regex.VERSION0 | regex.IGNORECASE, regex.VERSION0)


def spans(pattern: str, text: str, flags: int):
    """Every way a caller can observe the pattern: a match at each position, and finditer."""
    compiled = regex.compile(pattern, flags)
    at = [(m.span() if (m := compiled.match(text, p)) else None) for p in range(len(text) + 1)]
    return at, [m.span() for m in compiled.finditer(text)]


def same(pattern: str, text: str) -> None:
    out = factored(pattern)
    for flags in FLAGS:
        assert spans(out, text, flags) == spans(pattern, text, flags), (pattern, out, text)


def test_shared_leads_are_tried_together():
    assert factored(r"\bcure|\bcare|\bheal") == r"\b(?:c(?:ure|are)|heal)"
    assert factored(r"(?:cures|cured|heals)\s+") == r"(?:cure(?:s|d)|heals)\s+"


def test_a_branch_moves_only_past_branches_that_cannot_start_alike():
    # "\w+" may start with "c": "care" must stay behind it
    assert factored(r"cure|\w+x|care") == r"cure|\w+x|care"
    # "a" and "A" fold alike: never reordered past each other, never merged
    assert factored(r"ab|Ax|ac") == r"ab|Ax|ac"
    same(r"ab|Ax|ac", "Ac ab AX")


def test_quantified_leads_and_captures_stay_put():
    assert factored(r"a?b|a?c") == r"a?b|a?c"  # a quantified item can match in two ways
    assert factored(r"(a)b|xy|(a)c") == r"(a)b|xy|(a)c"  # group numbers stay
    assert factored(r"(\w)\1|ab|ac") == r"(\w)\1|ab|ac"  # a back-reference: not read at all


def test_unreadable_syntax_is_left_alone():
    for pattern in (r"(?x)a b|a c", r"ab{e<=1}|ac", r"\N{BULLET}a|\N{BULLET}b", r"(?|a)|ab", r"(?f)ss|st"):
        assert factored(pattern) == pattern


def test_look_behinds_are_not_rewritten():
    pattern = r"(?<!\b(?:many|most)\s)free|fresh"
    assert factored(pattern) == r"(?<!\b(?:many|most)\s)free|fresh"


_ATOMS = st.sampled_from(["a", "b", "A", "c", "ab", r"\b", r"\s", r"\w", "[ab]", "[’']", "-", r"\-", " ", ".",
                          "(?=a)", "(?!b)", "(?<=a)", "(?<!c)", "^", "$", "’", "é", "ſ", "K"])
_QUANT = st.sampled_from(["", "", "", "?", "*", "+", "{0,2}", "{1,2}?", "+?"])


def _pattern(depth: int):
    item = st.tuples(_ATOMS, _QUANT).map(lambda t: t[0] if len(t[0]) > 1 and not t[0].startswith(("[", "\\")) and
                                         t[1] else t[0] + t[1])
    if depth > 0:
        group = st.builds(lambda opener, body, q: opener + body + ")" + q,
                          st.sampled_from(["(?:", "(?:", "(", "(?i:", "(?-i:", "(?>"]), _pattern(depth - 1), _QUANT)
        item = st.one_of(item, group)
    branch = st.lists(item, min_size=0, max_size=4).map("".join)
    return st.lists(branch, min_size=1, max_size=6).map("|".join)


@settings(max_examples=400, deadline=None)
@given(_pattern(2), st.text(alphabet="abcAB -’'éſKk\n", max_size=12))
def test_property_factored_matches_exactly_alike(pattern, text):
    try:
        regex.compile(pattern, regex.VERSION0)
    except regex.error:
        return
    same(pattern, text)
