"""A writer's name shortened to an initial and a name, in brackets, signing the text off: on a
line of its own under the last paragraph ("(J. Roe)") or glued after the last paragraph's
final stop ("... were wounded. (V.Giang)"), as Vietnamese and other papers sign a story. It is
the writer (authors), never an outlet, and the glued one is no part of the text. An initial and
a name read as a person's, so such a name is no outlet the reference does not know
(segment.reads_as_unknown_outlet). A place so printed ("(St. Louis)") and an outlet's name in
brackets ("(Ridgeline Dispatch)") sign no writer.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract
from newsdossier.segment import reads_as_unknown_outlet

_LAST = {
    "en": "Its commander met the army chief of staff on Thursday to discuss the situation along the line, the mission said in a statement.",
    "fr": "Son commandant a rencontré jeudi le chef d'état-major de l'armée pour évoquer la situation le long de la ligne, a précisé la mission.",
    "es": "Su comandante se reunió el jueves con el jefe del Estado Mayor del ejército para analizar la situación en la línea, precisó la misión.",
    "vi": "Chỉ huy của phái bộ đã gặp tổng tham mưu trưởng quân đội hôm thứ Năm để bàn về tình hình dọc đường ranh giới, phái bộ cho biết.",
}


def _page(language: str, tail: str) -> str:
    return "\n".join([_HEAD[language], _LEAD[language], _MORE[language], _LAST[language] + tail])


@pytest.mark.parametrize(("language", "tail", "author"), [
    ("en", "\n(J. Roe)", "J. Roe"),
    ("en", " (J. Roe)", "J. Roe"),
    ("fr", "\n(J.-P. Martin)", "J.-P. Martin"),
    ("fr", " (M. Diallo)", "M. Diallo"),
    ("es", " (A. Gómez)", "A. Gómez"),
    ("vi", " (V.Giang)", "V.Giang"),
    ("vi", "\n(Tr.Thiệp)", "Tr.Thiệp"),
    # the article's last paragraph over a notice of the page's video player
    ("en", " (J. Roe)\nNote: to turn the sound on, click the button at the bottom right of the video player.", "J. Roe"),
    ("vi", " (V.Giang)\nLưu ý: Để bật âm thanh, xin bấm vào nút ở góc phải bên dưới của khung video.", "V.Giang"),
])
def test_an_initial_and_a_name_in_brackets_sign_the_writer(language, tail, author):
    _assert_writers(language, tail, [author])


@pytest.mark.parametrize(("language", "tail", "authors"), [
    # two writers, parted by a dash, a comma or a conjunction
    ("vi", " (V.Giang - T.Hà)", ["V.Giang", "T.Hà"]),
    ("vi", "\n(V.Giang và T.Hà)", ["V.Giang", "T.Hà"]),
    ("en", " (J. Roe and K. Doe)", ["J. Roe", "K. Doe"]),
    ("fr", "\n(J.-P. Martin, A. Dufour)", ["J.-P. Martin", "A. Dufour"]),
    ("es", " (A. Gómez y B. Ruiz)", ["A. Gómez", "B. Ruiz"]),
])
def test_initials_and_names_in_brackets_sign_the_writers(language, tail, authors):
    _assert_writers(language, tail, authors)


def _assert_writers(language, tail, authors):
    extraction = extract(_page(language, tail))
    assert extraction.fields["authors"] == authors
    assert extraction.fields["source"] == ""
    assert not any(author in paragraph for paragraph in extraction.body for author in authors)


@pytest.mark.parametrize(("language", "tail", "source"), [
    ("en", "\n(Ridgeline Dispatch)", "Ridgeline Dispatch"),
    ("en", " (St. Louis)", ""),
    ("fr", "\n(Le Courrier du Nord)", "Le Courrier du Nord"),
    # initials that are a body's or a place's short name, then a word: a credit, no writer
    ("en", "\n(U.S. Army)", ""),
    ("en", " (U.N. Photo)", ""),
    ("fr", " (U.E. Conseil)", ""),
    ("es", " (EE.UU. Ejército)", ""),
    # a writer's initial and name beside a word of no such shape: none signs
    ("en", " (J. Roe and Example)", ""),
    # a compass word shortened to its initial before a place's name: a place, no writer
    ("en", " (N. Kivu)", ""),
    ("fr", " (S. Kivu)", ""),
    # the same on a line of their own: no outlet either
    ("fr", "\n(S. Kivu)", ""),
    ("en", "\n(St. Louis)", ""),
    ("es", "\n(Sr. López)", ""),
])
def test_no_writer_in_a_place_or_an_outlet_in_brackets(language, tail, source):
    fields = extract(_page(language, tail)).fields
    assert (fields["authors"], fields["source"]) == ([], source)


@pytest.mark.parametrize(("name", "reads"), [
    ("J. Roe", False),
    ("V.Giang", False),
    ("Tr. Thiệp", False),
    ("J. Roe, K. Doe", False),
    ("S. Kivu", False),
    ("St. Louis", False),
    ("Ridgeline Dispatch", True),
])
def test_an_initial_and_a_name_is_no_unknown_outlet(name, reads):
    assert bool(reads_as_unknown_outlet(name)) is reads
