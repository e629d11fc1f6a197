"""Events: a participle describing the subject's force by where it stands ("soldiers of the
UN force deployed between Lebanon and Israel were wounded", "déployée entre le Liban et
Israël", "desplegada entre Líbano e Israel", "deployed around", "le long de", "a lo largo
de": vocabulary "subject_participle_prepositions"; the "and" of "between ... and" is the
phrase's own, vocabulary "paired_prepositions"; the force's name in brackets may stand
between: "the UN force (UNIFIL) deployed") tells no deployment: the clause's verb
tells the happening. A day set before such a subject ("On Thursday, ...", "Le 10 octobre,
...") is the clause verb's, not the participle's. Told alone, the participle is still the
clause's verb. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

FRIDAY = PartialDate(2024, 10, 11)  # Thursday is 10 October


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    """(date, kind) of the events of an article of one sentence, dated FRIDAY."""
    return [(e.date, e.kind) for e in article_events([sentence], language, FRIDAY)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two soldiers of the UN force deployed between Lebanon and Israel were wounded by gunfire on Thursday, the mission said.", "en", id="en-between"),
        pytest.param("On Thursday, two soldiers of the UN force deployed between Lebanon and Israel were wounded by gunfire, the mission said.", "en", id="en-between-fronted-day"),
        pytest.param("On Thursday, two soldiers of the UN force deployed in southern Lebanon were wounded by gunfire, the mission said.", "en", id="en-in-fronted-day"),
        pytest.param("On 10 October, two soldiers of the UN force deployed in southern Lebanon were wounded by gunfire, the mission said.", "en", id="en-in-fronted-date"),
        pytest.param("Two soldiers of the UN force (UNIFIL) deployed between Lebanon and Israel were wounded on Thursday, the mission said.", "en", id="en-bracketed-name"),
        pytest.param("Jeudi, deux soldats de la force de l'ONU (Finul) déployée entre le Liban et Israël ont été blessés par des tirs, a indiqué la mission.", "fr", id="fr-bracketed-name-fronted-day"),
        pytest.param("Dos soldados de la fuerza de la ONU (Finul) desplegada entre Líbano e Israel resultaron heridos el jueves, informó la misión.", "es", id="es-bracketed-name"),
        pytest.param("Two soldiers of the force deployed around the town of Bangassou were wounded on Thursday, the mission said.", "en", id="en-around"),
        pytest.param("Deux soldats de la force de l'ONU déployée entre le Liban et Israël ont été blessés jeudi par des tirs, a indiqué la mission.", "fr", id="fr-entre"),
        pytest.param("Jeudi, deux soldats de la force de l'ONU déployée entre le Liban et Israël ont été blessés par des tirs, a indiqué la mission.", "fr", id="fr-entre-fronted-day"),
        pytest.param("Jeudi, deux soldats de la force de l'ONU déployée au Liban ont été blessés par des tirs, a indiqué la mission.", "fr", id="fr-au-fronted-day"),
        pytest.param("Le 10 octobre, deux soldats de la force de l'ONU déployée au Liban ont été blessés par des tirs, a indiqué la mission.", "fr", id="fr-au-fronted-date"),
        pytest.param("Deux soldats de la force déployée le long de la frontière ont été blessés jeudi par des tirs, a indiqué la mission.", "fr", id="fr-le-long-de"),
        pytest.param("Dos soldados de la fuerza de la ONU desplegada entre Líbano e Israel resultaron heridos el jueves por disparos, informó la misión.", "es", id="es-entre"),
        pytest.param("El jueves, dos soldados de la fuerza de la ONU desplegada entre Líbano e Israel resultaron heridos por disparos, informó la misión.", "es", id="es-entre-fronted-day"),
        pytest.param("El jueves, dos soldados de la fuerza de la ONU desplegada en Líbano resultaron heridos por disparos, informó la misión.", "es", id="es-en-fronted-day"),
        pytest.param("Dos soldados de la fuerza desplegada a lo largo de la frontera resultaron heridos el jueves por disparos, informó la misión.", "es", id="es-a-lo-largo-de"),
    ],
)
def test_the_force_participle_gives_way_to_the_clause_verb(sentence, language):
    assert events_of(sentence, language) == [("2024-10-10", "casualty")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The battalion deployed between the two towns on Thursday, the mission said.", "en", id="en-alone"),
        pytest.param("Le bataillon a été déployé jeudi entre les deux villes, a indiqué la mission.", "fr", id="fr-alone"),
        pytest.param("El batallón se desplegó el jueves entre las dos ciudades, informó la misión.", "es", id="es-alone"),
    ],
)
def test_a_participle_told_alone_is_still_the_deployment(sentence, language):
    assert events_of(sentence, language) == [("2024-10-10", "deployment")]
