"""An outlet that questioned, reached or consulted the people a story quotes did its own
reporting: "fuentes consultadas por Ansa", "des habitants interrogés par RFI", "vecinos
contactados por Prensa Latina". The participle agrees with the people, so it is printed in each of
its forms (masculine or feminine, singular or plural) and cites the outlet in every one, as
"told Example" does, wherever the sentence stands. A participle of another verb ("desplegadas
por Uruguay", "formés par la France") cites nothing.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_ES = "Chile retira sus tropas\nChile inició el sábado el retiro de los soldados que servían en la misión de paz desde hace trece años, informó el Gobierno.\n"
_EN = "Chile withdraws its troops\nChile began on Saturday to withdraw the soldiers who had served in the peace mission for thirteen years, the government said.\n"
_FR = "Un casque bleu tué à Bangui\nUn casque bleu a été tué dimanche lors d'affrontements dans un quartier de la capitale, a indiqué la mission.\n"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(_ES + "El retiro durará entre tres y seis meses, según fuentes oficiales consultadas por Ansa.\n", "ANSA", id="es-consultadas"),
        pytest.param(_ES + "El retiro durará entre tres y seis meses, según dos oficiales consultados por Ansa.\n", "ANSA", id="es-consultados"),
        pytest.param(_ES + "\"Nos vamos tranquilos\", dijeron dos soldados contactados por Prensa Latina en el puerto.\n", "Prensa Latina", id="es-contactados"),
        pytest.param(_ES + "\"Nos vamos tranquilas\", dijeron dos enfermeras contactadas por la BBC en el puerto.\n", "BBC", id="es-contactadas"),
        pytest.param(_ES + "\"Fue una misión dura\", contaron dos oficiales entrevistados por ANSA.\n", "ANSA", id="es-entrevistados"),
        pytest.param(_ES + "\"Fue una misión dura\", contaron dos médicas entrevistadas por ANSA.\n", "ANSA", id="es-entrevistadas"),
        pytest.param(_FR + "« Les tirs ont duré une heure », ont raconté des habitants interrogés par RFI.\n", "Radio France Internationale", id="fr-interroges"),
        pytest.param(_FR + "« Les tirs ont duré une heure », ont raconté des habitantes interrogées par RFI.\n", "Radio France Internationale", id="fr-interrogees"),
        pytest.param(_FR + "Le bilan pourrait s'alourdir, selon des sources sécuritaires contactées par France 24.\n", "France 24", id="fr-contactees"),
        pytest.param(_FR + "Le bilan pourrait s'alourdir, selon des témoins sollicités par RFI.\n", "Radio France Internationale", id="fr-sollicites"),
        pytest.param(_FR + "Le bilan pourrait s'alourdir, selon des sources sollicitées par RFI.\n", "Radio France Internationale", id="fr-sollicitees"),
        # the same kinds in each language: questioned, consulted
        pytest.param(_EN + "The withdrawal will take months, according to two officers consulted by the BBC.\n", "BBC", id="en-consulted"),
        pytest.param(_EN + "\"We leave calm,\" said two soldiers questioned by Kyodo at the port.\n", "Kyodo News", id="en-questioned"),
        pytest.param(_FR + "Le bilan pourrait s'alourdir, selon des sources consultées par RFI.\n", "Radio France Internationale", id="fr-consultees"),
        pytest.param(_ES + "El retiro durará meses, según dos oficiales interrogados por Europa Press.\n", "Europa Press", id="es-interrogados"),
        # near misses: questioned by no outlet
        pytest.param(_FR + "Les soldats interrogés par la police ont été relâchés.\n", "", id="fr-interroges-police"),
        pytest.param(_ES + "Los detenidos fueron interrogados por la policía y liberados.\n", "", id="es-interrogados-policia"),
        # near misses: the participle of another verb names no outlet told anything
        pytest.param(_ES + "Las tropas desplegadas por Uruguay siguen en la zona.\n", "", id="es-desplegadas-country"),
        pytest.param(_FR + "Les soldats formés par la France restent sur place.\n", "", id="fr-formes-country"),
    ],
)
def test_a_participle_of_questioning_in_any_form_cites_the_outlet(text, source):
    assert extract(text).fields["source"] == source
