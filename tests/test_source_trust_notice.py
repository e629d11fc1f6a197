"""A site's notice telling the reader why to trust it ("Why trust The Harbour Courier",
"Pourquoi faire confiance à L'Écho du Fleuve", "Por qué confiar en El Diario Ejemplo"), a
link its pages print beside the byline, names the page's own outlet: printed twice or more,
the name is the source where the text credits no other (vocabulary own_outlet_phrases).
Copies often run the notice's repeated lines together ("... El Diario EjemploPor qué
confiar en ..."). A question of the running text ("Why trust the ministry's figures?"), or
a headline asking it among other words, a related story's printed twice on the page ("Why
trust Kolvania's army?", "Opinion: Why you should trust Jane Roe"), names no outlet: the
notice is a line of its own.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

BODY = {
    "en": "Peacekeepers leave the border town\n{notice}\nJane Roe\nThe last peacekeepers left the border town on Tuesday, "
          "a spokesman for the mission said. The troops handed their base over to the national army.\n{again}\n",
    "fr": "Les casques bleus quittent la ville frontalière\n{notice}\nJeanne Dupré\nLes derniers casques bleus ont quitté "
          "mardi la ville frontalière, a indiqué un porte-parole de la mission. Les soldats ont remis leur base à l'armée.\n{again}\n",
    "es": "Los cascos azules dejan la ciudad fronteriza\n{notice}\nAna Gómez Ruiz\nLos últimos cascos azules dejaron el "
          "martes la ciudad fronteriza, dijo un portavoz de la misión. Las tropas entregaron su base al ejército.\n{again}\n",
}


@pytest.mark.parametrize(
    ("language", "notice", "again", "outlet"),
    [
        pytest.param("en", "Why trust The Harbour Courier", "Why you can trust The Harbour Courier", "The Harbour Courier", id="en"),
        pytest.param("fr", "Pourquoi faire confiance à L'Écho du Fleuve ?", "L'Écho du Fleuve", "L'Écho du Fleuve", id="fr"),
        pytest.param("es", "Por qué confiar en El Diario EjemploPor qué confiar en El Diario Ejemplo Por qué confiar en El Diario Ejemplo",
                     "", "El Diario Ejemplo", id="es-glued-repeats"),
        pytest.param("es", "¿Por qué confiar en Diario del Valle?", "Diario del Valle", "Diario del Valle", id="es-question"),
    ],
)
def test_a_trust_notice_names_the_site(language, notice, again, outlet):
    assert extract(BODY[language].format(notice=notice, again=again)).fields["source"] == outlet


@pytest.mark.parametrize(
    ("language", "notice"),
    [
        pytest.param("en", "Why trust the ministry's figures? Few do."),
        pytest.param("es", "¿Por qué confiar en las cifras del ministerio?"),
    ],
)
def test_a_question_of_the_text_names_no_outlet(language, notice):
    assert (extract(BODY[language].format(notice=notice, again="")).fields["source"] or "") == ""


TEASED = {
    "en": ("Harbour Courier\n\nPeacekeepers leave the border town\n\nJane Roe\n\nThe last peacekeepers left the border "
           "town on Tuesday, a spokesman for the mission said. The troops handed their base over to the army.\n\n"
           "Related\n\n{teaser}\n\nMost read\n\n{teaser}\n\n© 2024 Harbour Courier\n", "Harbour Courier"),
    "fr": ("L'Écho du Fleuve\n\nLes casques bleus quittent la ville\n\nJeanne Dupré\n\nLes derniers casques bleus ont "
           "quitté mardi la ville frontalière, a indiqué un porte-parole de la mission.\n\nÀ lire aussi\n\n{teaser}\n\n"
           "Les plus lus\n\n{teaser}\n\n© 2024 L'Écho du Fleuve\n", "L'Écho du Fleuve"),
    "es": ("Diario del Valle\n\nLos cascos azules dejan la ciudad\n\nAna Gómez Ruiz\n\nLos últimos cascos azules dejaron "
           "el martes la ciudad fronteriza, dijo un portavoz de la misión.\n\nLe puede interesar\n\n{teaser}\n\n"
           "Lo más leído\n\n{teaser}\n\n© 2024 Diario del Valle\n", "Diario del Valle"),
}


@pytest.mark.parametrize(
    ("language", "teaser"),
    [
        pytest.param("en", "Why trust Kolvania's army?", id="en-possessive"),
        pytest.param("en", "Why trust Kolvania Army with the peace?", id="en-more-words"),
        pytest.param("en", "Opinion: Why you should trust Jane Roe", id="en-after-kicker"),
        pytest.param("fr", "Pourquoi faire confiance à Kolvanie pour la paix ?", id="fr-more-words"),
        pytest.param("fr", "Analyse : pourquoi faire confiance à Jean Roux", id="fr-after-kicker"),
        pytest.param("es", "Por qué confiar en Kolvania para la paz", id="es-more-words"),
        pytest.param("es", "Opinión: por qué confiar en Juan Ruiz", id="es-after-kicker"),
    ],
)
def test_a_headline_asking_why_to_trust_names_no_outlet(language, teaser):
    page, outlet = TEASED[language]
    assert extract(page.format(teaser=teaser)).fields["source"] == outlet
