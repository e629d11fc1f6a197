"""The outlet a page names in its share bar's "follow us on" button by its web address written
in lower case ("Theo dõi example.com.vn trên"): each page is of our own making."""

import datetime

import pytest

from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


def _page(*lines: str) -> str:
    return "\n".join(lines)


@pytest.mark.parametrize("button, source", [
    ("Theo dõi vidu.com.vn trên", "vidu.com.vn"),
    ("Theo dõi baovidu.vn trên", "baovidu.vn"),
    ("Follow exampledaily.com on", "exampledaily.com"),
    ("Suivez www.exemple.sn sur", "www.exemple.sn"),
    ("Siga a diarioejemplo.com.ar en", "diarioejemplo.com.ar"),
    # an address the sources reference knows gives that outlet's name
    ("Theo dõi vnexpress.net trên", "VnExpress"),
    ("Theo dõi Vnexpress.net trên", "VnExpress"),
    # (must not change) a name in capitals, and a sentence going on after the network
    ("Theo dõi Vidu.vn trên", "Vidu.vn"),
    ("Follow example.com on Twitter for more news of the battalion and its work.", ""),
    ("follow the minister on", ""),
])
def test_a_follow_button_names_the_site_by_its_address(button, source):
    x = extract(_page("Blue helmets return home after a year in the field",
                      "The engineers of the unit came back on Sunday after a year with the mission.",
                      button,
                      "They were welcomed at the airport by their families and the minister."), today=_TODAY)
    assert x.fields.get("source", "") == source
