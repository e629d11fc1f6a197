"""The outlet found where the sources reference does not list it, or lists it spelled
another way: a report noun after a known agency ("as per a Example report"), an outlet's
kind before a capitalised name ("al semanario X", "selon le journal X", "báo X"), a spelling
variant of a listed outlet (spaces, case, accents), and a photo credit that never gives the
outlet. Every sentence written for the test."""
from __future__ import annotations

import pytest

from newsdossier.evaluate import _source_key
from newsdossier.extract import extract
from newsdossier.reference import reference


def _article(*paragraphs: str) -> str:
    return "Peacekeepers finish a road near the border\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("written", "listed"), [
    pytest.param("Africa News", "Africanews", id="space-inside-one-word-name"),
    pytest.param("VIETNAM NET", "VietNamNet", id="capitals-and-space"),
    pytest.param("Viet Nam Net", "VietNamNet", id="three-words"),
    pytest.param("Prensa-Latina", "Prensa Latina", id="hyphen-for-space"),
])
def test_a_spelling_variant_matches_the_listed_outlet(written, listed):
    row = reference().find_source(written)
    assert row is not None and row is reference().find_source(listed)


@pytest.mark.parametrize(("paragraph", "outlet"), [
    pytest.param("The engineers laid thirty kilometres of gravel road, as per a UNB report from the capital.",
                 "United News of Bangladesh", id="en-as-per-a-known-agency-report"),
    pytest.param("The new road links two villages, a Prensa Latina dispatch said on Monday.",
                 "Prensa Latina", id="en-known-agency-dispatch"),
])
def test_a_report_noun_after_a_known_outlet_cites_it(paragraph, outlet):
    got = extract(_article("The battalion handed over the road to the local council.", paragraph)).fields["source"]
    assert _source_key(got) == _source_key(outlet)


@pytest.mark.parametrize(("paragraph", "outlet"), [
    pytest.param("El coronel a cargo del batallón reveló al semanario Horizonte Austral que la obra terminó en mayo.",
                 "Horizonte Austral", id="es-al-semanario"),
    pytest.param("Según el diario La Voz del Litoral, la carretera tiene treinta kilómetros.",
                 "La Voz del Litoral", id="es-segun-el-diario"),
    pytest.param("Selon le journal Le Courrier des Grands Lacs, les travaux ont duré six mois.",
                 "Le Courrier des Grands Lacs", id="fr-selon-le-journal"),
    pytest.param("The commander told the newspaper Highland Gazette that the work ended in May.",
                 "Highland Gazette", id="en-told-the-newspaper"),
    pytest.param("The road is thirty kilometres long, according to a Kestrel Wire report.",
                 "Kestrel Wire", id="en-according-to-a-report"),
    pytest.param("Theo báo Sông Hồng Thời Báo, con đường dài ba mươi cây số.",
                 "Sông Hồng Thời Báo", id="vi-theo-bao"),
])
def test_an_outlet_kind_before_an_unlisted_name_cites_it(paragraph, outlet):
    # (in the lead: further down, an outlet whose report the story follows for one fact is not
    # its source, test_page_head_wire_credits)
    got = extract(_article(paragraph, "The battalion handed over the road to the local council.")).fields["source"]
    assert got == outlet


@pytest.mark.parametrize("caption", [
    pytest.param("Những người lính bên con đường mới. (Ảnh: VietNamNet)", id="vi-anh-bracketed"),
    pytest.param("Soldiers stand beside the new road. (Photo: VietNamNet)", id="en-photo-bracketed"),
    pytest.param("Soldados junto a la nueva carretera. (Foto: VietNamNet)", id="es-foto-bracketed"),
])
def test_a_photo_credit_never_gives_the_outlet(caption):
    text = _article(caption, "The battalion handed over the road to the local council on Friday.",
                    "Officers said the work took six months and employed local workers.")
    assert _source_key(extract(text).fields["source"]) != _source_key("VietNamNet")
