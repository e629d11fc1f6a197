"""Cyprus's outlets are in sources.yaml: a story that names one as a party to it ("denied a
Cyprus Mail report", "un article du Cyprus Mail") lists it among its organisations. Every
page here is of our own making."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Police deny report\n\nNICOSIA - The police on Tuesday denied a Cyprus Mail report that two officers had "
                     "been suspended.\n", id="en-report"),
        pytest.param("Rapport démenti\n\nLa police a démenti mardi un article du Cyprus Mail selon lequel deux policiers avaient "
                     "été suspendus.\n", id="fr-article-du"),
    ],
)
def test_a_cypriot_outlet_named_by_the_story_is_an_organisation(text):
    assert "Cyprus Mail" in {f.name for f in extract(text).entities.values() if f.kind == "organisation"}
