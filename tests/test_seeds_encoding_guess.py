"""Seeds that are not clean UTF-8: UTF-8 with a few bad bytes is read as UTF-8 (the bad bytes
become U+FFFD, counted); a single-byte Western text is read as Windows-1252 even with a few
bytes that encoding leaves undefined, never as Cyrillic, Arabic or a Mac encoding; a real
Cyrillic text stays Cyrillic; and an encoding guessed from the bytes is written into the
article (seed_encoding, seed_bad_bytes) so that `newsdossier check` and the review page list it."""
from __future__ import annotations

import pytest

from newsdossier.corpus import load_corpus
from newsdossier.normalize import normalize
from newsdossier.seeds import decode
from newsdossier.store import Project

ENGLISH = (
    "Peacekeepers return to the northern camp\n\n"
    "The convoy\u2019s first trucks reached the camp on Tuesday, and the commander called the move "
    "\u201ca careful step\u201d after weeks of talks. Officials said the patrols would resume once "
    "the road was cleared \u2014 probably before the rains.\n"
)
FRENCH = (
    "Les casques bleus rentrent au camp du nord\n\n"
    "Les premiers camions du convoi sont arrivés mardi au camp, et le commandant a qualifié ce "
    "retour de « pas prudent » après des semaines de négociations. Les patrouilles reprendront "
    "dès que la route sera dégagée, a-t-il précisé à l\u2019équipe de la mission.\n"
)
SPANISH = (
    "Los cascos azules regresan al campamento del norte\n\n"
    "Los primeros camiones del convoy llegaron el martes al campamento, y el comandante calificó "
    "el regreso de «paso prudente» tras semanas de negociación. Las patrullas se reanudarán cuando "
    "la carretera esté despejada, añadió el portavoz de la misión.\n"
)
VIETNAMESE = (
    "Lực lượng gìn giữ hòa bình trở về doanh trại phía bắc\n\n"
    "Những chiếc xe tải đầu tiên của đoàn đã đến doanh trại vào thứ Ba, và chỉ huy gọi đây là "
    "một bước đi thận trọng sau nhiều tuần đàm phán. Các cuộc tuần tra sẽ được nối lại khi "
    "con đường được dọn sạch.\n"
)
RUSSIAN = (
    "Миротворцы возвращаются в северный лагерь\n\n"
    "Первые грузовики колонны прибыли в лагерь во вторник, и командир назвал это возвращение "
    "осторожным шагом после нескольких недель переговоров. Патрулирование возобновится, когда "
    "дорогу расчистят, сообщил представитель миссии.\n"
)


def _with_stray(raw: bytes, stray: bytes, before: str, encoding: str = "utf-8") -> bytes:
    """The bytes with `stray` put right before the first `before` (in `encoding`)."""
    at = raw.index(before.encode(encoding))
    return raw[:at] + stray + raw[at:]


def _fffd_before(text: str, before: str, count: int = 1) -> str:
    at = text.index(before)
    return text[:at] + "\ufffd" * count + text[at:]


# --- UTF-8 but for a few bad bytes ------------------------------------------------------------

UTF8_WITH_BAD_BYTES = {
    # (bytes, the text expected, how many bad bytes)
    "english-stray-ff": (_with_stray(ENGLISH.encode(), b"\xff", "Officials"), _fffd_before(ENGLISH, "Officials"), 1),
    "french-stray-ff": (_with_stray(FRENCH.encode(), b"\xff", "Les patrouilles"), _fffd_before(FRENCH, "Les patrouilles"), 1),
    "vietnamese-stray-ff": (_with_stray(VIETNAMESE.encode(), b"\xff", "Các"), _fffd_before(VIETNAMESE, "Các"), 1),
    # a character cut short (the first byte of "é" alone) and a Windows-1252 apostrophe pasted in
    "french-cut-character-and-pasted-byte": (
        _with_stray(_with_stray(FRENCH.encode(), b"\xc3", " camp,"), b"\x92", "s semaines"),
        _fffd_before(_fffd_before(FRENCH, " camp,"), "s semaines"), 2),
    "spanish-two-stray-bytes": (
        _with_stray(_with_stray(SPANISH.encode(), b"\xfe", "Las patrullas"), b"\xff", "el portavoz"),
        _fffd_before(_fffd_before(SPANISH, "Las patrullas"), "el portavoz"), 2),
}


@pytest.mark.parametrize("case", sorted(UTF8_WITH_BAD_BYTES))
def test_utf8_with_a_few_bad_bytes_is_read_as_utf8_and_the_bad_bytes_are_counted(case):
    raw, expected, bad = UTF8_WITH_BAD_BYTES[case]
    text, note = decode(raw)
    assert text == expected
    assert note is not None and note.startswith("decoded as UTF-8") and f"{bad} byte{'s' if bad > 1 else ''} not UTF-8" in note


@pytest.mark.parametrize("case", sorted(UTF8_WITH_BAD_BYTES))
def test_utf8_with_bad_bytes_is_told_as_not_certain(case):
    from newsdossier.seeds import decode_seed

    raw, _, bad = UTF8_WITH_BAD_BYTES[case]
    decoded = decode_seed(raw)
    assert (decoded.encoding, decoded.bad_bytes) == ("utf-8", bad)


# --- single-byte Western texts ------------------------------------------------------------------

