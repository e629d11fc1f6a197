"""A site's notice telling the reader why to trust it ("Why trust The Harbour Courier",
"Pourquoi faire confiance à L'Écho du Fleuve", "Por qué confiar en El Diario Ejemplo"), a
link its pages print beside the byline, names the page's own outlet: printed twice or more,
the name is the source where the text credits no other (vocabulary own_outlet_phrases).
Copies often run the notice's repeated lines together ("... El Diario EjemploPor qué
confiar en ..."). A question of the running text ("Why trust the ministry's figures?")
names no outlet.

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
