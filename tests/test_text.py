"""Unit tests of newsdossier.text: folding, tokens, sentences and slugs."""
from __future__ import annotations

import re

import pytest

from newsdossier.text import fold, fold_same_length, fold_token, holds_listed_word, slugify, split_sentences, tokenize


# --- fold -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Genève", "geneve", id="french-accent"),
        pytest.param("São Tomé", "sao tome", id="portuguese-tilde"),
        pytest.param("Đà Nẵng", "da nang", id="vietnamese-d-stroke"),
        pytest.param("ÉTAT-MAJOR", "etat-major", id="uppercase-accented"),
        pytest.param("l\u2019armée", "l'armee", id="right-single-quote-apostrophe"),
        pytest.param("l\u2018armée", "l'armee", id="left-single-quote-apostrophe"),
        pytest.param("l\u02bcarmée", "l'armee", id="modifier-letter-apostrophe"),
        pytest.param("l`armée", "l'armee", id="backtick-apostrophe"),
        pytest.param("plain ascii", "plain ascii", id="ascii-unchanged"),
    ],
)
def test_fold_gives_lowercase_ascii_with_straight_apostrophes(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Đà Nẵng, le 2 février", id="vietnamese-and-french"),
        pytest.param("Straße in Köln", id="sharp-s-expands"),
        pytest.param("北京 summit", id="cjk-expands"),
        pytest.param("n\u0303o", id="combining-mark"),
    ],
)
def test_fold_same_length_keeps_every_offset_of_the_original(text):
    folded = fold_same_length(text)
    assert len(folded) == len(text)
    assert folded.isascii()


# --- fold_token -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        pytest.param("Ministry's", "ministry", id="possessive-straight"),
        pytest.param("Ministry\u2019s", "ministry", id="possessive-typographic"),
        pytest.param("U.N.", "un", id="dotted-acronym-loses-dots"),
        pytest.param("U.S.", "us", id="dotted-acronym-two-letters"),
        pytest.param("UN", "un", id="plain-acronym"),
        pytest.param("Nov.", "nov", id="trailing-full-stop-dropped"),
        pytest.param("Côte", "cote", id="accent-folded"),
        pytest.param("aujourd'hui", "aujourd'hui", id="inner-apostrophe-kept"),
        pytest.param("A4P+", "a4p+", id="trailing-plus-kept"),
        pytest.param("3.5", "3.5", id="decimal-kept"),
    ],
)
def test_fold_token_gives_the_lookup_form_of_a_word(token, expected):
    assert fold_token(token) == expected


# --- tokenize ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The U.N. envoy", ["The", "U.N.", "envoy"], id="dotted-acronym-whole"),
        pytest.param("l'ONU et qu'il", ["l'", "ONU", "et", "qu'", "il"], id="french-elisions-split"),
        pytest.param("d\u2019Ivoire", ["d\u2019", "Ivoire"], id="typographic-elision"),
        pytest.param("aujourd'hui", ["aujourd'hui"], id="inner-apostrophe-word-whole"),
        pytest.param("well-known co-operation", ["well-known", "co-operation"], id="hyphenated-words"),
        pytest.param("the A4P+ agenda", ["the", "A4P+", "agenda"], id="trailing-plus"),
        pytest.param("rose 3.5 percent", ["rose", "3.5", "percent"], id="decimal-number"),
        pytest.param("Lt. Gen. Diallo", ["Lt", "Gen", "Diallo"], id="abbreviation-dot-is-punctuation"),
        pytest.param("el ejército, en Malí.", ["el", "ejército", "en", "Malí"], id="spanish-accents"),
        pytest.param("", [], id="empty"),
    ],
)
def test_tokenize_splits_words_acronyms_and_elisions(text, expected):
    assert [t.text for t in tokenize(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The U.N. mission's head, Lt. Gen. Diallo, spoke.", id="english"),
        pytest.param("L\u2019ONU a déployé 300 casques bleus à Bangui.", id="french"),
    ],
)
def test_tokenize_offsets_point_at_the_token_text(text):
    tokens = tokenize(text)
    assert tokens
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)


@pytest.mark.parametrize(
    ("text", "folded", "capitalized", "acronym"),
    [
        pytest.param("MINUSCA", "minusca", True, True, id="acronym"),
        pytest.param("U.N.", "un", True, True, id="dotted-acronym"),
        pytest.param("Council's", "council", True, False, id="capitalized-possessive"),
        pytest.param("village", "village", False, False, id="lowercase-word"),
        pytest.param("A", "a", True, False, id="single-capital-letter-not-acronym"),
    ],
)
def test_token_properties_describe_the_word(text, folded, capitalized, acronym):
    (token,) = tokenize(text)
    assert (token.folded, token.is_capitalized, token.is_acronym) == (folded, capitalized, acronym)


