"""A writer's initials printed alone on a line right above the page's date line, under the
headline and its summary ("J. P." then "Miércoles, 3 de septiembre 2025, 11:05"): the
byline, as a writer's name printed there is (a page signed with initials credits its writer
so). Every text is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_HEAD = {
    "es": ("La misión denuncia un ataque contra su personal en el sur",
           "La fuerza asegura que uno de los artefactos cayó cerca de sus efectivos",
           "Miércoles, 3 de septiembre 2025, 11:05",
           "La Fuerza Interina ha denunciado un ataque contra su personal cerca de la frontera. Tres artefactos cayeron a cien metros."),
    "fr": ("Un Casque bleu tué dans une attaque près de Gao",
           "La mission a condamné l'attaque et promis une enquête",
           "Mercredi 3 septembre 2025 à 11h05",
           "Un Casque bleu a été tué mercredi dans une attaque contre un convoi près de Gao, a annoncé la mission des Nations unies."),
    "en": ("Peacekeepers repair the bridge outside the camp",
           "Engineers began work on a crossing the floods swept away",
           "Wednesday, 3 September 2025, 11:05",
           "Engineers of the mission began on Monday to rebuild a bridge the floods swept away last month near the camp."),
    "vi": ("Công binh sửa cầu gần căn cứ của phái bộ",
           "Công việc sẽ kéo dài ba tuần trước mùa mưa",
           "Thứ Tư, 03/09/2025 11:05",
           "Sáng 3/9, các chiến sĩ công binh của phái bộ đã bắt đầu sửa chữa cây cầu bị lũ cuốn trôi tháng trước gần doanh trại."),
}
_MORE = "\n\nEl portavoz añadió que nadie resultó herido y que la patrulla siguió su camino tras el incidente.\n"


def _page(language: str, signed: str) -> str:
    headline, summary, date, lead = _HEAD[language]
    return f"{headline}\n\n{summary}\n\n{signed}\n\n{date}\n\n{lead}{_MORE}"


@pytest.mark.parametrize(
    ("language", "signed", "authors"),
    [
        # (the byline's closing stop is trimmed, as every byline's is)
        pytest.param("es", "J. P.", ["J. P"], id="es-spaced"),
        pytest.param("fr", "A.B.", ["A.B"], id="fr-glued"),
        pytest.param("en", "J. R. T.", ["J. R. T"], id="en-three"),
        # (must not change) a writer's name there stays the byline
        pytest.param("es", "Ana Gómez", ["Ana Gómez"], id="es-name"),
        # (must not change) a place's or a body's abbreviation there is no writer's initials
        pytest.param("fr", "R.D.C.", [], id="fr-country-abbreviation"),
        pytest.param("en", "U.N.", [], id="en-body-abbreviation"),
        pytest.param("es", "O.N.U.", [], id="es-body-abbreviation"),
        pytest.param("vi", "J. P.", ["J. P"], id="vi-initials"),
        # (must not change) the abbreviation of a word for the newsroom's reporter ("P.V.",
        # "phóng viên"; vocabulary anonymous_bylines) names no writer
        pytest.param("vi", "P.V.", [], id="vi-reporter-abbreviation"),
    ],
)
def test_initials_over_the_date_line_sign_the_page(language, signed, authors):
    fields = extract(_page(language, signed)).fields
    assert fields["authors"] == authors
    assert fields["title"] == _HEAD[language][0]


def test_initials_under_a_masthead_and_a_legend_sign_the_page():
    headline, summary, date, lead = _HEAD["es"]
    text = (f"Diario Ejemplar - Noticias de Villanueva\n\nSoldados en una patrulla cerca de Tiro. AFP\n\n{headline}\n\n"
            f"{summary}\n\nM. R.\n\n{date}\n\n{lead}{_MORE}")
    assert extract(text).fields["authors"] == ["M. R"]


def test_initials_in_the_text_sign_nothing():
    # (must not change) initials under the text's paragraphs, with no date line under them
    text = "\n\n".join([_HEAD["en"][0], _HEAD["en"][3], "The work should take three weeks, an officer said.", "U.S."]) + "\n"
    assert extract(text).fields["authors"] == []
