"""An e-mail address in a page's furniture glued to the word printed after it, the break
between two of a header's fields lost in the copy ("Email: desk@harbourview.vnEmail: ...",
"redaccion@diariodelsur.com.arTeléfono"): the address ends where its lower-case domain meets
a capital (a Vietnamese one too, "Ấn phẩm") or a digit (a telephone number), and the site's
domain read from it (extract._mail_domain) is the domain alone, not run into the next word. An address printed in capitals, or with its domain capitalised
("Desk@Harbourview.Org"), is read whole.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, header: str) -> str:
    return "\n\n".join([header, HEADLINE[language], LEAD[language], MORE[language]])


@pytest.mark.parametrize(("language", "header", "domain"), [
    ("vi", "Hotline: 0912 000 111Email: toasoan@harbourview.vnEmail: toasoan@harbourview.vn", "harbourview.vn"),
    ("es", "Contacto: redaccion@diariodelsur.com.arTeléfono: 011 4000 0000", "diariodelsur.com.ar"),
    ("en", "Write to us: desk@harbourview.orgFollow us", "harbourview.org"),
    # a Vietnamese capital out of Latin-1 ("Ấn phẩm", "Ứng dụng"), a telephone number's digit
    ("vi", "Email: toasoan@harbourview.vnẤn phẩm: Báo in", "harbourview.vn"),
    ("vi", "Email: toasoan@harbourview.vnỨng dụng", "harbourview.vn"),
    ("vi", "Email: toasoan@harbourview.vn0912 000 111", "harbourview.vn"),
])
def test_the_glued_address_gives_its_domain_alone(language, header, domain):
    assert extract(_page(language, header)).fields["source"] == domain


@pytest.mark.parametrize(("language", "header", "domain"), [
    # (must not change) an address printed whole, in lower case or in capitals
    ("en", "Write to us: desk@harbourview.org", "harbourview.org"),
    ("en", "WRITE TO US: DESK@HARBOURVIEW.ORG", "harbourview.org"),
    # an address whose domain is written capitalised, as it was read before the glued reading
    ("en", "Write to us: Desk@Harbourview.Org", "harbourview.org"),
])
def test_an_address_printed_whole_is_read_whole(language, header, domain):
    assert extract(_page(language, header)).fields["source"] == domain
