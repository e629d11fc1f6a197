"""The site's name printed as the page's first line, its slogan after a dash or a bar: "Example
Sur - Diario de Example. Noticias de Example", "Le Journal Example – L'actualité de la
région", "The Example Times | News from the valley", "Báo Example - Tin tức Example". The
masthead's name names the publisher (tests/corpus/README: a site name in the page furniture),
where it reads as a newspaper's (an article opening it, or a newspaper's word in it) and the
text credits no other outlet. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_BODY = {
    "es": ("La misión denuncia un ataque contra su personal en el sur\n\n"
           "La fuerza de paz informó el martes de que tres artefactos cayeron cerca de una de sus patrullas en la frontera.\n\n"
           "El portavoz añadió que nadie resultó herido y que la patrulla siguió su camino.\n"),
    "fr": ("Un Casque bleu tué dans une attaque près de Gao\n\n"
           "Un Casque bleu a été tué mercredi dans une attaque contre un convoi près de Gao, a annoncé la mission.\n\n"
           "La mission a condamné l'attaque et promis une enquête.\n"),
    "en": ("Peacekeepers repair the bridge outside the camp\n\n"
           "Engineers of the mission began on Monday to rebuild a bridge the floods swept away last month.\n\n"
           "The work should take three weeks, an officer said.\n"),
    "vi": ("Công binh sửa cầu gần căn cứ của phái bộ\n\n"
           "Sáng 3/10, các chiến sĩ công binh đã bắt đầu sửa chữa cây cầu bị lũ cuốn trôi tháng trước.\n\n"
           "Công việc sẽ kéo dài ba tuần, một sĩ quan cho biết.\n"),
}


@pytest.mark.parametrize(
    ("language", "masthead", "source"),
    [
        pytest.param("es", "Diario Ejemplar - Diario de Villanueva. Noticias de Villanueva", "Diario Ejemplar", id="es-diario"),
        pytest.param("fr", "Le Courrier Exemplaire \u2013 L'actualité de la vallée", "Le Courrier Exemplaire", id="fr-article"),
        pytest.param("en", "The Harbourside Times | News from the valley", "The Harbourside Times", id="en-bar"),
        pytest.param("vi", "Báo Miền Ví Dụ - Tin tức trong ngày", "Báo Miền Ví Dụ", id="vi-bao"),
        # (must not change) a name that reads as no newspaper's, a place, a headline-like line,
        # and the masthead under the text's agency credit
        pytest.param("es", "Villanueva Hoy Mismo - Portal de la comarca", "", id="no-paper-word"),
        pytest.param("fr", "Mali - Un Casque bleu tué près de Gao", "", id="place-then-headline"),
        # (must not change) a name that opens on an article and no newspaper's word, before a
        # line that reads as no newspaper's slogan: a brand's, a person's, a place's, a show's
        pytest.param("en", "The Northern Peak | Never stop exploring", "", id="en-brand-motto"),
        pytest.param("es", "El Greco - Pintor del Renacimiento", "", id="es-person-motto"),
        pytest.param("fr", "La Rochelle \u2013 Ville d'art et d'histoire", "", id="fr-place-motto"),
        pytest.param("fr", "La Grande Librairie \u2013 Émission littéraire", "", id="fr-show"),
        pytest.param("en", "The Ministry of Example | Government portal", "", id="en-body"),
        # an article and no newspaper's word, the slogan saying the line is a newspaper's
        pytest.param("es", "El Ejemplar - Diario de Villanueva", "El Ejemplar", id="es-slogan-says-paper"),
    ],
)
def test_dashed_masthead_names_the_site(language, masthead, source):
    text = f"{masthead}\n\n{_BODY[language]}"
    assert extract(text).fields["source"] == source


def test_agency_dateline_outranks_the_masthead():
    body = _BODY["fr"].replace("Un Casque bleu a été tué", "GAO (AFP) - Un Casque bleu a été tué")
    assert extract("Le Courrier Exemplaire \u2013 L'actualité de la vallée\n\n" + body).fields["source"] == "Agence France-Presse"
