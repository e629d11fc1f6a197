"""The outlet a text credits as its own (Extraction.fields["source"]): an outlet cited in the
lead, credit lines naming the outlet and its desk, bylines printed with the day."""
import pytest

from newsdossier.extract import extract

LEAD_CITED = [
    # "..., Example reported" closing the lead: the story is that outlet's report
    ("Harbour to be dredged\n\nThe harbour board agreed on Monday to dredge the channel by the old ferry pier after "
     "two storms closed it this winter. It is the third closure of the channel this year, Al-Jazeera reported.\n\n"
     "The work starts in June and should last three months, a spokesman for the board said.", "Al Jazeera"),
    # the verb before the outlet, as a translation prints it ("..., báo cáo Example")
    ("Cảng sẽ được nạo vét\n\nBan quản lý cảng hôm thứ Hai đã đồng ý nạo vét luồng tàu gần bến phà cũ sau khi hai "
     "cơn bão làm tắc luồng trong mùa đông, báo cáo NHK.\n\nCông việc bắt đầu vào tháng Sáu và kéo dài ba tháng, "
     "một người phát ngôn của ban quản lý cho biết.", "NHK"),
    # an outlet cited for one fact further down is no source of the text, an agency's no more
    ("Harbour to be dredged\n\nThe harbour board agreed on Monday to dredge the channel by the old ferry pier after "
     "two storms closed it this winter, its chairman said.\n\nThe work starts in June and should last three months, "
     "a spokesman for the board said.\n\nReuters reported that the fishermen of the town had asked for the work "
     "twice since the autumn.", ""),
    # (must not change) another outlet's report quoted for one fact
    ("Harbour to be dredged\n\nThe harbour board agreed on Monday to dredge the channel by the old ferry pier after "
     "two storms closed it this winter, its chairman said.\n\nThe fishermen of the town had asked for the work twice "
     "since the autumn, Radio Okapi reported.", ""),
]


@pytest.mark.parametrize("text, source", LEAD_CITED)
def test_outlet_cited_in_the_lead(text, source):
    assert extract(text).fields["source"] == source


_HARBOUR = ("Harbour to be dredged\n\n{}The harbour board agreed on Monday to dredge the channel by the old ferry pier "
            "after two storms closed it this winter.\n\nThe work starts in June and should last three months, a "
            "spokesman for the board said.{}")

CREDIT_LINES = [
    # a closing credit line: the outlet, a slash and its desk's credit
    (_HARBOUR.format("", "\n\nXinhua/Compiled by JR"), "Xinhua"),
    (_HARBOUR.format("", "\n\nAFP/Translated by Ana Gil"), "Agence France-Presse"),
    # an opening credit line naming the outlet's website
    (_HARBOUR.format("BBC Online :\n", ""), "BBC"),
]


@pytest.mark.parametrize("text, source", CREDIT_LINES)
def test_credit_line_with_a_desk_or_website(text, source):
    assert extract(text).fields["source"] == source


WRITER_AND_DATE = [
    # the writer's name, a date label or a role in brackets, then the date, on one line
    ("Jane Okafor Published March 12, 2021 | 10:15 AM", ["Jane Okafor"], "2021-03-12"),
    ("Trần Minh Hòa (thực hiện) 12/03/2021 - 08:40", ["Trần Minh Hòa"], "2021-03-12"),
    ("Ana Ruiz (entrevista) 12/03/2021", ["Ana Ruiz"], "2021-03-12"),
    # (must not change) a French label read already; a name before the date with no word
    # between them is left as it is
    ("Jean Mbala Publié le 12/03/2021", ["Jean Mbala"], "2021-03-12"),
    ("World Desk 12/03/2021", [], "2021-03-12"),
]


@pytest.mark.parametrize("line, authors, date", WRITER_AND_DATE)
def test_writer_printed_on_the_date_line(line, authors, date):
    text = _HARBOUR.format(line + "\n\n", "")
    fields = extract(text).fields
    assert (fields["authors"], fields["date"]) == (authors, date)
