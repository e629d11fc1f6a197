"""People named in forms met in fresh articles on peacekeeping: a widely borne given name
that the frequency lists count as an everyday word before a surname that is one too, a
service's tag between a rank and the name, a rank abbreviated as Spain's armed forces print
it, a sovereign named by given name and regnal number without a title. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.text import split_sentences


def people(sentence: str, language: str) -> dict[str, str | None]:
    """name -> role of the people found in one sentence."""
    return {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "Ian Sinclair told the briefing that two convoys were delayed.", "Ian Sinclair", id="en-ian"),
        pytest.param("en", "The convoy was met by Keith Harper near the bridge.", "Keith Harper", id="en-keith"),
        pytest.param("en", "Alan Doss, his predecessor, flew to Goma.", "Alan Doss", id="en-alan-apposed-no-title"),
        pytest.param("fr", "Gilles Marchand a présenté le rapport au Conseil.", "Gilles Marchand", id="fr-gilles"),
        pytest.param("es", "Jaime Rubio presentó el informe ante el Consejo.", "Jaime Rubio", id="es-jaime"),
    ],
)
def test_a_given_name_that_is_a_word_opens_a_name(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The Simon Bolivar Highway was closed after the rains.", id="en-highway"),
        pytest.param("en", "Convoys used the Julius Nyerere Expressway on Monday.", id="en-expressway"),
        pytest.param("fr", "L'autoroute Simon Ngoma Dibo a été rouverte.", id="fr-autoroute"),
    ],
)
def test_a_road_named_after_someone_is_no_person(language, sentence):
    assert not people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("es", "El relevo lo encabeza el coronel EP Mario Vega Torres, según el comando.",
                     "Mario Vega Torres", "coronel EP", id="es-listed-tag"),
        pytest.param("es", "Lo recibió el general FAP Jorge Ramírez Soto en la base.",
                     "Jorge Ramírez Soto", "general FAP", id="es-listed-tag-air-force"),
        pytest.param("es", "Lo recibió el general FAC Luis Gómez Prado en la base.",
                     "Luis Gómez Prado", "general FAC", id="es-unlisted-tag-before-given-name"),
        pytest.param("en", "The unit was handed over to Colonel EP Carlos Vega on Monday.",
                     "Carlos Vega", "Colonel EP", id="en-listed-tag"),
    ],
)
def test_a_service_tag_after_a_rank_is_the_roles_not_the_names(language, sentence, name, role):
    assert people(sentence, language).get(name) == role


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The new commander, Colonel KANG Min Jae, inspected the camp.", "KANG Min Jae", id="en-family-name-capitals"),
        pytest.param("en", "The brief was given by Col AB Okonkwo at the camp.", "AB Okonkwo", id="en-initials"),
        pytest.param("en", "Major MD Abdul Karim met the press.", "Abdul Karim", id="en-name-abbreviation"),
    ],
)
def test_capitals_that_open_a_name_after_a_rank_stay_the_names(language, sentence, name):
    assert name in people(sentence, language)


def test_the_agency_acronym_as_a_service_tag_names_no_agency():
    found = find_in_sentence("Lo recibió el capitán de navío AP Luis Torres en el muelle.", "es")
    assert "Luis Torres" in {f.name for f in found if f.kind == "person"}
    assert not any(f.kind == "organisation" for f in found)


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("La célula de Planes la dirige el TCOL. Santiago Rubio desde mayo.", "Santiago Rubio", id="tcol-capitals"),
        pytest.param("En la base estaba la Cte. Pilar Rosa con su equipo.", "Pilar Rosa", id="cte"),
        pytest.param("El STTE. Santiago Rosa revisó los vehículos.", "Santiago Rosa", id="stte"),
    ],
)
def test_a_rank_abbreviated_as_spains_forces_print_it_opens_a_name(sentence, name):
    assert name in people(sentence, "es")


def test_a_spanish_rank_abbreviation_ends_no_sentence():
    assert len(split_sentences("La célula la dirige el TCOL. Santiago Rubio desde mayo. Llegó ayer.")) == 2


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "El puerto se construyó en tiempos de Isabel II, según el museo.", "Isabel II", id="es-no-title"),
        pytest.param("en", "The fort dates from the reign of Elizabeth II and was rebuilt later.", "Elizabeth II", id="en-no-title"),
        pytest.param("fr", "Le traité fut signé sous Louis XIV à Paris.", "Louis XIV", id="fr-no-title"),
    ],
)
def test_a_given_name_and_a_regnal_number_name_a_sovereign(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("es", "El contingente Libre Hidalgo IX partió ayer hacia el Líbano.", id="es-rotation"),
        pytest.param("en", "The World War II veterans laid a wreath in Juba.", id="en-war"),
        pytest.param("es", "El Hospital Carlos III atendió a los heridos.", id="es-hospital-named-after-a-king"),
    ],
)
def test_a_numbered_rotation_or_thing_is_no_sovereign(language, sentence):
    assert not any(name.endswith(("II", "III", "IX")) for name in people(sentence, language))
