"""Events: a later sentence that marks what it tells as ANOTHER happening than the one told
before it -- a word of addition by its event word ("were also killed on Tuesday", "ont
également été tués", "también murieron", "cũng thiệt mạng") or a determiner of another thing
by it ("another convoy", "un autre convoi", "otro convoy"), vocabulary
"another_happening_markers" -- is never a later telling of the lead's happening: the lead
keeps its own date and the other happening is kept with its day. Without a marker (or with
one far from the event word, the saying's, or with the happening named again: "also killed
in the ambush") the later telling still dates the lead. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

FRIDAY = PartialDate(2023, 6, 9)  # Tuesday is 6 June, Thursday 8 June

LEADS = {
    "en": "A Togolese peacekeeper who went missing after an ambush has been found dead, the mission said on Thursday.",
    "fr": "Un casque bleu togolais porté disparu après une embuscade a été retrouvé mort, a indiqué jeudi la mission.",
    "es": "Un casco azul togolés desaparecido tras una emboscada fue hallado muerto, informó el jueves la misión.",
    "vi": "Một binh sĩ người Togo mất tích sau vụ phục kích đã được tìm thấy đã chết, phái bộ cho biết hôm thứ Năm.",
}


def dates_of(later: str, language: str) -> list[str]:
    """Dates of the events of an article of the language's lead and `later`, dated FRIDAY."""
    return [e.date for e in article_events([LEADS[language], later], language, FRIDAY)]


@pytest.mark.parametrize(
    "later, language",
    [
        pytest.param("Three Chadian peacekeepers were also killed on Tuesday in an attack on a convoy near Kidal.", "en", id="en-also"),
        pytest.param("On Tuesday, gunmen fired on another convoy near Kidal, killing a driver.", "en", id="en-another"),
        pytest.param("Trois casques bleus tchadiens ont également été tués mardi dans une attaque contre un convoi près de Kidal.", "fr", id="fr-egalement"),
        pytest.param("Trois casques bleus tchadiens ont aussi été tués mardi lors d'une attaque près de Kidal.", "fr", id="fr-aussi"),
        pytest.param("Mardi, des hommes armés ont ouvert le feu sur un autre convoi près de Kidal, tuant un chauffeur.", "fr", id="fr-un-autre"),
        pytest.param("Tres cascos azules chadianos también murieron el martes en un ataque contra un convoy cerca de Kidal.", "es", id="es-tambien"),
        pytest.param("El martes, hombres armados dispararon contra otro convoy cerca de Kidal y mataron a un conductor.", "es", id="es-otro"),
        pytest.param("El martes, unos rebeldes atacaron otra patrulla cerca de Kidal.", "es", id="es-otra"),
        pytest.param("Ba binh sĩ người Chad cũng thiệt mạng hôm thứ Ba trong một cuộc tấn công vào đoàn xe gần Kidal.", "vi", id="vi-cung"),
    ],
)
def test_a_happening_marked_as_another_keeps_its_own_day(later, language):
    assert dates_of(later, language) == ["2023-06-08", "2023-06-06"]


@pytest.mark.parametrize(
    "later, language",
    [
        pytest.param("The peacekeeper was killed on Tuesday in the ambush near Kidal.", "en", id="en-no-marker"),
        # the word of addition is the saying's, far from the event word
        pytest.param("The mission also said that the peacekeeper was killed on Tuesday in the ambush near Kidal.", "en", id="en-also-said"),
        # more victims of the happening named again ("in the ambush"): the same happening
        pytest.param("Eight gunmen were also killed on Tuesday in the ambush near Kidal.", "en", id="en-also-the-ambush"),
        pytest.param("Huit assaillants ont également été tués mardi dans l'embuscade près de Kidal.", "fr", id="fr-egalement-l-embuscade"),
        pytest.param("Ocho atacantes también murieron el martes en la emboscada cerca de Kidal.", "es", id="es-tambien-la-emboscada"),
        pytest.param("Le casque bleu a été tué mardi dans l'embuscade près de Kidal.", "fr", id="fr-no-marker"),
        pytest.param("El casco azul murió el martes en la emboscada cerca de Kidal.", "es", id="es-no-marker"),
    ],
)
def test_a_later_telling_without_a_marker_still_dates_the_lead(later, language):
    assert dates_of(later, language) == ["2023-06-06"]
