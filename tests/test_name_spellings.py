"""A listed body's or operation's long name is found as writers vary it: British or American
word endings ("Stabilisation", "Organization") and the article dropped before a place named
in it ("of Congo" for "of the Congo"); the country inside an operation's full name is named
too. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def entities_of(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract(text, None).entities.values()}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        pytest.param("The UN Organisation Stabilisation Mission in the Democratic Republic of the Congo opened a base in Bunia.",
                     "MONUSCO", "mission", id="mission-british-endings"),
        pytest.param("The United Nations Organization Stabilization Mission in the Democratic Republic of Congo opened a base in Bunia.",
                     "MONUSCO", "mission", id="mission-article-dropped"),
        pytest.param("The United Nations Organisation Stabilisation Mission in the Democratic Republic of Congo opened a base in Bunia.",
                     "MONUSCO", "mission", id="mission-both"),
        pytest.param("The Organisation for Security and Co-operation in Europe sent twelve observers to the vote.",
                     "Organization for Security and Co-operation in Europe", "organisation", id="organisation-british-ending"),
    ],
)
def test_a_long_name_varied_by_the_writer_is_the_listed_one(text, name, kind):
    found = entities_of(text)
    assert found.get(name) == kind, found
    assert not any(k == "organisation" and "Stabili" in n for n, k in found.items()), found


@pytest.mark.parametrize(
    "text, country",
    [
        pytest.param("The United Nations Interim Force in Lebanon rebuilt a school near the coast.", "Lebanon", id="en-in-country"),
        pytest.param("The United Nations Mission in the Republic of South Sudan rebuilt a school near the river.", "South Sudan",
                     id="en-in-the-republic-of"),
        pytest.param("La Misión de Estabilización de las Naciones Unidas en Haití reconstruyó una escuela.", "Haiti", id="es-en-pais"),
    ],
)
def test_the_country_inside_an_operations_full_name_is_named(text, country):
    """The full name says where the operation serves: that country is named by the article."""
    found = entities_of(text)
    assert found.get(country) == "country", found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A convoy of the African Union-United Nations Mission in Darfur reached the camp at dawn.", id="en-hyphen-full-names"),
        pytest.param("A convoy of the African Union-UN Hybrid Operation in Darfur reached the camp at dawn.", id="en-hyphen-acronym"),
        pytest.param("Un convoi de l'Opération hybride Union africaine-Nations unies au Darfour a atteint le camp.", id="fr-hyphen"),
    ],
)
def test_the_bodies_a_joint_operations_name_joins_are_not_named(text):
    """A body printed only as part of a mission's name ("African Union-United Nations Mission")
    is not named by the article: the mission is (tests/corpus/README.md, organisations)."""
    found = entities_of(text)
    assert found.get("UNAMID") == "mission", found
    assert "African Union" not in found and "United Nations" not in found, found
    assert not any(k == "organisation" and "Darfur" in n for n, k in found.items()), found
