"""The UN's news service credited in the lead by a description of it rather than its name
("rapporte le service d'information de l'ONU", "informó el servicio de noticias de la ONU",
"the UN news service reported", "selon le Centre d'actualités de l'ONU"): the story is UN
News's (sources.yaml un-news aliases). Another UN office named there (a spokesperson, the
mission's press office) is no outlet. Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, MORE
from newsdossier.extract import extract


def _page(language: str, lead: str) -> str:
    return "\n\n".join([HEADLINE[language], lead, MORE[language]])


@pytest.mark.parametrize("language, lead", [
    pytest.param("fr", "Le porte-parole de la mission a confirmé que le contingent est arrivé à Goma, rapporte le service d'information de l'ONU.", id="fr-service-information"),
    pytest.param("es", "El portavoz de la misión confirmó que el contingente llegó a Goma, informó el servicio de noticias de la ONU.", id="es-servicio-noticias"),
    pytest.param("en", "The mission's spokesperson confirmed that the contingent had arrived in Goma, the UN news service reported.", id="en-news-service"),
    pytest.param("fr", "Le porte-parole a confirmé l'arrivée du contingent, selon le Centre d'actualités de l'ONU.", id="fr-centre-actualites"),
])
def test_the_un_news_service_described_is_the_source(language, lead):
    assert extract(_page(language, lead)).fields["source"] == "UN News"


@pytest.mark.parametrize("language, lead", [
    pytest.param("fr", "Le contingent est arrivé à Goma, a indiqué le service de presse de la mission.", id="fr-mission-press-office"),
    pytest.param("en", "The contingent arrived in Goma, a UN spokesperson told reporters on Friday.", id="en-spokesperson"),
])
def test_another_un_office_is_no_outlet(language, lead):
    assert (extract(_page(language, lead)).fields["source"] or "") == ""
