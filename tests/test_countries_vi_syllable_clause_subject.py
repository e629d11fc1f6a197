"""A one-syllable Vietnamese country name (vocabulary "country_syllables": Pháp, Nga, Mỹ) as a
clause's subject, right after a conjunction opening the clause ("Mặc dù", "Vì", "nhưng") and
right before a word of tense, aspect or negation or a verb of stance ("đã", "vẫn", "phản
đối"), is the country; a given name after a pronoun or a title stays a person's.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _kinds(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in extract(text).entities.values():
        out.setdefault(e.kind, set()).add(e.name)
    return out


@pytest.mark.parametrize(("text", "country"), [
    ("Mặc dù Pháp đã rút quân khỏi khu vực, các nhóm vũ trang vẫn tiếp tục tấn công làng mạc.", "France"),
    ("Vì Nga phản đối dự thảo, Hội đồng Bảo an chưa thể thông qua nghị quyết mới.", "Russia"),
    ("Cuộc họp kết thúc tốt đẹp, nhưng Mỹ vẫn chưa công bố khoản viện trợ cho phái bộ.", "United States"),
])
def test_a_country_syllable_as_a_clauses_subject(text, country):
    assert country in _kinds(text).get("country", set())


@pytest.mark.parametrize("text", [
    # (must not change) a title or a pronoun before the given name
    "Mặc dù bà Nga đã nghỉ hưu, các đồng nghiệp vẫn thường xuyên tới thăm.",
    # (must not change) no word of tense or stance after it
    "Vì Pháp và các đối tác châu Âu, dự án được khởi động lại.",
])
def test_not_without_the_clauses_frame(text):
    assert not _kinds(text).get("country")


@pytest.mark.parametrize(("text", "person", "country"), [
    # the article names a person whose given name the syllable is: the bare given name as a
    # clause's subject is that person
    ("Anh Nguyễn Minh Đức lái xe cứu thương của trạm xá. Vì Đức đã về muộn, cả đội phải chờ.",
     "Nguyễn Minh Đức", "Germany"),
    ("Bà Trần Thị Nga là y tá của đoàn. Khi Nga đã đến nơi, các bệnh nhân được chăm sóc ngay.",
     "Trần Thị Nga", "Russia"),
])
def test_a_persons_given_name_as_a_clauses_subject_is_the_person(text, person, country):
    kinds = _kinds(text)
    assert country not in kinds.get("country", set())
    assert person in kinds.get("person", set())
