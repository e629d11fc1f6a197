"""A headline of one or two words printed alone above a lone sentence is the title, not a
section's name: the short-line rule for section names above a headline gives way where the
line sits right above the lead, is no navigation, section or label word, and names no writer."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import segment


@pytest.mark.parametrize("text, title", [
    ("Cascos azules\n\nLos soldados llegaron el lunes a la ciudad para proteger a los civiles.", "Cascos azules"),
    ("Casques bleus\n\nUne patrouille a quitté le camp mardi pour escorter les familles vers le marché.", "Casques bleus"),
    ("Flood relief\n\nThe engineers repaired two bridges on the river road before the rains came back.", "Flood relief"),
    ("Inondations\n\nLes habitants du quartier ont dormi dans l'école après la crue de la rivière.", "Inondations"),
])
def test_short_headline_above_lone_sentence(text, title):
    layout = segment(text)
    assert layout.title == title
    assert title not in layout.boilerplate
    assert extract(text).fields["title"] == title


@pytest.mark.parametrize("text, label", [
    # a section's name (navigation words) above the lead stays furniture
    ("Monde\n\nLes habitants du quartier ont dormi dans l'école après la crue de la rivière.", "Monde"),
    ("World news\n\nThe engineers repaired two bridges on the river road before the rains came back.", "World news"),
    # a writer's name above the lead is no headline
    ("John Smith\n\nThe engineers repaired two bridges on the river road before the rains came back.", "John Smith"),
])
def test_section_name_or_writer_above_lead_is_no_title(text, label):
    assert segment(text).title != label
