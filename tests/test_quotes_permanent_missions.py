"""Quotes: a country's permanent mission or unnamed permanent representative to the United
Nations speaks as the country (a country's body speaks as the country: the labelling rules of
tests/corpus/README.md), not as the United Nations named after it ("to the UN", "ante la ONU",
"tại Liên hợp quốc"). Words in quotes.yaml "permanent_missions". Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("The Permanent Mission of Ghana to the United Nations said the blue helmets had done their duty in Beni.",
                     "Ghana", id="en-mission-of-to-un"),
        pytest.param("The Permanent Representative of Ghana to the UN said the blue helmets had done their duty in Beni.",
                     "Ghana", id="en-representative-of-to-un"),
        pytest.param("Ghana's permanent representative said the blue helmets had done their duty in Beni.",
                     "Ghana", id="en-country-before"),
        pytest.param("La Mission permanente du Ghana auprès de l'ONU a indiqué que les casques bleus avaient fait leur devoir à Beni.",
                     "Ghana", id="fr-mission-permanente"),
        pytest.param("La Misión Permanente de Ghana ante la ONU dijo que los cascos azules cumplieron su deber en Beni.",
                     "Ghana", id="es-mision-permanente"),
        pytest.param("El representante permanente de Ghana ante las Naciones Unidas afirmó que los cascos azules cumplieron su deber.",
                     "Ghana", id="es-representante-permanente"),
        pytest.param("Đại diện Phái đoàn thường trực Việt Nam tại Liên hợp quốc cho biết các chiến sĩ mũ nồi xanh đã hoàn thành nhiệm vụ.",
                     "Vietnam", id="vi-phai-doan-thuong-truc"),
    ],
)
def test_a_permanent_mission_speaks_as_its_country(sentence, speaker):
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker], quotes


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # a named representative speaks as herself
        pytest.param("The Permanent Representative of Ghana, Jane Mensah, said the blue helmets had done their duty in Beni.",
                     "Jane Mensah", id="en-named-representative"),
        # the United Nations mission in a country is the operation, no permanent mission
        pytest.param("The UN mission in Mali said the convoy had been attacked near Gao.", "MINUSMA", id="en-host-mission"),
    ],
)
def test_other_missions_and_named_representatives_are_unchanged(sentence, speaker):
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker], quotes
