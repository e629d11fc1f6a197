"""Quotes: a quotation opened with a straight mark and closed with a curly one (the marks
mixed by the page) is one quotation, and the verb after it attributes it. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("\"Nuestro batallón está listo para volver a casa en diciembre”, afirmó el ministro de Defensa, Pedro Salas.",
                     "Pedro Salas", id="es"),
        pytest.param("\"The battalion is ready to come home in December\u201d, said Defence Minister Ola Hansen.", "Ola Hansen",
                     id="en"),
        pytest.param("\"Le bataillon est prêt à rentrer en décembre »,  a déclaré le ministre de la Défense, Paul Houngbo.",
                     "Paul Houngbo", id="fr-guillemet"),
    ],
)
def test_a_straight_opening_closed_by_a_curly_mark(text, speaker):
    quotes = extract(text, None).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [(speaker, "direct")]


def test_an_opening_guillemet_printed_as_the_closing_one_closes():
    """'« ... disciplinés« , a déclaré X': the second « has the shape of a closing mark."""
    quotes = extract("Les forces du Bénin « ont perdu des soldats courageux et disciplinés« , a déclaré le ministre "
                     "béninois Paul Houngbo.", None).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [("Paul Houngbo", "direct")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("« Nos patrouilles reprennent lundi à Beni et à Oicha « , a dit le porte-parole de la Monusco, le colonel Paul Kabeya.",
                     "Paul Kabeya", id="fr-guillemet-space-then-comma"),
        pytest.param("“Nos patrouilles reprennent lundi à Beni et à Oicha “, a dit le porte-parole de la Monusco, le colonel Paul Kabeya.",
                     "Paul Kabeya", id="fr-curly-space-then-comma"),
        pytest.param("“Las patrullas vuelven el lunes a Beni y a Oicha “, dijo el portavoz de la Monusco, el coronel Pablo Kabeya.",
                     "Pablo Kabeya", id="es-curly-space-then-comma"),
        pytest.param("“Patrols resume in Beni and Oicha on Monday “, said the Monusco spokesman, Colonel Paul Kabeya.",
                     "Paul Kabeya", id="en-curly-space-then-comma"),
    ],
)
def test_an_opening_mark_before_a_comma_closes(text, speaker):
    """'“... à Oicha “, a dit X': an opening mark with a comma right after it, a space before
    it, has the shape of a closing mark (quotes._punctuated_after)."""
    quotes = extract("GOMA, 12 mars 2020 -\n\n" + text, None).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [(speaker, "direct")]


def test_an_opening_mark_before_a_word_still_opens():
    """Near miss: a second opening mark before a word opens a quotation inside the one open (or
    reopens it), as printed; nothing is closed early ('“Nous avons dit “partez” ...”')."""
    quotes = extract("GOMA, 12 mars 2020 -\n\n“Nous avons dit “partez” aux hommes armés et ils sont partis”, a déclaré "
                     "le colonel Paul Kabeya.", None).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [("Paul Kabeya", "direct")]
    assert "ils sont partis" in quotes[0].sentence