# --- split_sentences --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "The U.N. council met in the capital. It adopted a text.",
            ["The U.N. council met in the capital.", "It adopted a text."],
            id="dotted-acronym-U.N.",
        ),
        pytest.param(
            "Troops left the U.S. Army base. The move was planned.",
            ["Troops left the U.S. Army base.", "The move was planned."],
            id="dotted-acronym-U.S.-before-capital",
        ),
        pytest.param(
            "The vote is due on Nov. 30 at noon. Delegates agreed.",
            ["The vote is due on Nov. 30 at noon.", "Delegates agreed."],
            id="month-abbreviation-Nov.",
        ),
        pytest.param(
            "Lt. Gen. Amara Diallo took command. He arrived by air.",
            ["Lt. Gen. Amara Diallo took command.", "He arrived by air."],
            id="rank-abbreviations-Lt.-Gen.",
        ),
        pytest.param(
            "Dr. Osei met Mrs. Lind. They talked.",
            ["Dr. Osei met Mrs. Lind.", "They talked."],
            id="courtesy-titles",
        ),
        pytest.param(
            "M. Traoré est arrivé lundi. Il repart demain.",
            ["M. Traoré est arrivé lundi.", "Il repart demain."],
            id="french-M.",
        ),
        pytest.param(
            "Mme Koné a parlé. Elle a salué les soldats.",
            ["Mme Koné a parlé.", "Elle a salué les soldats."],
            id="french-two-sentences",
        ),
        pytest.param(
            "El Sr. Pérez llegó ayer. Se reunió con el alcalde.",
            ["El Sr. Pérez llegó ayer.", "Se reunió con el alcalde."],
            id="spanish-Sr.",
        ),
        pytest.param(
            "J. K. Mensah spoke first. Others followed.",
            ["J. K. Mensah spoke first.", "Others followed."],
            id="initials",
        ),
        pytest.param(
            "Is peace near? Yes! Talks resume… Maybe soon.",
            ["Is peace near?", "Yes!", "Talks resume…", "Maybe soon."],
            id="question-exclamation-ellipsis",
        ),
        pytest.param(
            'She said: "We will stay." Then she left.',
            ['She said: "We will stay."', "Then she left."],
            id="closing-quote-stays-with-sentence",
        ),
        pytest.param(
            "Prices rose 3.5 percent. Traders were calm.",
            ["Prices rose 3.5 percent.", "Traders were calm."],
            id="decimal-number",
        ),
        pytest.param(
            "The toll rose to 12. 30 more were hurt.",
            ["The toll rose to 12.", "30 more were hurt."],
            id="sentence-starting-with-digit",
        ),
        pytest.param(
            "it rained. and then it stopped.",
            ["it rained. and then it stopped."],
            id="lowercase-start-is-not-a-new-sentence",
        ),
        pytest.param("   ", [], id="blank"),
        # Vietnamese: "TP." (thành phố, city) before a city's name, academic and medical titles
        # before a person's ("PGS.", "TS.", "ThS.", "GS.", "BS.")
        pytest.param(
            "Đoàn công tác đã đến TP. Hồ Chí Minh hôm qua. Họ sẽ trở về Hà Nội.",
            ["Đoàn công tác đã đến TP. Hồ Chí Minh hôm qua.", "Họ sẽ trở về Hà Nội."],
            id="vi-city-TP.",
        ),
        pytest.param(
            "Bệnh viện ở Tp. Cần Thơ đã tiếp nhận ca bệnh. Mọi người đều khỏe.",
            ["Bệnh viện ở Tp. Cần Thơ đã tiếp nhận ca bệnh.", "Mọi người đều khỏe."],
            id="vi-city-Tp.",
        ),
        pytest.param(
            "Hội thảo do PGS. TS. Lê Văn Bình chủ trì. Nhiều đại biểu tham dự.",
            ["Hội thảo do PGS. TS. Lê Văn Bình chủ trì.", "Nhiều đại biểu tham dự."],
            id="vi-academic-titles",
        ),
        pytest.param(
            "Ca mổ do BS. Trần Thị Mai thực hiện, ThS. Phạm An hỗ trợ. Bệnh nhân đã ổn định.",
            ["Ca mổ do BS. Trần Thị Mai thực hiện, ThS. Phạm An hỗ trợ.", "Bệnh nhân đã ổn định."],
            id="vi-doctor-master",
        ),
        pytest.param(
            "Lời giới thiệu của GS. Đỗ Hữu Tâm rất ngắn. Sách có ba phần.",
            ["Lời giới thiệu của GS. Đỗ Hữu Tâm rất ngắn.", "Sách có ba phần."],
            id="vi-professor",
        ),
    ],
)
def test_split_sentences_keeps_abbreviations_whole(paragraph, expected):
    assert split_sentences(paragraph) == expected


