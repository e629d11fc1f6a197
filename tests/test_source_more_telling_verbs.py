"""An outlet told something with a verb of telling the reader did not list ("a fait savoir
lundi à l'AFP", "a estimé à Reuters", "reconoció a EFE", "advirtió a EFE"): the outlet was told
what the story reports, so it is the story's source, as after "a déclaré à" or "dijo a".

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, MORE as _MORE
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024"}


@pytest.mark.parametrize(("language", "lead", "outlet"), [
    pytest.param("fr", "« C'est l'attaque la plus grave depuis un an », a fait savoir lundi à l'AFP un porte-parole de la mission.",
                 "Agence France-Presse", id="fr-fait-savoir-weekday"),
    pytest.param("fr", "Deux casques bleus ont été blessés près de Kidal, a fait savoir à Reuters un responsable de la mission.",
                 "Reuters", id="fr-fait-savoir"),
    pytest.param("fr", "« La situation reste tendue autour du camp », a estimé à l'AFP un officier de la force.",
                 "Agence France-Presse", id="fr-estime"),
    pytest.param("fr", "« Nous n'avons pas été prévenus à temps », a reconnu à l'AFP un responsable de la mission.",
                 "Agence France-Presse", id="fr-reconnu"),
    pytest.param("es", "«La situación sigue siendo tensa en torno al campamento», reconoció a EFE un oficial de la misión.",
                 "Agencia EFE", id="es-reconocio"),
    pytest.param("es", "«Los ataques pueden repetirse en los próximos días», advirtió a EFE un portavoz de la misión.",
                 "Agencia EFE", id="es-advirtio"),
    pytest.param("es", "«Los cascos azules hicieron todo lo posible», subrayó a EFE un portavoz de la misión.",
                 "Agencia EFE", id="es-subrayo"),
])
def test_an_outlet_told_with_another_verb_of_telling_is_the_source(language, lead, outlet):
    text = "\n\n".join([_HEAD[language], DAY[language], lead, _MORE[language]])
    assert extract(text).fields["source"] == outlet


@pytest.mark.parametrize(("language", "lead"), [
    # (must not change) the verb's object is no outlet: a body, a place
    pytest.param("fr", "Le commandant a fait savoir à la mission que les routes étaient de nouveau ouvertes.", id="fr-body"),
    pytest.param("es", "El gobernador reconoció a la misión su papel en la vuelta de la calma a la región.", id="es-body"),
])
def test_a_verb_of_telling_without_an_outlet_credits_none(language, lead):
    text = "\n\n".join([_HEAD[language], DAY[language], lead, _MORE[language]])
    assert extract(text).fields["source"] in ("", None)
