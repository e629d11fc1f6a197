"""A web domain printed alone, without "http" or "www.", on the line right under the text's
last paragraph ("elheraldoaustral.com.ar", "tinvidu.com.vn") signs the text off with the
outlet it came from, as a sign-off's name does ("— Horizon Example"): the page's source, as
printed where the reference does not know the domain, the reference's name where it does;
only headings and the site's own furniture may follow it. The same domain printed among the
paragraphs (a paragraph of the text follows it), a domain inside a sentence, a line of
words with a stop that is no domain ("Fin."), a file's name ("annual-report.pdf"), a site
where pages are shared ("youtube.com", "bit.ly") and the first of a list of links (another
domain or address on the next line) sign nothing off.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)

# other stories' headlines under the sign-off, printed without a stop (headings)
_AFTER = {
    "en": ["Council approves the new budget for the harbour", "Storm closes the mountain pass for a second day"],
    "es": ["El concejo aprueba el nuevo presupuesto del puerto", "La tormenta cierra el paso de montaña por segundo día"],
    "fr": ["Le conseil approuve le nouveau budget du port", "La tempête ferme le col pour un deuxième jour"],
    "vi": ["Hội đồng thông qua ngân sách mới cho bến cảng", "Bão làm đóng đèo thêm một ngày nữa"],
}


def _page(language: str, line: str, after: bool = True) -> str:
    return "\n\n".join([HEADLINE[language], MORE[language], LEAD[language], line, *(_AFTER[language] if after else [])])


@pytest.mark.parametrize(("language", "line", "after", "source"), [
    ("es", "elheraldoaustral.com.ar", True, "elheraldoaustral.com.ar"),
    ("es", "elheraldoaustral.com.ar", False, "elheraldoaustral.com.ar"),
    ("en", "harbourcourier.co.uk", True, "harbourcourier.co.uk"),
    ("fr", "lecourrierlacustre.ml", True, "lecourrierlacustre.ml"),
    ("vi", "tinvidu.com.vn", True, "tinvidu.com.vn"),
    # a domain the reference knows: its name
    ("fr", "rfi.fr", True, "Radio France Internationale"),
])
def test_a_bare_domain_under_the_last_paragraph_credits_the_story(language, line, after, source):
    x = extract(_page(language, line, after), today=_TODAY)
    assert x.fields.get("source", "") == source


@pytest.mark.parametrize(("language", "text"), [
    # (must not change) the domain between two paragraphs of the text
    ("es", "\n\n".join([HEADLINE["es"], LEAD["es"], "elheraldoaustral.com.ar", MORE["es"]])),
    # (must not change) a domain inside the last sentence
    ("en", "\n\n".join([HEADLINE["en"], LEAD["en"], "More is on harbourcourier.co.uk for readers."])),
    # (must not change) a closing word with a stop, no domain
    ("fr", "\n\n".join([HEADLINE["fr"], MORE["fr"], LEAD["fr"], "Fin."])),
    # a file's name, a site where pages are shared, a link shortener: no news site's domain
    ("en", "\n\n".join([HEADLINE["en"], MORE["en"], LEAD["en"], "annual-report.pdf"])),
    ("fr", "\n\n".join([HEADLINE["fr"], MORE["fr"], LEAD["fr"], "youtube.com"])),
    ("vi", "\n\n".join([HEADLINE["vi"], MORE["vi"], LEAD["vi"], "facebook.com"])),
    ("es", "\n\n".join([HEADLINE["es"], MORE["es"], LEAD["es"], "bit.ly"])),
    # a list of links under the text: the first domain is no sign-off
    ("es", "\n\n".join([HEADLINE["es"], MORE["es"], LEAD["es"], "informeanual-ejemplo.org", "observatorio-ejemplo.org"])),
    ("vi", "\n\n".join([HEADLINE["vi"], MORE["vi"], LEAD["vi"], "baocaovidu.org.vn", "quansatvidu.vn"])),
])
def test_no_credit_from_a_domain_that_signs_nothing_off(language, text):
    assert extract(text, today=_TODAY).fields.get("source", "") == ""
