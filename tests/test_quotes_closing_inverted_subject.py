"""Words whose quotation marks and comma were lost, closed by a speech verb and the person who
spoke ("... près de Beni a déclaré X, porte-parole de l'ONU."): the person after the verb is
its inverted subject, not a body named inside the words. Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("fr", "Nous sommes très inquiets de l'attaque contre une patrouille de la Monusco près de Beni a déclaré Paul Girard, porte-parole de l'ONU.",
                     "Paul Girard", id="fr-a-declare-x-apposition"),
        pytest.param("fr", "Les convois de la Minusca reprendront la route de Bouar dès lundi a précisé Claire Dubois.",
                     "Claire Dubois", id="fr-a-precise-x-end"),
        pytest.param("es", "Estamos muy preocupados por el ataque contra una patrulla de la Monusco cerca de Beni dijo Pedro Salinas, portavoz de la ONU.",
                     "Pedro Salinas", id="es-dijo-x-apposition"),
        pytest.param("es", "Los convoyes de la Minusca volverán a circular hacia Bouar el lunes afirmó el coronel Carlos Ortega.",
                     "Carlos Ortega", id="es-afirmo-title-x"),
        pytest.param("en", "We are very worried about the attack on a Monusco patrol near Beni said John Barker, a UN spokesman.",
                     "John Barker", id="en-said-x-apposition"),
        pytest.param("en", "The soldiers of Minusca are safe in the camp said Colonel John Barker on Tuesday.",
                     "John Barker", id="en-said-x-on-a-day"),
        pytest.param("fr", "Les soldats de la Minusca sont en sécurité dans le camp a déclaré Paul Girard mardi.",
                     "Paul Girard", id="fr-a-declare-x-a-day"),
        # Spanish marks a person spoken to with "a": a name right after the verb is its subject
        pytest.param("es", "Las patrullas de la Minusca saldrán de Bangassou antes del jueves informó el coronel Carlos Ortega.",
                     "Carlos Ortega", id="es-informo-title-x"),
        pytest.param("es", "Ningún vehículo de la Minusca cruzará el puente hasta nuevo aviso advirtió Ana Ruiz.",
                     "Ana Ruiz", id="es-advirtio-x-end"),
    ],
)
def test_a_person_closing_the_sentence_after_the_verb_speaks(language, paragraph, speaker):
    quotes = quotes_of(language, paragraph)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("fr", "La Monusco a informé Paul Girard que les convois reprendraient lundi.", "Paul Girard", id="fr-a-informe-x-object"),
        pytest.param("fr", "Le commandement de la Minusca a rappelé Paul Girard.", "Paul Girard", id="fr-a-rappele-x-object"),
        pytest.param("en", "The Minusca command recalled John Barker.", "John Barker", id="en-recalled-x-object"),
        # the addressee's preposition right after the verb: the person spoken to
        pytest.param("es", "Las patrullas de la Minusca saldrán de Bangassou antes del jueves informó al coronel Carlos Ortega.",
                     "Carlos Ortega", id="es-informo-al-title-x-object"),
        pytest.param("fr", "Les patrouilles de la Minusca quitteront Bangassou avant jeudi a expliqué au colonel Paul Girard.",
                     "Paul Girard", id="fr-a-explique-au-title-x-object"),
        pytest.param("en", "The Minusca patrols will leave Bangassou before Thursday said to Colonel John Barker.",
                     "John Barker", id="en-said-to-title-x-object"),
    ],
)
def test_a_person_spoken_to_is_no_inverted_subject(language, paragraph, speaker):
    assert all(q.speaker != speaker for q in quotes_of(language, paragraph))
