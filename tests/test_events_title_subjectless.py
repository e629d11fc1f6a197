"""An event's title says who did what: it never opens on a bare verb, an auxiliary or a
participle. A subject set off from its verb by an aside between commas ("Deux casques
bleus, de nationalité inconnue, ont été tués") or by a bracket ("(MINUSCA) a été dissous")
stays in the title, counted without the verb's own auxiliaries; a clause whose subject is
a pronoun ("Ils ont été blessés") takes an actor of the sentence or its kind's label. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from eventcases import body_events
from newsdossier.datevalue import PartialDate

ANCHOR = PartialDate(2024, 6, 21)


@pytest.mark.parametrize(("sentence", "language", "opening"), [
    pytest.param("Deux casques bleus, de nationalité inconnue, ont été tués par une mine près de Gao le 3 juin.", "fr",
                 "Deux casques bleus ont été tués", id="fr-passive-after-aside"),
    pytest.param("Quatre soldats de la paix, selon un bilan provisoire, ont été blessés dans une embuscade le 4 juin.", "fr",
                 "Quatre soldats de la paix ont été blessés", id="fr-passive-after-source-aside"),
    pytest.param("Cinco cascos azules, de nacionalidad desconocida, han sido heridos por una mina el 3 de junio.", "es",
                 "Cinco cascos azules han sido heridos", id="es-passive-after-aside"),
    pytest.param("Three peacekeepers, all from the same unit, have been wounded by a mine on 3 June.", "en",
                 "Three peacekeepers", id="en-perfect-after-aside"),
    pytest.param("Le dernier contingent tchadien de la Mission des Nations unies en Centrafrique (MINUSCA) a été dissous "
                 "le 4 juin à Ndjamena au cours d'une cérémonie officielle.", "fr", "Dernier contingent tchadien",
                 id="fr-subject-before-bracket-noun-event"),
])
def test_a_subject_before_an_aside_opens_the_title(sentence, language, opening):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and titles[0].startswith(opening), titles


@pytest.mark.parametrize(("sentence", "language"), [
    pytest.param("Ils ont été blessés par des tirs près du camp de Kidal le 3 juin.", "fr", id="fr-pronoun-subject"),
    pytest.param("Il s'est rendu à Bamako le 3 juin pour une visite de trois jours.", "fr", id="fr-reflexive-pronoun"),
    pytest.param("They were wounded by gunfire near the camp on 3 June.", "en", id="en-pronoun-subject"),
    pytest.param("Recalling his visit to the camp on 3 June, the envoy said \"it was a chance to meet the brave soldiers there.\"",
                 "en", id="en-quotation"),
])
def test_a_title_never_opens_on_a_verb_or_a_quotation(sentence, language):
    from newsdossier.events import _subject_cut_patterns
    auxiliaries = _subject_cut_patterns(language)[2]
    for event in body_events(sentence, language, ANCHOR):
        first = event.title.split()[0].lower()
        assert first not in auxiliaries and not first.startswith(("s'", "s\u2019")), event.title
        assert '"' not in event.title and "\u201c" not in event.title, event.title


@pytest.mark.parametrize(("sentence", "language", "opening"), [
    pytest.param("Le ministre s'est rendu le 4 juin auprès des familles des trois pilotes tués le 2 juin dans le crash d'un avion.",
                 "fr", "Trois pilotes tués", id="fr-participle-after-noun-other-verb"),
    pytest.param("El ministro ha visitado el 4 de junio a las familias de los dos soldados heridos el 2 de junio en una emboscada.",
                 "es", "Dos soldados heridos", id="es-participle-after-noun-other-verb"),
])
def test_a_participle_after_a_noun_in_another_clause_takes_that_noun(sentence, language, opening):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert any(t.startswith(opening) for t in titles), titles


@pytest.mark.parametrize(("sentence", "language", "opening"), [
    pytest.param('The soldiers "were proud of the handover of the camp in May," the colonel said.', "en", "Handover of the camp",
                 id="en-noun-in-quotation"),
])
def test_a_noun_in_a_quotation_keeps_its_own_words(sentence, language, opening):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and titles[0].startswith(opening), titles


@pytest.mark.parametrize(("sentence", "language", "opening"), [
    pytest.param("Il s'est rendu le 4 juin auprès des proches des deux soldats morts le 1er juin dans un accident de la route.",
                 "fr", "Deux soldats morts", id="fr-pronoun-clause-irregular-participle"),
])
def test_a_participle_after_a_pronoun_clause_takes_its_noun(sentence, language, opening):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert any(t.startswith(opening) for t in titles), titles
