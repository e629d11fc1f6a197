"""Quotes: a UN organ called by its common noun ("los 15 miembros del órgano", "l'organe a
demandé"; quotes.yaml body_references organo, organe) is the council or assembly named
before, as "el Consejo" is; a clause between the subject and its verb does not change who
speaks. An organ of the body ("el órgano donado") is no speaker. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("El Consejo de Seguridad condenó el ataque. Los 15 miembros del órgano pidieron que se investigue el incidente.",
                     "Security Council", id="es-miembros-del-organo"),
        pytest.param("El Consejo de Seguridad condenó el ataque. El soldado murió en la frontera, según confirmó el ministro "
                     "de Defensa chileno. Los 15 miembros del órgano, que este mes preside Jordania, pidieron que se "
                     "investigue el incidente.", "Security Council", id="es-relative-clause-between"),
        pytest.param("Le Conseil de sécurité a condamné l'attaque lundi. L'organe a demandé qu'une enquête soit ouverte.",
                     "Security Council", id="fr-organe"),
        pytest.param("La Asamblea General se reunió el lunes. El órgano pidió que se investigue el incidente.",
                     "General Assembly", id="es-assembly"),
        # near miss: an organ of the body, the doctor (unnamed) speaking
        pytest.param("El ministro visitó el hospital. El órgano donado llegó en avión, dijo el médico.", "", id="es-donated-organ"),
        # the noun with a complement of its own in lowercase is another body's organ, none named
        pytest.param("Le Conseil de sécurité a condamné l'attaque lundi. L'organe de presse du parti a affirmé que le scrutin aurait lieu.",
                     "", id="fr-organe-de-presse"),
        pytest.param("El Consejo de Seguridad condenó el ataque. El órgano de control interno de la policía dijo que investigará los hechos.",
                     "", id="es-organo-de-control"),
        # a number is no such complement: the council's fifteen members
        pytest.param("El Consejo de Seguridad condenó el ataque. El órgano de 15 miembros pidió que se investigue el incidente.",
                     "Security Council", id="es-organo-de-15-miembros"),
    ],
)
def test_the_organ_is_the_council_or_assembly_named_before(text, speaker):
    assert extract(text, None).quotes[-1].speaker == speaker
