"""A byline that prints the writer's e-mail address on its own line, bracketed or not ("By Jane
Roe (jane.roe@harbourledger.com)", "Par Jean Dupont - jdupont@courrierdulac.fr", "Jane Roe
<jroe@harbourledger.com>"): the name is the writer, the address page furniture, as when
the address stands on the next line or after a bar. Main put the whole line in the page's
furniture and gave no author.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024"}


@pytest.mark.parametrize(("language", "byline", "writer"), [
    pytest.param("en", "By Jane Roe (jane.roe@harbourledger.com)", "Jane Roe", id="en-bracketed"),
    pytest.param("en", "By Jane Roe jane.roe@harbourledger.com", "Jane Roe", id="en-bare"),
    pytest.param("en", "Jane Roe <jroe@harbourledger.com>", "Jane Roe", id="en-name-angle"),
    pytest.param("fr", "Par Jean Dupont - jdupont@courrierdulac.fr", "Jean Dupont", id="fr-dash"),
    pytest.param("es", "Por Juana Ríos (jrios@diariodelvalle.com.ar)", "Juana Ríos", id="es-bracketed"),
])
def test_name_beside_its_mail_is_the_writer(language, byline, writer):
    text = "\n\n".join([_HEAD[language], byline, DAY[language], _LEAD[language], _MORE[language]])
    assert extract(text).fields["authors"] == [writer]


def test_sentence_with_a_mail_is_no_byline():
    # (must not change) a contact sentence under the text names no writer
    text = "\n\n".join([_HEAD["en"], DAY["en"], _LEAD["en"], _MORE["en"],
                        "For more information, write to the press office at press@harbourmission.org."])
    assert extract(text).fields["authors"] == []
