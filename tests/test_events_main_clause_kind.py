"""The kind of a sentence's event is what its main clause's verb says: never a word of a
purpose clause ("to supervise the withdrawal", "pour superviser le retrait", "para supervisar
la retirada", "để giám sát việc rút quân"), nor a noun a time or relative clause only names
as a name ("when the Lusaka Peace Agreement ..."). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.events import event_kind


def kind_of(sentence: str, language: str) -> str | None:
    """The kind event_kind gives the sentence ("happening" when its main verb is in no list), None for none."""
    found = event_kind(sentence, language)
    return found[0] if found else None


# --- a purpose clause says what was meant to happen, not what happened ------------------------

@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The observer group was set up in 1991 in order to monitor the ceasefire along the river.", "en",
                     "adoption", id="en-in-order-to"),
        pytest.param("Le groupe d'observateurs a été créé en 1991 pour surveiller le retrait des milices.", "fr",
                     "adoption", id="fr-pour-infinitive"),
        pytest.param("El grupo de observadores se creó en 1991 para vigilar la retirada de las milicias.", "es",
                     "adoption", id="es-se-creo-para"),
        pytest.param("Nhóm quan sát được thành lập năm 1991 để giám sát việc rút quân của các nhóm vũ trang.", "vi",
                     "adoption", id="vi-duoc-thanh-lap-de"),
    ],
)
def test_a_purpose_clause_gives_no_kind_over_the_main_verb(sentence, language, kind):
    assert kind_of(sentence, language) == kind


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The engineers stayed in the valley until 1994 to supervise the withdrawal of the militias.", "en",
                     id="en-to-infinitive"),
        pytest.param("Les ingénieurs sont restés dans la vallée jusqu'en 1994 afin de superviser le retrait des milices.", "fr",
                     id="fr-afin-de"),
        pytest.param("Los ingenieros permanecieron en el valle hasta 1994 para supervisar la retirada de las milicias.", "es",
                     id="es-para-infinitive"),
        pytest.param("Các kỹ sư ở lại thung lũng đến năm 1994 để giám sát việc rút quân.", "vi", id="vi-de"),
    ],
)
def test_a_purpose_clause_alone_names_no_kind(sentence, language):
    assert kind_of(sentence, language) == "happening"


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        # an infinitive a verb takes as its object is what the sentence tells, no purpose
        pytest.param("The ministers agreed on Monday to meet again in Accra.", "en", "agreement", id="en-complement-infinitive"),
        pytest.param("The Council decided to extend the mandate of the mission.", "en", "adoption", id="en-decided-to-extend"),
        # "to" before a name or a determiner is a direction, no purpose
        pytest.param("The battalion left for Juba to the sound of the band after the ceremony.", "en", "deployment",
                     id="en-to-the"),
        pytest.param("Le bataillon est parti pour Bangui après la cérémonie.", "fr", "deployment", id="fr-pour-name"),
        # (one traveller's trip is a visit, as English "travelled to")
        pytest.param("El ministro viajó para la ceremonia de despedida.", "es", "visit", id="es-para-noun"),
    ],
)
def test_what_is_no_purpose_clause_still_gives_the_kind(sentence, language, kind):
    assert kind_of(sentence, language) == kind


# --- a time or relative clause that only names something by its name -------------------------

@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The province became autonomous in March 2005, when the Lusaka Peace Agreement came into force.", "en",
                     id="en-when-named-agreement"),
        pytest.param("La province est devenue autonome en mars 2005, lorsque l'Accord de paix de Lusaka est entré en vigueur.", "fr",
                     id="fr-lorsque-named-accord"),
        pytest.param("La provincia obtuvo su autonomía en marzo de 2005, cuando el Acuerdo de Paz de Lusaka entró en vigor.", "es",
                     id="es-cuando-named-acuerdo"),
        pytest.param("The province, which the Lusaka Peace Agreement made autonomous, held elections in 2006.", "en",
                     id="en-which-named-agreement"),
    ],
)
def test_a_name_in_a_subordinate_clause_gives_no_kind(sentence, language):
    assert kind_of(sentence, language) == "happening"


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        # what a time clause tells happened (a verb, or an unnamed noun) still dates and kinds the sentence
        pytest.param("Three soldiers were in the convoy when it was attacked near the river.", "en", "attack",
                     id="en-when-verb"),
        pytest.param("Les habitants ont fui lorsque l'attaque a commencé.", "fr", "attack", id="fr-lorsque-unnamed-noun"),
        pytest.param("The two parties signed the Lusaka Peace Agreement in 2005.", "en", "agreement", id="en-named-main-verb"),
    ],
)
def test_a_subordinate_happening_still_gives_the_kind(sentence, language, kind):
    assert kind_of(sentence, language) == kind


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The relief battalion is expected to arrive in the valley next week.", "en", "deployment", id="en-expected-to"),
        pytest.param("The governor refused to attend the ceremony in the capital.", "en", "ceremony", id="en-refused-to"),
        pytest.param("The incoming unit is to take over the camp in the valley.", "en", "rotation", id="en-is-to"),
    ],
)
def test_an_infinitive_a_verb_takes_is_no_purpose_clause(sentence, language, kind):
    assert kind_of(sentence, language) == kind


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        # a preposition's phrase names the happening the sentence is dated by
        pytest.param("Its powers were widened after the 1999 Border War.", "en", "conflict", id="en-after-named-war"),
        pytest.param("Ses pouvoirs ont été élargis après la Guerre des frontières de 1999.", "fr", "conflict", id="fr-apres-named-guerre"),
    ],
)
def test_a_name_a_preposition_opens_still_gives_the_kind(sentence, language, kind):
    assert kind_of(sentence, language) == kind
