"""Events: a count of people sent or deployed ("the number of officers sent to the mission",
"le nombre de soldats déployés", "el número de cascos azules desplegados") is a figure, not a
deployment: the participle describes the people counted, and the sentence tells how many
there are, not that anyone went. A deployment told with a number ("300 officers were sent")
stays one. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The number of officers sent to serve with the mission rose to 300 last year.", "en", id="en-sent"),
        pytest.param("The number of peacekeepers deployed in Haiti fell to 900 in 2024.", "en", id="en-deployed"),
        pytest.param("The total number of soldiers deployed by Nepal reached 5,000 in 2023.", "en", id="en-total"),
        pytest.param("Le nombre de casques bleus déployés au Liban a atteint 10 000 en 2024.", "fr", id="fr-deployes"),
        pytest.param("Le nombre total de soldats déployés par le Népal s'élevait à 5 000 l'an dernier.", "fr", id="fr-total"),
        pytest.param("Le nombre d'officiers envoyés dans la mission a doublé en 2023.", "fr", id="fr-elided"),
        pytest.param("El número de cascos azules desplegados en Líbano alcanzó 10.000 en 2024.", "es", id="es-numero"),
        pytest.param("La cantidad de policías enviados a Haití aumentó el año pasado.", "es", id="es-cantidad"),
    ],
)
def test_a_count_of_people_sent_is_no_deployment(sentence, language):
    kinds = [e.kind for e in body_events(sentence, language, ANCHOR)]
    assert "deployment" not in kinds


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Nepal deployed 300 more soldiers to Lebanon in February.", "en", id="en-count-object"),
        pytest.param("Le Népal a déployé 300 soldats au Liban en février.", "fr", id="fr-count-object"),
        pytest.param("Un gran número de cascos azules fueron desplegados en Líbano en febrero.", "es", id="es-large-number-passive"),
    ],
)
def test_a_deployment_told_with_a_number_stays_one(sentence, language):
    kinds = [e.kind for e in body_events(sentence, language, ANCHOR)]
    assert "deployment" in kinds


@pytest.mark.parametrize(
    "sentence, language",
    [
        # "a number of", "numbers of": a vague quantity ("several"), no count; the verb is the main one
        pytest.param("A number of troops deployed to Gao on Monday to restore order.", "en", id="en-a-number-of"),
        pytest.param("Large numbers of soldiers deployed to the border on Monday.", "en", id="en-large-numbers"),
        pytest.param("Un gran número de soldados llegó a Gao el lunes.", "es", id="es-un-gran-numero"),
        # another phrase between the count and the verb: the count is of something else
        pytest.param("Ante el número de ataques la misión desplegó 200 soldados en Gao el lunes.", "es", id="es-article-subject"),
        # a deployment with a count after it, in a clause whose count is of something else
        pytest.param("The number of attacks fell after Ghana deployed 300 soldiers to Gao in March.", "en", id="en-after-figure"),
        pytest.param("As the number of attacks rose the mission deployed 200 more troops to Gao on Monday.", "en", id="en-as-figure"),
        pytest.param("Le nombre d'attaques a baissé après que le Ghana a déployé 300 soldats à Gao en mars.", "fr", id="fr-after-figure"),
        pytest.param("El número de ataques bajó después de que Ghana desplegara 300 soldados en Gao en marzo.", "es", id="es-after-figure"),
    ],
)
def test_a_deployment_near_a_count_of_something_else_stays_one(sentence, language):
    kinds = [e.kind for e in body_events(sentence, language, ANCHOR)]
    assert "deployment" in kinds
