"""A saved web page is decoded by the charset it declares (its byte order mark first, then its
<meta charset> or http-equiv Content-Type, as the HTML standard sniffs it), not by a guess; a
page whose bytes are not valid in the charset it declares is read as a text seed is (UTF-8
with a few bad bytes, else a guess) and says so in seed_encoding. A page read in the charset
it rightly declares is read silently: no note, no seed_encoding. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.ingest import collect
from newsdossier.ingest.html import decode_page
from newsdossier.normalize import extract_article

HEAD = "Médailles à Bangui"
PARAGRAPHS = {
    "fr": ["« Merci », a dit le général à l’aube.", "Les soldats ont reçu leurs médailles à Bangui jeudi."],
    "es": ["« Gracias », dijo el general al alba.", "Los soldados recibieron sus medallas en Bangui el jueves."],
}


def _page(declaration: str, lang: str, paragraphs: list[str]) -> str:
    return (f'<html lang="{lang}"><head>{declaration}<title>{HEAD}</title></head><body><article><h1>{HEAD}</h1>'
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")


def _read(tmp_path, raw: bytes):
    seed = tmp_path / "page.html"
    seed.write_bytes(raw)
    [article], _ = collect(seed)
    outcome = extract_article(article)
    assert outcome.why is None
    return outcome


@pytest.mark.parametrize("lang", ["fr", "es"])
@pytest.mark.parametrize("declaration", [
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    "<meta charset='ISO-8859-1'>",  # Latin-1 is read as Windows-1252 (WHATWG Encoding Standard)
    '<!-- <meta charset="utf-8"> --><meta content="text/html;charset=cp1252" http-equiv="content-type">',
])
def test_a_page_in_windows_1252_is_read_by_the_charset_it_declares(tmp_path, declaration, lang):
    paragraphs = PARAGRAPHS[lang]
    outcome = _read(tmp_path, _page(declaration, lang, paragraphs).encode("cp1252"))
    assert outcome.extraction.body == paragraphs
    assert outcome.extraction.fields["title"] == HEAD
    assert "seed_encoding" not in outcome.extraction.fields  # declared, not guessed
    assert outcome.note is None  # read as the page declares: nothing for a person to check


@pytest.mark.parametrize("lang", ["fr", "es"])
@pytest.mark.parametrize("declaration", ['<meta charset="windows-1252">', '<meta charset="utf-16">'])
def test_a_page_in_another_declared_charset_is_read_silently(tmp_path, declaration, lang):
    paragraphs = PARAGRAPHS[lang]
    raw = _page(declaration, lang, paragraphs).encode("cp1252" if "1252" in declaration else "utf-8")
    outcome = _read(tmp_path, raw)
    assert outcome.extraction.body == paragraphs
    assert (outcome.note, outcome.extraction.fields.get("seed_encoding")) == (None, None)


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_a_page_declaring_utf8_saved_as_latin1_is_read_by_a_guess_and_says_so(tmp_path, lang):
    paragraphs = [p.replace("’", "'") for p in PARAGRAPHS[lang]]  # (no ’ in Latin-1)
    outcome = _read(tmp_path, _page('<meta charset="utf-8">', lang, paragraphs).encode("latin-1"))
    assert outcome.extraction.body == paragraphs
    assert outcome.extraction.fields["seed_encoding"] == "cp1252"
    assert "utf-8" in outcome.note


@pytest.mark.parametrize("declaration", ['<meta charset="utf-8">', '<meta charset="windows-1252">', ""])
def test_a_utf8_page_with_a_byte_order_mark_is_utf8_and_counts_its_bad_bytes(tmp_path, declaration):
    paragraphs = PARAGRAPHS["fr"]
    raw = b"\xef\xbb\xbf" + _page(declaration, "fr", paragraphs).encode("utf-8").replace("jeudi".encode(), b"jeu\xe9di")
    outcome = _read(tmp_path, raw)
    assert outcome.extraction.body == [paragraphs[0], paragraphs[1].replace("jeudi", "jeu\ufffddi")]
    assert outcome.extraction.fields["seed_bad_bytes"] == 1
    assert outcome.extraction.fields["seed_encoding"] == "utf-8"


@pytest.mark.parametrize("raw, expected", [
    (b"\xff\xfe<\x00h\x00", "utf-16-le"),
    (b'\xef\xbb\xbf<meta charset="windows-1252">', "utf-8"),  # the byte order mark first
    (b'<meta charset="koi8-r">', "koi8-r"),
    (b'<meta charset="utf-16">', "utf-8"),  # markup readable as ASCII is no UTF-16
    (b'<meta http-equiv="refresh" content="5; charset=latin1"><meta charset="latin1">', "cp1252"),
    (b'<meta charset="no-such-charset">', None),
    (b'<meta charset="base64">', None),  # Python codecs that are no page's charset
    (b'<meta charset="unicode_escape">', None),
    (b'<meta charset="undefined">', None),
    (b"<html><p>no declaration</p></html>", None),
])
def test_the_declared_charset_is_sniffed_as_the_html_standard_does(raw, expected):
    from newsdossier.ingest.html import declared_charset

    assert declared_charset(raw) == expected


@pytest.mark.parametrize("label", ["gb2312", "GBK", "x-gbk", "gb18030"])
def test_a_page_declaring_gb2312_or_gbk_is_read_as_gb18030(tmp_path, label):
    # The WHATWG Encoding Standard reads the gb2312 and gbk labels with the GB18030 decoder: a
    # character GBK lacks (the bullet, a Vietnamese letter of a name) saved as GB18030 writes it
    # reads, where Python's gbk codec fails and the page went to a guess.
    paragraphs = ["中国维和部队在南苏丹执行任务。", "• 越南军官阮文雄（Nguyễn Văn Hùng）表示，任务进展顺利。"]
    page = (f'<html lang="zh"><head><meta charset="{label}"><title>中国维和部队</title></head><body><article>'
            "<h1>中国维和部队</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    decoded = decode_page(page.encode("gb18030"))
    assert (decoded.note, decoded.encoding) == (None, None)
    assert all(paragraph in decoded.text for paragraph in paragraphs)
    outcome = _read(tmp_path, page.encode("gb18030"))
    assert outcome.extraction.body == paragraphs
    assert (outcome.note, outcome.extraction.fields.get("seed_encoding")) == (None, None)
