"""Quotes: Spanish "llamar a" reports a call to act, as "called on" and "a appelé à" do: with
an infinitive right after it ("llamó a reforzar..."), after the ones called and "a" ("llamó a
las partes a respetar..."), or with a quotation; the ones called on are never the speaker,
the subject (dropped or named) is. "Llamó a su esposa" (phoned) reports nothing. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from test_quotes import quotes_of

TITLE = "Los cascos azules llegan al campamento del norte\n\n"
LEAD = "Los cascos azules de las Naciones Unidas llegaron el lunes al campamento del norte tras un largo camino por las colinas.\n\n"
BEFORE = "La jefa de la misión, Carmen Ruiz, dijo que la situación en el norte era grave.\n\n"


def speakers_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(TITLE + LEAD + text, None).quotes]


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("La jefa de la misión, Carmen Ruiz, llamó a reforzar las patrullas durante la temporada de lluvias.",
                     "reforzar las patrullas", "Carmen Ruiz", id="es-llamo-a-infinitive"),
        pytest.param("El comandante Pedro Gil ha llamado a respaldar el trabajo de los ingenieros del batallón.",
                     "respaldar el trabajo", "Pedro Gil", id="es-ha-llamado-a-infinitive"),
        pytest.param(BEFORE + "Además llamó a las autoridades de Malí a \"proteger a los civiles de la región\".",
                     "proteger a los civiles", "Carmen Ruiz", id="es-llamo-a-the-called-a-quotation"),
        pytest.param(BEFORE + "También llamó a los dos bandos a respetar la tregua firmada en mayo.",
                     "respetar la tregua", "Carmen Ruiz", id="es-llamo-a-the-called-a-infinitive"),
    ],
)
def test_a_call_to_act_is_reported_by_its_subject(text, says, speaker):
    assert [s for s, sentence in speakers_of(text) if says in sentence] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("El coronel llamó a su esposa desde el campamento la noche del martes.", id="es-phoned"),
        pytest.param("El sargento llamó a los soldados al patio antes del amanecer.", id="es-called-in"),
    ],
)
def test_a_call_to_someone_reports_nothing(text):
    assert speakers_of(text) == []



@pytest.mark.parametrize(
    "language, text, says, speaker",
    [
        pytest.param("es", "La jefa de la misión, Carmen Ruiz, llamó a las autoridades y a los jefes de los pueblos que "
                     "firmaron el pacto con el Gobierno a proteger los pozos.", "proteger los pozos", "Carmen Ruiz",
                     id="es-long-ones-called"),
        pytest.param("fr", "Le commandant Paul Lenoir appelle les chefs des villages, réunis à Gao depuis lundi, à rouvrir les "
                     "marchés.", "rouvrir les marchés", "Paul Lenoir", id="fr-appelle-the-called-a-infinitive"),
        pytest.param("fr", "Les manifestants appellent les soldats de l’ONU, présents dans la ville depuis des années, à partir.",
                     "à partir", "", id="fr-appellent-unnamed"),
        # an object relative, but "à" before the quotation: a call, its subject speaks
        pytest.param("fr", "Les habitants de Gao, que la Minusma appelle à « garder leur calme », sont restés chez eux.",
                     "garder leur calme", "MINUSMA", id="fr-que-appelle-a-a-quotation"),
        pytest.param("fr", "Le commandant Paul Lenoir appelle les familles d’Alger à quitter le quartier avant la nuit.",
                     "quitter le quartier", "Paul Lenoir", id="fr-a-name-among-the-called"),
    ],
)
def test_a_call_with_many_called_before_the_infinitive_is_reported(language, text, says, speaker):
    assert [q.speaker for q in quotes_of(language, text) if says in q.sentence] == [speaker]


@pytest.mark.parametrize(
    "language, text",
    [
        pytest.param("fr", "Le commandant Paul Lenoir appelle sa famille chaque soir depuis le camp de Gao.", id="fr-appelle-phones"),
        pytest.param("fr", "Le nouveau chef du camp de Gao s'appelle Paul Lenoir.", id="fr-s-appelle-is-named"),
        pytest.param("es", "El comandante Pedro Gil llamó a su esposa y a sus dos hijos desde la base de Gao a las ocho.",
                     id="es-long-phone-call"),
        # a name or a fixed phrase after "a"/"à" within the ones called is no infinitive
        pytest.param("fr", "Le commandant Paul Lenoir appelle sa famille à Alger chaque soir depuis le camp.",
                     id="fr-a-capitalised-name"),
        pytest.param("fr", "Ce que les habitants appellent la zone rouge commence à partir du pont de Gao.",
                     id="fr-a-partir-du-naming"),
        pytest.param("fr", "Le commandant Paul Lenoir appelle sa femme et ses enfants chaque soir, à partir de vingt heures.",
                     id="fr-a-partir-de-time"),
        pytest.param("es", "Francia llamó a consultas a su embajador en Bamako a partir del lunes por la tarde.",
                     id="es-a-partir-del-recalled"),
        pytest.param("es", "El ministro Pedro Gil llamó a su homólogo de Malí, a pesar de las tensiones entre los dos gobiernos.",
                     id="es-a-pesar-de-phoned"),
        pytest.param("es", "El comandante Pedro Gil llamó a su esposa desde Gao a Dakar la noche del martes.",
                     id="es-a-capitalised-name"),
        # an object relative opening the clause: the verb gives a name, the quotation is it
        pytest.param("fr", "Le colonel Paul Lenoir, que ses hommes appellent « le vieux », a quitté Gao lundi.",
                     id="fr-que-appellent-a-nickname"),
        pytest.param("fr", "Ce qu’on appelait autrefois « la zone verte » est aujourd’hui un marché de Gao.",
                     id="fr-qu-on-appelait-a-name"),
    ],
)
def test_a_call_with_no_infinitive_is_no_report(language, text):
    assert quotes_of(language, text) == []
