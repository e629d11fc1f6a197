"""A page's author metadata can name no person: a staff's credit opening on a first person's
possessive ("Our Foreign Staff", "Notre correspondant") or the company that publishes the site,
closed by its legal form ("Example Media Group Ltd", "Ediciones Example S.L."). Neither is the
article's author. The names are invented for the tests."""
from __future__ import annotations

import pytest

from newsdossier.ingest.sitename import is_site_author

_KEYS = frozenset({"harbourpost"})


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Our Foreign Staff", id="our-foreign-staff"),
        pytest.param("Our Special Correspondent", id="our-special-correspondent"),
        pytest.param("Notre correspondant", id="notre-correspondant-fr"),
        pytest.param("Nos envoyés spéciaux", id="nos-envoyes-fr"),
        pytest.param("Nuestro corresponsal", id="nuestro-corresponsal-es"),
        pytest.param("Nuestra enviada especial", id="nuestra-enviada-es"),
        pytest.param("Example Media Group Ltd", id="company-ltd"),
        pytest.param("Example Holdings Inc.", id="company-inc-dotted"),
        pytest.param("Ediciones Ribera S.L.", id="company-sl-dotted-es"),
        pytest.param("Éditions du Fleuve S.A.", id="company-sa-dotted-fr"),
    ],
)
def test_a_staff_credit_or_a_company_is_no_author(name):
    assert is_site_author(name, _KEYS)


@pytest.mark.parametrize(
    "name",
    [
        # (must not change) a surname that spells a short legal form without dots
        pytest.param("Fernanda Sá", id="surname-sa"),
        pytest.param("Lan Co", id="surname-co"),
        # (must not change) a writer whose name holds a possessive later on, or none at all
        pytest.param("Jane Roe", id="plain-writer"),
        pytest.param("Tomas Reyes", id="plain-writer-es"),
        # (must not change) a one-word name that is also a possessive's spelling
        pytest.param("Nos", id="one-word"),
        # (must not change) a lower-case last word is no company's form
        pytest.param("ana group", id="lower-case-last-word"),
    ],
)
def test_a_writer_stays_an_author(name):
    assert not is_site_author(name, _KEYS)
