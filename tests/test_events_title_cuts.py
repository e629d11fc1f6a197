"""Event titles: a part of the day said after a weekday goes with the weekday ("on Thursday
night" leaves no "night": "Base attacked", not "Base attacked night"; "jeudi soir", "el
jueves por la noche"), and a quotation mark the title's cut left without its pair is taken
out ("Attaque complexe » a visé le camp" reads "Attaque complexe a visé le camp"), while a
quotation whole in the title keeps its marks. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 10, 12)  # a Saturday


def titles(sentence: str, language: str) -> list[str]:
    return [e.title for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language, title",
    [
        pytest.param("The depot was shelled on Thursday night.", "en", "Depot shelled", id="en-night"),
        pytest.param("The patrol was ambushed on Thursday morning near Ansongo.", "en", "Patrol ambushed near Ansongo",
                     id="en-morning"),
        pytest.param("Le dépôt a été attaqué jeudi soir.", "fr", "Dépôt a été attaqué", id="fr-soir"),
        pytest.param("El depósito fue atacado el jueves por la noche.", "es", "Depósito fue atacado", id="es-por-la-noche"),
    ],
)
def test_a_part_of_the_day_goes_with_its_weekday(sentence, language, title):
    assert titles(sentence, language) == [title]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A “coordinated attack” struck the outpost on Thursday.", "en", id="en-curly"),
        pytest.param('A "coordinated attack" struck the outpost on Thursday.', "en", id="en-straight"),
        pytest.param("Une « attaque coordonnée » a visé le poste jeudi.", "fr", id="fr-angle"),
        pytest.param("Un «ataque coordinado» golpeó el puesto el jueves.", "es", id="es-angle"),
    ],
)
def test_no_quotation_mark_is_left_without_its_pair(sentence, language):
    (title,) = titles(sentence, language)
    for opening, closing in (("\u201c", "\u201d"), ("\u00ab", "\u00bb")):
        assert title.count(opening) == title.count(closing), title
    assert title.count('"') % 2 == 0, title


def test_a_whole_quotation_keeps_its_marks():
    (title,) = titles("The mission described Thursday’s “cowardly” attack on its base as a war crime.", "en")
    assert "“cowardly”" in title, title


@pytest.mark.parametrize(
    "sentence, language, title",
    [
        pytest.param("The Council last week extended the mandate of the observers by a year.", "en",
                     "Council extended the mandate of the observers by a year", id="en-last-week"),
        pytest.param("Le Conseil a prorogé la semaine dernière le mandat des observateurs.", "fr",
                     "Conseil a prorogé le mandat des observateurs", id="fr-semaine-derniere"),
        pytest.param("El Consejo prorrogó la semana pasada el mandato de los observadores.", "es",
                     "Consejo prorrogó el mandato de los observadores", id="es-semana-pasada"),
    ],
)
def test_a_period_relative_to_the_article_is_left_out(sentence, language, title):
    assert titles(sentence, language) == [title]
