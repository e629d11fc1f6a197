"""Page furniture around an article's text read on pages of kinds met in collected articles of
outlets the labelled corpus does not hold: sign-off lines, labelled source lines carrying a
date, agencies cited in running text. Every page here is of our own making."""

import pytest

from newsdossier.extract import extract

_BODY = ("The river authority agreed on Monday to rebuild the flood wall along the old quay, a plan the "
         "town's shopkeepers had asked for since the water reached their doors last winter.\n"
         "Work starts in the spring and should last eight months, a spokeswoman for the authority told "
         "the council, which will pay a third of the cost.")


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# A writer's name alone on a line under the text's last paragraph signs it (the foot of a
# press release, a wire story, a Vietnamese paper's "initial.Name - initial.Name"); a live
# blog signs an entry off with its outlet in the possessive. A place, an organisation or a
# menu word alone there signs nothing, nor does a name with more of the text after it.
@pytest.mark.parametrize("tail, authors, source", [
    (["Maria Kowalczyk"], ["Maria Kowalczyk"], ""),
    (["B.Lan - T.Hùng"], ["B.Lan", "T.Hùng"], ""),
    (["— Reuters' Tom Ashby"], ["Tom Ashby"], "Reuters"),
    # (must not change)
    (["United Nations"], [], ""),
    (["South Sudan"], [], ""),
    (["Related News"], [], ""),
    (["Maria Kowalczyk", "The wall will be the town's third in a century, and the first built of concrete."], [], ""),
])
def test_a_name_signing_the_text_off_is_its_writer(tail, authors, source):
    fields = extract(_page("Old quay to get a new flood wall next spring", _BODY, *tail)).fields
    assert (fields["authors"], fields["source"]) == (authors, source)


# A "Source:" line printing the outlet's name and then a day (an aggregator's stamp) gives the
# name as the source and the day as the page's date, where the page prints no other date line.
@pytest.mark.parametrize("line, source, date", [
    ("Source: Harbour Weekly March 3, 2021 09:40 UTC", "Harbour Weekly", "2021-03-03"),
    ("Nguồn: Báo Sông Hồng - 12/05/2020", "Báo Sông Hồng", "2020-05-12"),
    ("Fuente: Diario del Puerto, 4 de junio de 2019", "Diario del Puerto", "2019-06-04"),
    # (must not change) a name alone
    ("Source: Harbour Weekly", "Harbour Weekly", ""),
])
def test_a_source_line_with_a_day_gives_the_outlet_and_the_date(line, source, date):
    extraction = extract(_page("Old quay to get a new flood wall next spring", _BODY, line))
    assert (extraction.fields["source"], extraction.determined_date) == (source, date)


# Copying a page can join its caption credit, its byline and the wire dateline into one run of
# words ("... Photo ReutersBy Jane RoeNAIROBI (Reuters) - The ..."): the byline's word glued to
# a lower-case letter and a place in capitals with an agency and a dash after one still open
# lines of their own.
@pytest.mark.parametrize("opening, authors, dateline, source", [
    ("Workers on the quay. REUTERS/Ann Lee ReutersBy Tom AshbyHARBOURTON (Reuters) - ", ["Tom Ashby"], "Harbourton", "Reuters"),
    ("Les ouvriers sur le quai. AFP/Ann LeePar Paul MartinZIGUINCHOR (AFP) - ", ["Paul Martin"], "Ziguinchor", "Agence France-Presse"),
    # (must not change) a capitalised word inside a sentence
    ("The StandBy Power Unit ran the pumps. ", [], "", ""),
])
def test_a_byline_and_a_dateline_glued_to_the_words_before_them_are_read(opening, authors, dateline, source):
    fields = extract(_page("Old quay to get a new flood wall next spring", opening + _BODY)).fields
    assert (fields["authors"], fields["dateline"], fields["source"]) == (authors, dateline, source)
