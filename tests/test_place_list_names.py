"""Names listed after a noun of places and the word of its examples ("places like X, Y and Z")
are places, not people (entities._in_place_list, vocabulary.yaml place_list_openers). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def kinds(text: str) -> dict[str, str]:
    return {f.name: f.kind for f in extract(text).entities.values()}


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Patrols resume\n\nThe blue helmets will patrol places like Tambura, Mundri Wote and Ezo next month.\n",
                     "Mundri Wote", id="en-places-like"),
        pytest.param("Patrols resume\n\nConvoys will reach villages such as Kuda Ramsel, Lafon and Mogiri within weeks.\n",
                     "Kuda Ramsel", id="en-villages-such-as"),
        pytest.param("Patrouilles\n\nLes casques bleus patrouilleront dans des localités comme Tombo, Kera Sindou et Ogossagou.\n",
                     "Kera Sindou", id="fr-localites-comme"),
        pytest.param("Patrullas\n\nLos cascos azules irán a lugares como Bangassou, Nzako Mbari y Zemio.\n",
                     "Nzako Mbari", id="es-lugares-como"),
        pytest.param("Patrols resume\n\nConvoys may stop at towns such as Lafon or Kuda Ramsel before the rains.\n",
                     "Kuda Ramsel", id="en-joined-by-or"),
        pytest.param("Patrouilles\n\nLes convois passeront par des localités comme Tombo ou Kera Sindou avant la pluie.\n",
                     "Kera Sindou", id="fr-joined-by-ou"),
    ],
)
def test_a_name_listed_after_places_like_is_no_person(text, name):
    assert kinds(text).get(name) != "person", kinds(text)


def test_a_person_named_after_a_list_of_places_stays_a_person():
    text = ("Patrols resume\n\nPeacekeepers visited places like Tambura and Ezo, said Colonel Martin Okello on Monday.\n")
    assert kinds(text).get("Martin Okello") == "person", kinds(text)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Fighting spreads\n\nFighting spread to towns like Rumbek and Yirol, and Joseph Lado called for calm.\n",
                     "Joseph Lado", id="en"),
        pytest.param("Combats\n\nLes combats ont gagné des localités comme Tombo et Kera, et Amadou Kanté a appelé au calme.\n",
                     "Amadou Kanté", id="fr"),
        pytest.param("Combates\n\nLos combates llegaron a pueblos como Zemio y Obo, y Marcelo Ndoye pidió calma.\n",
                     "Marcelo Ndoye", id="es"),
    ],
)
def test_a_second_joining_word_closes_the_list(text, name):
    assert kinds(text).get(name) == "person", kinds(text)
