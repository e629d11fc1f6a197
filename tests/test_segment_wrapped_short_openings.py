"""A hard-wrapped page (lines cut near one width, no blank lines between paragraphs) whose copy
also broke each paragraph after its first few words, leaving them on a short line ("The
envoys" / "discussed ..."), is still read as hard-wrapped: a short line ending inside a
sentence and followed by a line going on in lowercase is a cut line too, so the rows are
joined and a name cut at a line's end is whole. The text is written for the test."""
import pytest

from newsdossier.extract import extract
from newsdossier.segment import split_lines

PAGE = """BLUE HELMETS COMMANDER
VISITS THE ARMY HEADQUARTERS IN ACCRA
The visit
was announced on Monday by the army's public relations office, which said the
commander of the United Nations mission in South Sudan, Lieutenant General
Rafael Ortega Salinas, paid a courtesy call on the Chief of the Army Staff, Major
General Kwabena Owusu Darko, at his office.
The two
officers discussed the training of the battalion due to leave in March and the
equipment that the mission expects each contingent to bring to its camps.
General Ortega
thanked the army for the engineers it sent last year and promised more
helicopters for the rainy season, the statement added.
The delegation
left for Tamale on Tuesday, where it met the commander of the
northern brigade.
Share this
Leave a reply"""


def test_rows_cut_after_a_paragraphs_opening_words_are_joined():
    lines = split_lines(PAGE)
    assert any("Lieutenant General Rafael Ortega Salinas, paid a courtesy call" in line for line in lines)


@pytest.mark.parametrize("name", ["Rafael Ortega Salinas", "Kwabena Owusu Darko"])
def test_a_name_cut_at_a_line_end_is_found_whole(name):
    people = {e.name for e in extract(PAGE).entities.values() if e.kind == "person"}
    assert name in people
