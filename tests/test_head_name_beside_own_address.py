"""A site's name printed beside its own web address on the page's first or last line ("- Example
Voices - https://examplevoices.org -", the header a blog's printable page carries; "Harbour
Courier | https://www.harbourcourier.com" closing the page): the furniture names the site, and
the name, spelled with the address's letters, is the outlet the text shows. A name that does
not spell the address, an address of a site where pages are shared, or such a line in the
middle of the page (a list of partner sites, a link in the text) names nothing.

Every text is invented for the tests; the headline and lead are tests/headcases.py's.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("lang", "page", "source"), [
    ("en", "- Example Voices - https://examplevoices.org -\n\n{h}\n\n{l}\n\n{m}", "Example Voices"),
    ("fr", "- Le Veilleur du Sud - http://leveilleurdusud.net -\n\n{h}\n\n{l}\n\n{m}", "Le Veilleur du Sud"),
    ("es", "Diario del Valle Alto | https://www.diariodelvallealto.com.ar\n\n{h}\n\n{l}\n\n{m}", "Diario del Valle Alto"),
    ("vi", "{h}\n\n{l}\n\n{m}\n\nTin Làng Quê - https://tinlangque.vn", "Tin Làng Quê"),
    # a section's host: the name spells the registrable domain
    ("en", "Example Voices | https://blog.examplevoices.org\n\n{h}\n\n{l}\n\n{m}", "Example Voices"),
    # the address spells the name's last words only, joined to its head: the name as printed
    ("es", "{h}\n\n{l}\n\n{m}\n\nVoz del Litoral - https://litoral.com.ar", "Voz del Litoral"),
    ("es", "{h}\n\n{l}\n\n{m}\n\nMinisterio de Defensa - https://www.defensa.gob.ar", "Ministerio de Defensa"),
    ("fr", "Le Journal de Tulle - https://tulle.fr\n\n{h}\n\n{l}\n\n{m}", "Le Journal de Tulle"),
    # a body's acronym in capitals at its parent's domain
    ("en", "{h}\n\n{l}\n\n{m}\n\nUNMISS - https://unmiss.unmissions.org", "UNMISS"),
])
def test_a_name_beside_its_own_address_on_the_first_or_last_line_names_the_site(lang, page, source):
    text = page.format(h=HEADLINE[lang], l=LEAD[lang], m=MORE[lang])
    assert extract(text).fields.get("source") == source


@pytest.mark.parametrize(("lang", "page"), [
    # the name does not spell the address: another site's link
    ("en", "- Example Voices - https://harbourpost.org -\n\n{h}\n\n{l}\n\n{m}"),
    # a site where pages are shared
    ("en", "{h}\n\n{l}\n\n{m}\n\nFacebook - https://facebook.com"),
    # a service that printed the page
    ("en", "{h}\n\n{l}\n\n{m}\n\nPrinted with PrintFriendly - https://www.printfriendly.com"),
    # a partner site listed in the middle of the page
    ("fr", "{h}\n\n{l}\n\nLe Veilleur du Sud - http://leveilleurdusud.net\n\n{m}\n\nCommentaires fermés"),
    # a section's word spelling only the host's first label, not the site's domain
    ("en", "Latest News - https://news.examplevoices.org -\n\n{h}\n\n{l}\n\n{m}"),
    ("en", "The Blog - https://blog.examplevoices.org\n\n{h}\n\n{l}\n\n{m}"),
    ("vi", "{h}\n\n{l}\n\n{m}\n\nTin Tức - https://tintuc.tinlangque.vn"),
    # a teaser to another site's story closing the page
    ("en", "{h}\n\n{l}\n\n{m}\n\nRead more: Harbour Post - https://harbourpost.org/2024/03/story"),
    ("fr", "{h}\n\n{l}\n\n{m}\n\nLIRE AUSSI : Le Veilleur du Sud - http://leveilleurdusud.net/article-12"),
    ("es", "{h}\n\n{l}\n\n{m}\n\nLea también: Diario del Valle - https://diariodelvalle.com.ar/nota-3"),
])
def test_no_own_name_beside_an_address_names_nothing(lang, page):
    text = page.format(h=HEADLINE[lang], l=LEAD[lang], m=MORE[lang])
    assert extract(text).fields.get("source") in ("", None)
