"""A print stamp over a saved page ("Printed on ...", "Imprimé le ...", "Impreso el ...",
"Ngày in: ...") dates a copy made on or after the day the page appeared, as an update's line
does: no publication date printed (vocabulary metadata_labels "updated"; the rulebook's "nor is
a 'last updated' line").

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE

STAMP = {
    "en": "Printed on Wed Sep 28 2022 8:24:02 PM",
    "fr": "Imprimé le 28/09/2022 à 20:24",
    "es": "Impreso el 28 de septiembre de 2022",
    "vi": "Ngày in: 28/09/2022",
}
PUBLISHED = {
    "en": "Published on 14 May 2021",
    "fr": "Publié le 14 mai 2021",
    "es": "Publicado el 14 de mayo de 2021",
    "vi": "Ngày đăng: 14/05/2021",
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_print_stamp_prints_no_publication_date(language):
    from newsdossier.extract import extract

    found = extract("\n\n".join([STAMP[language], HEADLINE[language], LEAD[language], MORE[language]]))
    assert (found.determined_date, found.fields["date_basis"]) == ("", "inferred")


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_the_publication_date_outranks_a_print_stamp(language):
    from newsdossier.extract import extract

    found = extract("\n\n".join([STAMP[language], HEADLINE[language], PUBLISHED[language], LEAD[language], MORE[language]]))
    assert (found.fields["date"], found.fields["date_basis"]) == ("2021-05-14", "explicit")
