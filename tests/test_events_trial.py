"""Events: a trial, a verdict or a sentence passed by a court is a happening of its own kind
("trial"), dated by its day ("La cour a prononcé les peines vendredi", "A court acquitted
the driver on Friday"); French and Spanish "condamner"/"condenar" stay a condemnation (an
announcement) unless the penalty's "à"/"a" follows. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_kind
from eventcases import body_events

ANCHOR = PartialDate(2012, 12, 9)  # a Sunday: the Friday before is the 7th, the Monday the 3rd


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("A military court on Friday sentenced two former officers to ten years in prison.", "en",
                     "2012-12-07", id="en-sentenced"),
        pytest.param("The court acquitted the driver of the convoy on Friday.", "en", "2012-12-07", id="en-acquitted"),
        pytest.param("The trial of the four soldiers opened in Paris on Monday.", "en", "2012-12-03", id="en-trial"),
        pytest.param("La cour d'assises a prononcé les peines vendredi, au terme d'un long procès.", "fr", "2012-12-07",
                     id="fr-prononce-les-peines"),
        pytest.param("Deux anciens miliciens ont été condamnés à vingt ans de prison vendredi.", "fr", "2012-12-07",
                     id="fr-condamnes-a"),
        pytest.param("Le procès des assaillants s'est ouvert lundi à Bangui.", "fr", "2012-12-03", id="fr-proces"),
        pytest.param("Dos exoficiales fueron condenados a veinte años de cárcel el viernes.", "es", "2012-12-07",
                     id="es-condenados-a"),
        pytest.param("El juicio contra los cuatro soldados comenzó el lunes en París.", "es", "2012-12-03",
                     id="es-juicio-contra"),
        pytest.param("Ngày 7/12, tòa án quân sự đã tuyên án hai cựu sĩ quan.", "vi", "2012-12-07", id="vi-tuyen-an"),
    ],
)
def test_a_court_s_decision_is_a_dated_trial(sentence, language, date):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [(date, "trial")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Le Conseil de sécurité a condamné l'attaque contre le convoi.", "fr", id="fr-condemned-attack"),
        pytest.param("El Consejo condenó el ataque contra el convoy.", "es", id="es-condemned-attack"),
        # the perfect, a person its object with the personal "a": condemned, not sentenced
        pytest.param("El Gobierno ha condenado a los autores de la emboscada.", "es", id="es-perfect-personal-a"),
        pytest.param("Los países vecinos han condenado a los grupos armados por el ataque.", "es", id="es-perfect-plural"),
        pytest.param("La France a condamné à plusieurs reprises les attaques contre la base.", "fr", id="fr-repeatedly"),
    ],
)
def test_a_condemnation_stays_a_statement(sentence, language):
    found = event_kind(sentence, language)
    assert found is None or found[0] != "trial"


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The battalion began a trial run of its new radio network on Monday.", "en", id="en-trial-run"),
        pytest.param("The clinic joined two clinical trials of a malaria vaccine in March.", "en", id="en-clinical"),
        pytest.param("Faute de route, les déplacés sont condamnés à attendre l'aide pendant des semaines.", "fr",
                     id="fr-doomed-to"),
        pytest.param("Sin carretera, los desplazados están condenados a esperar la ayuda durante semanas.", "es",
                     id="es-doomed-to"),
    ],
)
def test_no_court_no_trial(sentence, language):
    found = event_kind(sentence, language)
    assert found is None or found[0] != "trial"
