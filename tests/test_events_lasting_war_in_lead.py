"""Events: the noun of a war or an insurgency with no day of its own, in an article's lead,
names a period, not the news of the article's day ("a raíz de la guerra civil del país",
"the region never recovered from the war"): it takes no article date. Near misses: a war
whose outbreak the lead tells ("War broke out ...", "La guerre a éclaté ..."), and a coup,
stay the news of the day. In EN, FR, ES, VI. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

ARTICLE = PartialDate(2024, 11, 15)


def lead_dates(sentence: str, language: str) -> list[str]:
    """The EDTF dates, sorted, of the events found in `sentence` told as the lead of an
    article dated ARTICLE."""
    told = [(sentence, find_in_sentence(sentence, language))]
    return sorted(str(e.date) for e in find_events(told, ARTICLE, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("El Consejo creó la fuerza, establecida el 2 de mayo de 1981, a raíz de la guerra civil del país.",
                     "es", ["1981-05-02"], id="es-cause-of-a-setting-up"),
        pytest.param("The Council created the force, established on 2 May 1981, in the wake of the civil war in the north.",
                     "en", ["1981-05-02"], id="en-cause-of-a-setting-up"),
        pytest.param("The region never recovered from the war, analysts say.", "en", [], id="en-war-undated"),
        pytest.param("Khu vực này chưa bao giờ phục hồi sau chiến tranh.", "vi", [], id="vi-war-undated"),
        # an outbreak in a clause of time: one of old, set as background
        pytest.param("Before the war broke out, the town had 20,000 inhabitants.", "en", [], id="en-before-the-war-broke-out"),
        pytest.param("Avant que la guerre n'éclate, la ville comptait 20 000 habitants.", "fr", [], id="fr-avant-que-la-guerre"),
        pytest.param("Kể từ khi chiến tranh bùng nổ, thị trấn đã mất một nửa dân số.", "vi", [], id="vi-ke-tu-khi-chien-tranh"),
        pytest.param("Trước khi chiến tranh nổ ra, thị trấn có 20.000 dân.", "vi", [], id="vi-truoc-khi-chien-tranh"),
    ],
)
def test_a_war_named_in_a_lead_takes_no_article_date(sentence, language, expected):
    assert lead_dates(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("War broke out in the north of the country, the army said.", "en", id="en-war-broke-out"),
        pytest.param("La guerre a éclaté dans le nord du pays, selon l'armée.", "fr", id="fr-guerre-a-eclate"),
        pytest.param("A coup toppled the president of the country, the army said.", "en", id="en-coup"),
        # the perfect and the infinitive of an outbreak
        pytest.param("War has broken out in the north of the country, the army said.", "en", id="en-war-has-broken-out"),
        pytest.param("La guerra ha estallado en el norte del país, según el ejército.", "es", id="es-guerra-ha-estallado"),
        pytest.param("La guerre vient d'éclater dans le nord du pays, selon l'armée.", "fr", id="fr-guerre-vient-d-eclater"),
        # an outbreak told before the noun
        pytest.param("The junta declared war on the jihadists, state television said.", "en", id="en-declared-war"),
        pytest.param("Les deux pays sont entrés en guerre, selon l'armée.", "fr", id="fr-entres-en-guerre"),
        pytest.param("Los dos países entraron en guerra, según el ejército.", "es", id="es-entraron-en-guerra"),
        # an outbreak reported in a clause of saying is the day's news still
        pytest.param("The army said that war broke out in the north.", "en", id="en-said-that-war-broke-out"),
        pytest.param("L'armée a annoncé que la guerre avait éclaté dans le nord.", "fr", id="fr-annonce-que-la-guerre"),
    ],
)
def test_an_outbreak_or_a_coup_in_a_lead_stays_the_news_of_the_day(sentence, language):
    assert lead_dates(sentence, language) == ["2024-11-15"]


def test_the_words_are_reference_data():
    from newsdossier.reference import reference

    vocabulary = reference().vocabulary
    assert "war" in vocabulary["lasting_conflict_nouns"]["en"]
    assert "broke out" in vocabulary["conflict_onset_words"]["en"]
    assert "declared" in vocabulary["conflict_onset_lead_words"]["en"]
