"""A seed whose only sentence ends on a day and lacks its full stop (a page cut short, a copy
that lost its last character) reads as a date line; taking that line away as the page's
furniture must not leave the article with no text: the line stays the text. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.ingest import collect
from newsdossier.normalize import extract_article
from newsdossier.segment import segment

ONLY_SENTENCE = [
    pytest.param("Engineers in Gao", "Engineers left the Gao camp on 4 May 2023", id="english"),
    pytest.param("Génie à Gao", "Les sapeurs ont quitté Gao le 4 mai 2023", id="french"),
    pytest.param("Ingenieros en Gao", "Los zapadores dejaron Gao el 4 de mayo de 2023", id="spanish"),
    pytest.param("Công binh ở Gao", "Công binh rời Gao ngày 4/5/2023", id="vietnamese"),
]


@pytest.mark.parametrize("headline, sentence", ONLY_SENTENCE)
def test_a_text_whose_only_sentence_reads_as_a_date_line_keeps_it_as_its_text(headline, sentence):
    layout = segment(f"{headline}\n\n{sentence}\n")
    assert layout.paragraphs == [sentence]
    assert sentence not in layout.metadata.values()


@pytest.mark.parametrize("headline, sentence", ONLY_SENTENCE)
@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_a_seed_whose_only_sentence_reads_as_a_date_line_is_an_article(tmp_path, headline, sentence, suffix):
    seed = tmp_path / f"cut{suffix}"
    if suffix == ".html":  # a page cut short: its last tags never closed
        seed.write_text(f"<html><head><title>{headline}</title></head><body><p>{sentence} <b><i>\n<div", encoding="utf-8")
    else:
        seed.write_text(f"{headline}\n\n{sentence}\n", encoding="utf-8")
    [article], _ = collect(seed)
    outcome = extract_article(article)
    assert outcome.why is None
    assert outcome.extraction.body == [sentence]


@pytest.mark.parametrize("text, date_line, paragraph", [
    # (must not change) a date line above the text is still the page's date line, not text
    pytest.param("Engineers in Gao\n\n4 May 2023\n\nThe last engineers left the camp in the north.\n",
                 "4 May 2023", "The last engineers left the camp in the north.", id="english"),
    pytest.param("Génie à Gao\n\nPublié le 4 mai 2023\n\nLes derniers sapeurs ont quitté le camp du nord.\n",
                 "Publié le 4 mai 2023", "Les derniers sapeurs ont quitté le camp du nord.", id="french"),
])
def test_a_date_line_above_the_text_is_still_the_pages_date_line(text, date_line, paragraph):
    layout = segment(text)
    assert layout.metadata.get("date") == date_line
    assert layout.paragraphs == [paragraph]
    assert extract(text).body == [paragraph]


@pytest.mark.parametrize("text, sentence", [
    pytest.param("Engineers in Gao\n\n4 May 2023\n\nEngineers left the Gao camp on 5 May 2023\n",
                 "Engineers left the Gao camp on 5 May 2023", id="english"),
    pytest.param("Génie à Gao\n\nPublié le 4 mai 2023\n\nLes sapeurs ont quitté Gao le 5 mai 2023\n",
                 "Les sapeurs ont quitté Gao le 5 mai 2023", id="french"),
    pytest.param("Ingenieros en Gao\n\nPublicado el 4 de mayo de 2023\n\nLos zapadores dejaron Gao el 5 de mayo de 2023\n",
                 "Los zapadores dejaron Gao el 5 de mayo de 2023", id="spanish"),
])
def test_a_sentence_read_as_a_second_date_line_is_not_lost_when_it_is_the_only_text(text, sentence):
    # (the page's date line above it made it a second date line, set aside as furniture)
    assert sentence in extract(text).body
