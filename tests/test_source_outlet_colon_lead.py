"""A lead opened by an outlet's name and a colon ("Reuters: The mission said ...", "France 24 :
Les casques bleus ...") credits that outlet with the report, as "(Reuters) -" does: blogs and
aggregators that repost a wire story print it so. Main read the line as the lead and credited
no outlet. A place before the colon stays a dateline, and a label the reference does not know
as an outlet credits nothing.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract
from newsdossier.reference import reference

CASES = [
    ("en", "Reuters: ", "reuters"),
    ("en", "VOA News: ", "voice-of-america"),
    ("fr", "France 24 : ", "france-24"),
    ("es", "EFE: ", "efe"),
    ("vi", "Reuters: ", "reuters"),
    ("en", "REUTERS: ", "reuters"),
]


@pytest.mark.parametrize("language,opening,outlet", CASES)
def test_outlet_and_colon_opening_the_lead_credit_it(language, opening, outlet):
    text = "\n".join([_HEAD[language], "", opening + _LEAD[language], "", _MORE[language]])
    fields = extract(text).fields
    assert reference().find_source(fields["source"] or "-") and reference().find_source(fields["source"])["id"] == outlet
    assert not fields["source"] in fields["authors"]


@pytest.mark.parametrize("language,opening,dateline", [
    # (must not change) a known place and a colon is the dateline's
    ("en", "Beirut: ", "Beirut"),
    ("fr", "Bamako : ", "Bamako"),
])
def test_place_and_colon_stay_a_dateline(language, opening, dateline):
    text = "\n".join([_HEAD[language], "", opening + _LEAD[language], "", _MORE[language]])
    fields = extract(text).fields
    assert (fields["dateline"], fields["source"]) == (dateline, "")


@pytest.mark.parametrize("language,opening", [
    # (must not change) a label that names no outlet the reference knows credits nothing
    ("en", "Update: "),
    ("es", "Última hora: "),
])
def test_other_label_and_colon_credit_nothing(language, opening):
    text = "\n".join([_HEAD[language], "", opening + _LEAD[language], "", _MORE[language]])
    assert extract(text).fields["source"] == ""


@pytest.mark.parametrize("language,opening", [
    # (must not change) an agency's acronym in title case before a colon is a word or a
    # speaker's given name there ("Ani", "Mena"), not the agency the capitals spell
    ("en", "Ani: "),
    ("en", "Map: "),
    ("fr", "Mena : "),
    # (must not change) an outlet's words in lower case where its name has capitals: the
    # lead's own words ("el país", the country; "le point", the summing up)
    ("es", "El país: "),
    ("fr", "Le point : "),
])
def test_word_or_given_name_before_colon_credits_nothing(language, opening):
    text = "\n".join([_HEAD[language], "", opening + _LEAD[language], "", _MORE[language]])
    assert extract(text).fields["source"] == ""


@pytest.mark.parametrize("language,paragraphs", [
    # a press review: each paragraph opens with another paper's name and a colon, the review
    # being no paper's report
    ("en", ["The Guardian: The paper says the mission will leave the north before the rains.",
            "The Washington Post: The paper asks who will protect the camps once the troops are gone."]),
    ("fr", ["Le Monde : Le quotidien revient sur dix ans de mission dans le nord du pays.",
            "Libération : Le journal s'inquiète du vide que laisseront les casques bleus."]),
    ("es", ["El País: El diario dedica su portada a la retirada de los cascos azules del norte.",
            "El Mundo: El periódico critica la falta de planes de la misión para los campamentos."]),
    ("vi", ["Tuổi Trẻ: Tờ báo đưa tin phái bộ sẽ rút khỏi miền bắc trước mùa mưa năm nay.",
            "Thanh Niên: Tờ báo đặt câu hỏi ai sẽ bảo vệ các trại khi binh sĩ rời đi."]),
])
def test_press_review_of_several_outlets_credits_none(language, paragraphs):
    text = "\n\n".join([_HEAD[language], *paragraphs, _MORE[language]])
    assert extract(text).fields["source"] == ""


@pytest.mark.parametrize("language,paragraphs,outlet", [
    # (must not change) an interview: the outlet's questions and the answers by their speaker
    ("fr", ["RFI : Quelle est la situation à Gao aujourd'hui ?",
            "Jean Dupont : La situation est calme mais fragile dans toute la région.",
            "RFI : Les casques bleus vont-ils rester sur leurs positions ?"], "rfi"),
    ("en", ["VOA News: What is the situation in the south today?",
            "Jane Roe: The situation is calm but fragile in the whole region."], "voice-of-america"),
    # the outlet by a subdomain of its web domain (reference.source_of_domain) opening the lead
    # and a question after it: the two read as one outlet, no press review
    ("en", ["M.VOV.VN: The last engineers of the unit came home on Monday after a year in the south.",
            "M.VOV.VN: What was the hardest part of the year?",
            "Jane Roe: The rains, which cut the roads to the camps for weeks."], "vov"),
    ("vi", ["M.VOV.VN: Những kỹ sư cuối cùng của đơn vị đã về nước hôm thứ Hai sau một năm ở miền nam.",
            "M.VOV.VN: Khó khăn lớn nhất trong năm qua là gì?",
            "Nguyễn Văn An: Mùa mưa đã cắt đứt đường đến các trại trong nhiều tuần."], "vov"),
])
def test_interview_by_one_outlet_credits_it(language, paragraphs, outlet):
    text = "\n\n".join([_HEAD[language], *paragraphs, _MORE[language]])
    source = extract(text).fields["source"]
    row = reference().find_source(source or "-") or reference().source_of_domain(source or "-")
    assert row and row["id"] == outlet


@pytest.mark.parametrize("language,opening", [
    # (must not change) an outlet's word alias, also a word of a web page, before a colon:
    # a feed's link ("RSS"), a section's name ("El Tiempo", the weather), a city ("TP")
    ("en", "RSS: "),
    ("es", "El Tiempo: "),
    ("vi", "TP: "),
])
def test_word_alias_before_colon_credits_nothing(language, opening):
    text = "\n".join([_HEAD[language], "", opening + _LEAD[language], "", _MORE[language]])
    assert extract(text).fields["source"] == ""
