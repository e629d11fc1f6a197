"""A person named, then an apposition describing them that names a body they serve with: the
person speaks, not the body, when the apposition opens on an indefinite article and no comma
closes it before the verb ("Jane Roe, a nurse serving with UNMISS said"), and when a relative
pronoun for a person follows it ("..., a nurse with UNICEF, who said"). Every sentence is
written for the test, in English, French, Spanish and Vietnamese."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speakers",
    [
        pytest.param("en", "Jane Roe, a nurse serving with UNMISS said the clinic would reopen on Monday.",
                     ["Jane Roe"], id="en-a-nurse-with-body-said"),
        pytest.param("en", "Jane Roe, an engineer of the UN Mission in South Sudan said the bridge was repaired.",
                     ["Jane Roe"], id="en-an-engineer-of-mission-said"),
        pytest.param("fr", "Jeanne Roux, une infirmière servant avec la MINUSMA a déclaré que le camp était calme.",
                     ["Jeanne Roux"], id="fr-une-infirmiere-avec-mission-a-declare"),
        pytest.param("es", "Ana Ruiz, una enfermera de la MINUSCA dijo que el hospital abrirá el lunes.",
                     ["Ana Ruiz"], id="es-una-enfermera-de-mision-dijo"),
        pytest.param("vi", "Thiếu tá Nguyễn Thị Lan, một nữ quân nhân của UNMISS cho biết bệnh viện sẽ mở cửa vào thứ Hai.",
                     ["Nguyễn Thị Lan"], id="vi-mot-nu-quan-nhan-cua-phai-bo-cho-biet"),
        # near misses: a list after the comma, the body after the person's own clause
        pytest.param("en", "Jane Roe, a nurse, and UNMISS said the clinic would reopen on Monday.",
                     ["Jane Roe", "UNMISS"], id="en-a-list-not-an-apposition"),
        pytest.param("en", "Jane Roe met a nurse of UNMISS, and UNMISS said the clinic would reopen on Monday.",
                     ["UNMISS"], id="en-the-body-of-another-clause"),
        pytest.param("fr", "Jeanne Roux a rencontré une infirmière de la MINUSMA qui a déclaré que le camp était calme.",
                     ["MINUSMA"], id="fr-no-apposition-after-the-name"),
    ],
)
def test_a_person_described_with_an_indefinite_article_speaks(language, paragraph, speakers):
    assert [q.speaker for q in quotes_of(language, paragraph)] == speakers