# --- slugify ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hello, World!", "hello-world", id="punctuation-to-hyphen"),
        pytest.param("Côte d\u2019Ivoire: la mission", "cote-d-ivoire-la-mission", id="accents-and-apostrophe"),
        pytest.param("Đà Nẵng 2021", "da-nang-2021", id="vietnamese-and-digits"),
        pytest.param("  --Leading and trailing--  ", "leading-and-trailing", id="edges-trimmed"),
        pytest.param("", "untitled", id="empty-is-untitled"),
        pytest.param("!!! ???", "untitled", id="only-punctuation-is-untitled"),
    ],
)
def test_slugify_gives_ascii_letters_digits_and_hyphens(text, expected):
    assert slugify(text) == expected


@pytest.mark.parametrize(
    ("text", "max_length", "expected"),
    [
        pytest.param("a" * 100, 80, "a" * 80, id="default-limit"),
        pytest.param("peace talks resume", 6, "peace", id="cut-then-trailing-hyphen-dropped"),
        pytest.param("peace talks resume", 11, "peace-talks", id="cut-at-word-end"),
        pytest.param("peace talks resume", 14, "peace-talks", id="cut-before-a-word-that-does-not-fit"),
        pytest.param("2021-03 handed over the school to the municipal council", 44, "2021-03-handed-over-the-school-to-the", id="no-word-cut-in-two"),
        pytest.param("peace extraordinarilylongword", 20, "peace-extraordinaril", id="a-word-longer-than-half-is-cut"),
    ],
)
def test_slugify_cuts_to_max_length_without_a_trailing_hyphen(text, max_length, expected):
    slug = slugify(text, max_length=max_length)
    assert slug == expected
    assert len(slug) <= max_length


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        pytest.param("Lacroix hailed the force", 100, "Lacroix hailed the force", id="short-enough"),
        pytest.param("Lacroix hailed the force", 16, "Lacroix hailed\u2026", id="inside-a-word"),
        pytest.param("Lacroix hailed the force", 14, "Lacroix hailed\u2026", id="at-a-word-end"),
        pytest.param("Lacroix, hailed", 9, "Lacroix\u2026", id="no-comma-before-the-ellipsis"),
        pytest.param("Peacekeeping forces", 4, "Peacekeeping\u2026", id="first-word-longer-than-the-limit"),
        pytest.param("Le déploiement de l’unité d’ingénierie", 30, "Le déploiement de l’unité\u2026", id="french"),
    ],
)
def test_shorten_cuts_at_a_word_with_an_ellipsis(text, limit, expected):
    from newsdossier.text import shorten
    assert shorten(text, limit) == expected


# --- holds_listed_word ----------------------------------------------------------------------------

_LISTED = frozenset({"courier", "evening post"})


@pytest.mark.parametrize(
    ("words", "any_word", "any_pair", "expected"),
    [
        pytest.param(["the", "lakeside", "courier"], False, False, True, id="last-word"),
        pytest.param(["courier", "lakeside", "group"], False, False, False, id="first-word-not-last"),
        pytest.param(["courier", "lakeside", "group"], True, False, True, id="any-word"),
        pytest.param(["lakeside", "evening", "post"], False, False, True, id="last-two-words"),
        pytest.param(["evening", "post", "group"], True, False, False, id="inner-pair-not-last"),
        pytest.param(["evening", "post", "group"], True, True, True, id="any-pair"),
        pytest.param(["lakeside", "group"], True, True, False, id="none"),
        pytest.param([], True, False, False, id="no-words"),
    ],
)
def test_holds_listed_word(words, any_word, any_pair, expected):
    assert holds_listed_word(words, _LISTED, any_word=any_word, any_pair=any_pair) is expected


# --- alternation ------------------------------------------------------------------------------

from newsdossier.text import alternation  # noqa: E402