WESTERN = {
    # (bytes, the text expected, bytes undefined in Windows-1252)
    # Windows-1252 with one or two of the bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    "french-cp1252-one-undefined-byte": (
        _with_stray(FRENCH.encode("cp1252"), b"\x81", "Les patrouilles"), _fffd_before(FRENCH, "Les patrouilles"), 1),
    "spanish-cp1252-two-undefined-bytes": (
        _with_stray(_with_stray(SPANISH.encode("cp1252"), b"\x90", "Las patrullas"), b"\x8d", "el portavoz"),
        _fffd_before(_fffd_before(SPANISH, "Las patrullas"), "el portavoz"), 2),
    "french-latin-1-undefined-byte": (
        _with_stray(FRENCH.replace("\u2019", "'").encode("latin-1"), b"\x9d", "dès que", "latin-1"),
        _fffd_before(FRENCH.replace("\u2019", "'"), "dès que"), 1),
    # a Windows-1252 text with a paragraph pasted from UTF-8: both read right (ftfy mends the UTF-8)
    "spanish-cp1252-then-a-utf8-paragraph": (
        SPANISH.encode("cp1252") + "\nEl general añadió: «la misión continúa».\n".encode("utf-8"),
        SPANISH + "\nEl general añadió: «la misión continúa».\n", 0),
}


@pytest.mark.parametrize("case", sorted(WESTERN))
def test_a_western_text_with_a_few_bad_bytes_is_read_as_windows_1252(case):
    raw, expected, bad = WESTERN[case]
    text, note = decode(raw)
    assert text == expected
    assert note is not None and note.startswith("decoded as cp1252")
    if bad:
        assert f"{bad} byte{'s' if bad > 1 else ''} undefined" in note


@pytest.mark.parametrize(("text", "encoding"), [
    pytest.param(FRENCH, "cp1252", id="french-cp1252"),
    pytest.param(SPANISH, "cp1252", id="spanish-cp1252"),
    pytest.param(FRENCH.replace("\u2019", "'"), "latin-1", id="french-latin-1"),
])
def test_a_guessed_western_encoding_is_named(text, encoding):
    from newsdossier.seeds import decode_seed

    decoded = decode_seed(text.encode(encoding))
    assert (decoded.text, decoded.encoding, decoded.bad_bytes) == (text, "cp1252", 0)


# --- guards: what was read right stays so ---------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected", "note"), [
    pytest.param(RUSSIAN.encode("cp1251"), RUSSIAN, "decoded as cp1251", id="russian-cp1251"),
    pytest.param(RUSSIAN.encode("koi8_r"), RUSSIAN, "decoded as koi8_r", id="russian-koi8-r"),
    pytest.param(FRENCH.encode("utf-16-le"), FRENCH, "decoded as UTF-16 (no byte order mark)", id="utf-16-without-bom"),
    pytest.param(VIETNAMESE.encode("utf-16-be"), VIETNAMESE, "decoded as UTF-16 (no byte order mark)", id="vietnamese-utf-16-be-without-bom"),
    pytest.param(FRENCH.encode("utf-8").decode("cp1252").encode("utf-8"), FRENCH, "repaired mis-decoded characters (mojibake)", id="mojibake"),
    pytest.param(FRENCH.encode("utf-8"), FRENCH, None, id="clean-utf-8"),
])
def test_what_was_read_right_is_read_as_before(raw, expected, note):
    text, told = decode(raw)
    assert text == expected
    assert told is None if note is None else told.startswith(note)


# --- told to a person: the article names the encoding, `check` warns ------------------------------


@pytest.mark.parametrize(("raw", "front", "warning"), [
    pytest.param(_with_stray(FRENCH.encode(), b"\xff", "Les patrouilles"), {"seed_encoding": "utf-8", "seed_bad_bytes": 1},
                 "is UTF-8 but for 1 bad byte", id="utf-8-with-a-bad-byte"),
    pytest.param(SPANISH.encode("cp1252"), {"seed_encoding": "cp1252"}, "read as cp1252, an encoding guessed", id="cp1252"),
    pytest.param(_with_stray(FRENCH.encode("cp1252"), b"\x81", "Les patrouilles"), {"seed_encoding": "cp1252", "seed_bad_bytes": 1},
                 "read as cp1252, an encoding guessed from its bytes, 1 byte undefined", id="cp1252-with-an-undefined-byte"),
    pytest.param(FRENCH.encode("utf-8"), {}, None, id="clean-utf-8-not-listed"),
    pytest.param(FRENCH.encode("utf-16"), {}, None, id="utf-16-not-listed"),
])
def test_a_seed_read_by_a_guess_is_named_in_its_article_and_warned_of(tmp_path, raw, front, warning):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "camp.txt").write_bytes(raw)
    normalize(Project(tmp_path), log=lambda line: None)
    corpus = load_corpus(Project(tmp_path))
    [article] = corpus.articles.values()
    assert {key: article.meta[key] for key in ("seed_encoding", "seed_bad_bytes") if key in article.meta} == front
    warned = [w.one_line() for w in corpus.warnings if "seeds/camp.txt" in w.message]
    if warning is None:
        assert warned == []
    else:
        assert len(warned) == 1 and warning in warned[0] and "warning:" in warned[0]


def test_deleting_the_lines_once_checked_ends_the_warning(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "camp.txt").write_bytes(SPANISH.encode("cp1252"))
    normalize(Project(tmp_path), log=lambda line: None)
    [path] = (tmp_path / "data" / "articles").glob("*.md")
    path.write_text(path.read_text(encoding="utf-8").replace("seed_encoding: cp1252\n", ""), encoding="utf-8")
    normalize(Project(tmp_path), log=lambda line: None)
    assert "seed_encoding" not in path.read_text(encoding="utf-8")
    assert not [w for w in load_corpus(Project(tmp_path)).warnings if "seeds/camp.txt" in w.message]
