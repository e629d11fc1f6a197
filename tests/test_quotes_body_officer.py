"""Quotes: a body, then its officer's title and name after an inverted speech verb ("said
UN spokesman X"): the person speaks, not the body. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The patrol came under fire near the river, said UN spokesman Arvid Lindqvist.", "Arvid Lindqvist",
                     id="en-un-spokesman"),
        pytest.param("The patrol came under fire near the river, said U.N. spokeswoman Helga Marstrand.", "Helga Marstrand",
                     id="en-u-n-spokeswoman"),
        pytest.param("The camp was shelled twice overnight, said MONUSCO spokesperson Idrissa Kanouté.", "Idrissa Kanouté",
                     id="en-mission-spokesperson"),
    ],
)
def test_the_officer_of_a_body_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_bodys_unnamed_officials_speak_as_the_body():
    """Officials of a body the text does not name speak as the body, as one official of it does
    (tests/corpus/README.md; tests/test_quotes_body_officials_plural.py)."""
    assert speakers_of("The patrol came under fire near the river, UN officials said.") == ["United Nations"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The United Nations mission in Mali said a convoy struck a mine near Tessit.", "MINUSMA", id="un-mission-in-mali"),
        pytest.param("The UN peacekeeping mission in Cyprus said the buffer zone was quiet again.", "UNFICYP",
                     id="un-peacekeeping-mission-in-cyprus"),
    ],
)
def test_the_mission_named_by_its_host_country_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # several operations hosted by Haiti alone, and no year to choose among them
        pytest.param("The UN peacekeeping mission in Haiti said the camp was quiet again.", id="several-alone"),
        # one operation hosted by Sudan alone, another set up for Sudan first and shared after
        pytest.param("The UN peacekeeping mission in Sudan said the camp was quiet again.", id="one-alone-one-shared"),
    ],
)
def test_a_country_that_hosted_several_missions_names_none_of_them(text):
    # (South Sudan names UNMISS: the other operations there were set up for Sudan first,
    # test_quotes_body_with_parent.py)
    assert speakers_of(text) == [""]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The bridge is closed to traffic, said the UN and President Nuno Ferraz.", id="and"),
        pytest.param("The bridge is closed to traffic, said the UN or President Nuno Ferraz.", id="or"),
    ],
)
def test_an_officer_past_a_conjunction_is_not_the_bodys(text):
    """Only the body's officer right after it or its possessive speaks for it."""
    assert "Nuno Ferraz" not in speakers_of(text)


def test_an_officer_after_the_bodys_possessive_speaks():
    assert speakers_of("The bridge is closed to traffic, said the UN's spokesman, Nuno Ferraz.") == ["Nuno Ferraz"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The EU mission in Mali said the training of officers would resume.", id="other-body"),
        pytest.param("The IMF mission to Cyprus said the talks on the budget went well.", id="un-agency-of-another-kind"),
        pytest.param("The permanent mission of Cyprus to the United Nations said the vote was put off.", id="permanent-mission"),
        pytest.param("The French mission in Cyprus said the consulate was closed.", id="country-adjective"),
        pytest.param("The trade mission to Cyprus said the fair was a success.", id="trade-mission"),
        pytest.param("La mission diplomatique au Mali a indiqué que l'ambassade était fermée.", id="fr-diplomatic"),
        pytest.param("The mission in Mali said the road was cut.", id="no-un-word"),
    ],
)
def test_a_mission_of_another_kind_in_a_host_country_is_no_peacekeeping_operation(text):
    assert not {"MINUSMA", "UNFICYP"} & set(speakers_of(text))


def test_the_mission_named_by_its_host_country_keeps_the_printed_phrase():
    from newsdossier.entities import find_in_sentence
    from newsdossier.quotes import _comparable, _mentions

    text = "The United Nations mission in Mali said a convoy struck a mine."
    found = find_in_sentence(text, "en")
    mentions = _mentions(text, _comparable(text, "en"), found, [], found, "en")
    mission = next(m.found for m in mentions if m.found is not None and m.found.kind == "mission")
    assert (mission.id, mission.sentence, mission.surfaces) == ("minusma", text, ["United Nations mission in Mali"])