def _listed(words) -> str:
    """The plain alternation, longest first: what alternation must match like."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ALTERNATION_CASES = [
    pytest.param(["meeting", "ministerial meeting", "minister"], "The ministerial meeting of the minister ended.", 0,
                 r"(?<!\w)(?:{})(?!\w)", id="phrase-and-its-words"),
    pytest.param(["attack", "attaque", "attaques", "at"], "Une attaque, des attaques; an attack at dawn.", 0,
                 r"(?<!\w)(?:{})(?!\w)", id="shared-beginnings"),
    pytest.param(["radio", "radio okapi", "radio okapi news"], "radio okapi newsroom said radio okapi news ran it", 0,
                 r"(?<![\w.])(?:{})(?![\w])", id="longest-that-ends-a-word"),
    pytest.param(["un", "UN", "Unmiss"], "The UN and UNMISS said un mot.", re.I,
                 r"\b(?:{})\b", id="case-variants-ignoring-case"),
    pytest.param(["Mai", "mai", "Maison"], "Maison Mai, 3 mai.", 0, r"\b(?:{})\b", id="case-variants-exact"),
    pytest.param(["k\u212a", "kk", "ss", "\u017fs"], "KK kk ss SS", re.I, r"(?:{})", id="letters-re-takes-alike"),
    pytest.param(["a.b", "a+b", "a b"], "a.b a+b a b axb", 0, r"(?:{})", id="special-characters"),
    pytest.param(["ngày", "ngay", "ngày mai"], "Ngày mai, ngay lập tức.", re.I, r"(?<!\w)(?:{})(?!\w)", id="accents-kept"),
]


@pytest.mark.parametrize(("words", "text", "flags", "frame"), _ALTERNATION_CASES)
def test_alternation_matches_as_the_list_longest_first(words, text, flags, frame):
    tree = re.compile(frame.format(alternation(words)), flags)
    listed = re.compile(frame.format(_listed(words)), flags)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in listed.finditer(text)]


@pytest.mark.parametrize(
    ("words", "written"),
    [
        pytest.param(["a b", "a"], r"a(?:\ b)?", id="a-phrase-after-its-word"),
        pytest.param(["attack", "attaque"], "atta(?:ck|que)", id="a-shared-beginning-once"),
        pytest.param([], "", id="no-words"),
    ],
)
def test_alternation_writes_shared_beginnings_once(words, written):
    assert alternation(words) == written


def test_alternation_writes_case_variants_as_the_plain_list():
    """Which of "un" and "UN" fits first would depend on the flags: written as the list."""
    assert sorted(alternation(["un", "UN"]).split("|")) == ["UN", "un"]


def test_alternation_of_words_of_one_length_fits_a_look_behind():
    assert re.compile(r"(?<=(?:" + alternation(["abc", "abd", "xyz"]) + r") )x").search("abd x")


from newsdossier.text import ordered_alternation  # noqa: E402


@pytest.mark.parametrize(
    ("parts", "text"),
    [
        pytest.param([(True, "a déclaré"), (False, r"a\s+(?:ensuite\s+)?déclaré"), (True, "déclaré"), (True, "dit")],
                     "Il a ensuite déclaré puis a déclaré et dit.", id="a-pattern-between-words"),
        pytest.param([(True, "said"), (True, "told"), (True, "say")], "They say he said and told.", id="words-only"),
        pytest.param([(True, "say"), (True, "said")], "He said.", id="shorter-first-kept-in-order"),
        pytest.param([(False, r"\d+ killed"), (True, "killed"), (True, "kill")], "12 killed, they kill", id="a-pattern-first"),
    ],
)
def test_ordered_alternation_matches_as_its_parts_in_order(parts, text):
    listed = "|".join(t if not literal else re.escape(t) for literal, t in parts)
    assert [m.span() for m in re.finditer(rf"(?<!\w)(?:{ordered_alternation(parts)})(?!\w)", text)] \
        == [m.span() for m in re.finditer(rf"(?<!\w)(?:{listed})(?!\w)", text)]


def test_ordered_alternation_writes_words_in_a_row_as_one_tree():
    assert ordered_alternation([(True, "said"), (True, "say"), (False, r"x+")]) == "sa(?:id|y)|x+"


def test_alternation_of_a_very_long_word_still_matches_it():
    long = "peacekeeping " * 400
    assert re.fullmatch(alternation([long, "peace"]), long)


# --- alternation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(["Rx", "rX", "RX", "rx", "Qz", "qZ", "mn", "pq"], id="two-letter-case-pairs"),
        pytest.param(["Óla", "óLa", "bra", "Bra", "kit", "KIT", "Kit", "ulm"], id="accented-case-pairs"),
    ],
)
def test_alternation_written_as_a_plain_list_is_in_one_order_whatever_the_hash_seed(words):
    """Words whose branches differ only by case are written as a plain list (no tree); among
    words of one length the list stands alphabetically, so the pattern's text is the same in
    every process (a set's order, which the hash seed sets, decided it before)."""
    from newsdossier.text import alternation
    expected = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    assert alternation(words) == expected
    assert alternation(reversed(words)) == expected


@pytest.mark.parametrize("words", [["vào ngày", "on", "le", "el"], ["el", "le", "on", "vào ngày"], ("le", "el", "on", "vào ngày", "le")])
def test_spaced_alternation_is_one_text_whatever_the_order_and_a_space_matches_any_white_space(words):
    from newsdossier.text import spaced_alternation
    pattern = spaced_alternation(words)
    assert pattern == r"vào\s+ngày|el|le|on"
    assert re.fullmatch(pattern, "vào\n  ngày") and not re.fullmatch(pattern, "vàongày")
    assert spaced_alternation([]) == ""
