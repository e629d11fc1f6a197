"""An outlet named after a word of reporting that credits its report in the article's lead
only: "..., notes Example", "..., note Example", "..., informa Example". In the lead the story
is that outlet's report (tests/corpus/README: "X reported" in the lead); further down the text
quotes the outlet for one fact and credits nothing. Every sentence is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.reference import reference

_TEXT = {
    "en": ("Battalion to reinforce the mission\n\n{lead}\n\nThe battalion will take over the camp in February, the officer added.\n"),
    "fr": ("Un bataillon en renfort pour la mission\n\n{lead}\n\nLe bataillon prendra ses quartiers dans le camp en février, a ajouté l'officier.\n"),
    "es": ("Un batallón refuerza la misión\n\n{lead}\n\nEl batallón se instalará en el campamento en febrero, añadió el oficial.\n"),
}


@pytest.mark.parametrize(
    ("language", "lead", "outlet"),
    [
        pytest.param("fr", "Six cents soldats rejoindront la mission au centre du pays en février, note Le Monde.",
                     "Le Monde", id="fr-note"),
        pytest.param("fr", "Six cents soldats rejoindront la mission au centre du pays en février, note \u201cLe Monde\u201d.",
                     "Le Monde", id="fr-note-quoted"),
        pytest.param("es", "Seiscientos soldados se sumarán a la misión en el centro del país en febrero, informa El Observador.",
                     "El Observador", id="es-informa"),
        pytest.param("en", "Six hundred soldiers will join the mission in the centre of the country in February, notes Le Monde.",
                     "Le Monde", id="en-notes"),
        # (must not change) "notes" and "note" taking the outlet as their object, "note" a
        # noun before it: no inverted word of reporting after a comma
        pytest.param("en", "The ministry notes Le Monde was wrong to report that six hundred soldiers will join the mission.",
                     "", id="en-notes-object"),
        pytest.param("fr", "Le ministre note Le Monde parmi les journaux qui ont publié une information erronée sur la mission.",
                     "", id="fr-note-object"),
        pytest.param("fr", "Dans une note Le Monde détaille l'arrivée de six cents soldats dans la mission en février.",
                     "", id="fr-note-noun-before-name"),
        # (must not change) "note" a noun with no outlet after it
        pytest.param("fr", "Six cents soldats rejoindront la mission en février, selon une note interne de l'état-major.",
                     "", id="fr-note-noun"),
    ],
)
def test_noted_outlet_in_the_lead_is_the_source(language, lead, outlet):
    assert extract(_TEXT[language].format(lead=lead)).fields["source"] == outlet


@pytest.mark.parametrize(
    ("paragraph", "further", "names"),
    [
        pytest.param("Le camp sera agrandi, note Le Monde.", False, ["Le Monde"], id="fr-lead"),
        pytest.param("El campamento será ampliado, informa El Observador.", False, ["El Observador"], id="es-lead"),
        # (must not change) further down, the outlet is quoted for a fact
        pytest.param("Le camp sera agrandi, note Le Monde.", True, [], id="fr-further"),
        pytest.param("El campamento será ampliado, informa El Observador.", True, [], id="es-further"),
    ],
)
def test_reporting_sources_in_lead_only(paragraph, further, names):
    rows = reference().reporting_sources_in(paragraph, lead=not further, further=further)
    assert [row["name"] for row in rows] == names
