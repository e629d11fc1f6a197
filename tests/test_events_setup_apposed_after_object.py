"""Events: how a UN operation came to be, said in passing in a phrase apposed to its name or
to "the mission" after the main clause ("renewed the mandate of UNMISS, established in July
2011 to protect civilians", "le mandat de la mission, créée en juillet 2011 pour protéger les
civils", "el mandato de la misión, creada en julio de 2011 para proteger a los civiles"),
dates nothing: the date inside the phrase is neither the main happening's nor one of its own,
with a purpose clause after it or not. A setting-up told as the sentence's own news ("The
council set up the mission on 9 July 2011") stays an event, and so does another body's launch
apposed to it ("Operation Sentinel, launched in March 2019": tests of apposed participles).
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2021, 9, 17)  # a Friday: Thursday is the 16th


def dates_of(sentence: str, language: str) -> list[str]:
    return sorted(str(e.date) for e in body_events(sentence, language, FRIDAY))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The council on Thursday renewed the mandate of UNMISS, established in July 2011 "
                     "to protect civilians.", "en", ["2021-09-16"], id="en-name-purpose-after"),
        pytest.param("The council on Thursday renewed the mandate of the mission, set up in July 2011.", "en",
                     ["2021-09-16"], id="en-noun-sentence-end"),
        pytest.param("Le conseil a renouvelé jeudi le mandat de la Minuss, créée en juillet 2011 pour protéger "
                     "les civils.", "fr", ["2021-09-16"], id="fr-name-purpose-after"),
        pytest.param("Le conseil a renouvelé jeudi le mandat de la mission, créée en juillet 2011.", "fr",
                     ["2021-09-16"], id="fr-noun-sentence-end"),
        pytest.param("El consejo renovó el jueves el mandato de la Unmiss, establecida en julio de 2011 "
                     "para proteger a los civiles.", "es", ["2021-09-16"], id="es-name-purpose-after"),
        pytest.param("El consejo renovó el jueves el mandato de la misión, creada en julio de 2011.", "es",
                     ["2021-09-16"], id="es-noun-sentence-end"),
        pytest.param("El consejo renovó el jueves el mandato de la Misión de las Naciones Unidas en Sudán del Sur "
                     "(Unmiss), establecida en julio de 2011 para proteger a los civiles.", "es", ["2021-09-16"],
                     id="es-bracketed-acronym"),
        pytest.param("Hội đồng hôm thứ Năm gia hạn nhiệm vụ của phái bộ, được thành lập vào tháng 7/2011 "
                     "nhằm bảo vệ dân thường.", "vi", ["2021-09-16"], id="vi-noun-purpose-after"),
        # near misses: the setting-up is the sentence's own news; another body's launch apposed
        pytest.param("The council set up the mission on 9 July 2011.", "en", ["2011-07-09"],
                     id="en-own-news-kept"),
        pytest.param("El consejo creó la misión el 9 de julio de 2011.", "es", ["2011-07-09"],
                     id="es-own-news-kept"),
        pytest.param("The council on Thursday discussed the withdrawal of Operation Sentinel, launched in March 2019.", "en",
                     ["2019-03", "2021-09-16"], id="en-operation-launch-kept"),
    ],
)
def test_a_setting_up_apposed_after_the_main_clause_dates_nothing(sentence, language, expected):
    assert dates_of(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # the mission is what a happening's noun is done to ("the offensive against the mission",
        # "the attack on the mission"): the participle after it may tell that happening's launch
        pytest.param("The council on Thursday condemned the offensive against the mission, launched on 3 March 2021.",
                     "en", ["2021-03-03", "2021-09-16"], id="en-offensive-against"),
        pytest.param("The council on Thursday welcomed the inquiry into the attack on the mission, set up on 3 March 2021.",
                     "en", ["2021-03-03", "2021-09-16"], id="en-inquiry-into-attack-on"),
        pytest.param("Le conseil a condamné jeudi l'offensive contre la mission, lancée le 3 mars 2021.", "fr",
                     ["2021-03-03", "2021-09-16"], id="fr-offensive-contre"),
        pytest.param("Le conseil a salué jeudi l'enquête sur l'attaque contre la mission, mise en place le 3 mars 2021.",
                     "fr", ["2021-03-03", "2021-09-16"], id="fr-enquete-attaque-contre"),
        pytest.param("El consejo condenó el jueves la ofensiva contra la misión, lanzada el 3 de marzo de 2021.", "es",
                     ["2021-03-03", "2021-09-16"], id="es-ofensiva-contra"),
        pytest.param("Hội đồng hôm thứ Năm hoan nghênh cuộc điều tra về vụ tấn công phái bộ, được thành lập ngày 3/3/2021.",
                     "vi", ["2021-03-03"], id="vi-dieu-tra-tan-cong"),
        # the mission as a happening's noun complement ("the withdrawal of MINUSMA"): its own
        # setting-up, in passing, dates nothing
        pytest.param("The council on Thursday voted for the withdrawal of MINUSMA, established in April 2013.", "en",
                     ["2021-09-16"], id="en-withdrawal-of-kept-in-passing"),
        pytest.param("Le conseil a voté jeudi le retrait de la Minusma, créée en avril 2013.", "fr",
                     ["2021-09-16"], id="fr-retrait-de-kept-in-passing"),
    ],
)
def test_a_launch_apposed_to_a_happening_done_to_the_mission_stays_a_happening(sentence, language, expected):
    assert dates_of(sentence, language) == expected
