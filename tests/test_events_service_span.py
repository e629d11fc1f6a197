"""Events: a deployment dated by a span of years ("the contingents were deployed from 2013 to
2023", "envoyés de 2013-2023", "desplegados entre 2013 y 2023") tells the time the troops
served, a bare span the rulebook counts no happening; neither end is the day of a
deployment. A single year, or a span that dates a war, keeps its happening. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 3, 6)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The nine battalions were deployed from 2012 to 2020 in Gao and Timbuktu.", "en", id="en-from-to"),
        pytest.param("Nine rotations were deployed in 2012-2020 along the river.", "en", id="en-dash"),
        pytest.param("Les neuf bataillons ont été envoyés de 2012-2020 à Gao et à Tombouctou.", "fr", id="fr-de-dash"),
        pytest.param("Les soldats ont été déployés de 2012 à 2020 au sud du fleuve.", "fr", id="fr-de-a"),
        pytest.param("Los nueve batallones fueron desplegados entre 2012 y 2020 en Gao.", "es", id="es-entre-y"),
        # Vietnamese writes the year's noun before each end of the span ("từ năm 2012 đến năm 2020")
        pytest.param("Các tiểu đoàn đã được triển khai từ năm 2012 đến năm 2020 tại Gao.", "vi", id="vi-tu-nam-den-nam"),
        pytest.param("Các tiểu đoàn đã được triển khai từ 2012 đến năm 2020 tại Gao.", "vi", id="vi-den-nam"),
    ],
)
def test_a_deployment_over_a_span_of_years_is_no_happening(sentence, language):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        # near misses: one year, two deployments of two years, or a war over a span
        pytest.param("The battalion was deployed to the border in 2012.", "en", "2012", id="en-one-year"),
        pytest.param("The first battalion was deployed in 2012 and the second in 2020.", "en", "2012", id="en-two-years"),
        pytest.param("La guerre de 1998-2003 a fait des millions de morts dans la région.", "fr", "1998/2003", id="fr-war"),
    ],
)
def test_a_deployment_of_one_year_or_a_war_over_a_span_keeps_its_date(sentence, language, date):
    assert date in [str(e.date) for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # a near miss: a deployment ahead, its window a span of years (one planned sending)
        pytest.param("From 2025 to 2026, the country will send two engineering units to Abyei.", "en", id="en-ahead"),
        pytest.param("De 2025 à 2026, le pays enverra deux unités du génie à Abyei.", "fr", id="fr-ahead"),
        # a noun of deploying, its clause's verb in the future after the span
        pytest.param("The deployment from 2025 to 2027 will cost 40 million dollars.", "en", id="en-noun-ahead"),
        pytest.param("El despliegue de 2025 a 2027 incluirá tres batallones.", "es", id="es-noun-ahead"),
    ],
)
def test_a_deployment_ahead_over_a_span_of_years_stays_announced(sentence, language):
    assert any(e.announced for e in body_events(sentence, language, ANCHOR))


# A past deployment in a sentence that looks ahead elsewhere ("the next", "political will",
# "comme prévu", "la zona próxima") is still a span of service: only the deployment's
# own verb group tells whether the span is a window ahead.
@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The battalions were deployed from 2012 to 2020, each one replaced by the next.", "en", id="en-the-next"),
        pytest.param("The battalions were deployed from 2012 to 2020 with the political will of the Council.", "en",
                     id="en-will-noun"),
        pytest.param("Les bataillons ont été déployés de 2012 à 2020 comme prévu par le Conseil.", "fr", id="fr-comme-prevu"),
        pytest.param("Los batallones fueron desplegados de 2012 a 2020 en la zona próxima a la frontera.", "es",
                     id="es-zona-proxima"),
    ],
)
def test_a_past_deployment_over_a_span_beside_a_future_word_is_no_happening(sentence, language):
    assert not [str(e.date) for e in body_events(sentence, language, ANCHOR) if e.kind == "deployment"]


# A near miss: a span of years told before, in another phrase; the deployment's own year after
# it is no end of that span ("on leave between 2000 and 2004 were deployed in 2010").
@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Units on leave between 2000 and 2004 were deployed in 2010.", "en", "2010", id="en-between-before"),
        pytest.param("En reserva entre 2000 y 2004, fueron desplegados en 2010.", "es", "2010", id="es-entre-before"),
    ],
)
def test_a_year_after_a_span_of_other_years_keeps_its_deployment(sentence, language, date):
    assert date in [str(e.date) for e in body_events(sentence, language, ANCHOR)]
