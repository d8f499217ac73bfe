"""index/text.py: the one rule for a hyphen at a line end (issue 20), without the model."""

import pytest

from index.text import is_english_word, keeps_line_end_hyphen


# Each row: the word's halves either side of the line end, whether the document has the
# hyphenated form elsewhere, the joined form elsewhere, and whether the hyphen stays.
@pytest.mark.parametrize("left, right, hyphenated, joined, kept", [
    pytest.param("well", "resourced", False, False, True, id="compound-no-english-word"),
    pytest.param("deep", "rooted", False, False, True, id="deep-rooted"),
    pytest.param("cost", "effective", False, False, True, id="cost-effective"),
    pytest.param("under", "resourced", False, False, True, id="under-resourced"),
    pytest.param("inade", "quate", False, False, False, id="typesetter-break-joined"),
    pytest.param("safeguard", "ing", False, False, False, id="inflected-word-joined"),
    pytest.param("stake", "holders", False, False, False, id="plural-joined"),
    pytest.param("over", "taken", False, False, False, id="closed-prefix-word-joined"),
    pytest.param("Govern", "ance", False, False, False, id="capitalised-half"),
    # What the document does elsewhere comes before the word list:
    pytest.param("co", "operation", True, False, True, id="hyphenated-elsewhere-kept"),
    pytest.param("co", "operation", False, False, False, id="english-word-joined"),
    pytest.param("Ash", "combe", False, True, False, id="place-name-joined-elsewhere"),
    pytest.param("Ash", "combe", False, False, True, id="unknown-name-half-a-word-kept"),
    pytest.param("Har", "bourside", False, False, False, id="name-neither-half-a-word-joined"),
    pytest.param("tri", "borough", False, False, True, id="prefix-before-a-word-kept"),
    pytest.param("decision", "making", True, True, True, id="both-elsewhere-hyphen-wins"),
])
def test_keeps_line_end_hyphen(left, right, hyphenated, joined, kept):
    assert keeps_line_end_hyphen(left, right, hyphenated, joined) is kept


@pytest.mark.parametrize("word, known", [
    pytest.param("accountability", True, id="plain"),
    pytest.param("Councillors", True, id="any-case"),
    pytest.param("organisation", True, id="british-spelling"),
    pytest.param("wellresourced", False, id="joined-compound"),
    pytest.param("decisionmaking", False, id="joined-compound-2"),
])
def test_is_english_word(word, known):
    assert is_english_word(word) is known


@pytest.mark.parametrize("raw, expected", [
    pytest.param("o\x1ecer", "o\ufb03cer", id="t1-ffi-a-control-code-python-splits-on"),
    pytest.param("Sta\x1b we", "Sta\ufb00 we", id="t1-ff"),
    pytest.param("\x1cndings", "\ufb01ndings", id="t1-fi"),
    pytest.param("\u00bf4.2 million", "\u00a34.2 million", id="t1-pound-before-a-figure"),
    pytest.param("\u00bfQu\u00e9 pasa?", "\u00bfQu\u00e9 pasa?", id="an-inverted-question-mark-stays"),
    pytest.param("plain text\r\n", "plain text\r\n", id="nothing-to-do"),
])
def test_tex_t1_codes_read_as_what_they_print(raw, expected):
    """LaTeX through dvips and ps2pdf without ToUnicode (issue 20): one character for one."""
    from index.text import with_tex_ligatures
    got = with_tex_ligatures(raw)
    assert got == expected and len(got) == len(raw)

