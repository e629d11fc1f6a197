"""Unit tests of newsdossier.extract on kinds of fault a generated corpus showed: each kind
in every language met (English, French, Spanish, Vietnamese where it applies).

The example texts are invented for the tests: each shows a general pattern, not one article.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


# --- a past participle agrees with its subject: the event word is met in every form ----------

@pytest.mark.parametrize(
    "lead, kind",
    [
        pytest.param("BAMAKO, 9 juin 2023 (AFP) - Des casques bleus ont été attaqués mardi près de Kidal.", "attack", id="fr-masc-plural"),
        pytest.param("BAMAKO, 9 juin 2023 (AFP) - Une patrouille a été attaquée mardi près de Kidal.", "attack", id="fr-fem-singular"),
        pytest.param("BAMAKO, 9 juin 2023 (AFP) - Deux infirmières ont été blessées mardi près de Kidal.", "casualty", id="fr-fem-plural"),
        pytest.param("BAMAKO, 9 jun 2023 (EFE) - Los cascos azules fueron atacados el martes cerca de Kidal.", "attack", id="es-masc-plural"),
        pytest.param("BAMAKO, 9 jun 2023 (EFE) - Una patrulla fue atacada el martes cerca de Kidal.", "attack", id="es-fem-singular"),
        pytest.param("BAMAKO, 9 jun 2023 (EFE) - Dos enfermeras resultaron heridas el martes cerca de Kidal.", "casualty", id="es-fem-plural"),
        pytest.param("BAMAKO, 9 jun 2023 (EFE) - Una enfermera fue encontrada muerta el martes cerca de Kidal.", "casualty", id="es-muerta"),
        pytest.param("BAMAKO, June 9, 2023 (AFP) - Peacekeepers were attacked on Tuesday near Kidal.", "attack", id="en-passive"),
    ],
)
def test_a_passive_past_with_a_weekday_dates_the_event_to_the_past_weekday(lead, kind):
    """Friday 9 June 2023: "Tuesday" is the 6th, not the article's own day. Wounded or dead
    is a casualty, attacked an attack (the verb says what happened)."""
    events = extract(page("Casques bleus", lead, "La mission a condamné les faits.")).events
    assert [(e.kind, e.date) for e in events][:1] == [(kind, "2023-06-06")]


# --- a dateline without a year takes the year the text prints with the same day --------------

@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param(("Peacekeepers arrive in Juba",
                      "JUBA, March 3 (AFP) - Peacekeepers arrived in Juba on March 3, 2015.",
                      "The next rotation is expected on June 3, 2027."), id="en"),
        pytest.param(("Engineers reach Abyei",
                      "ABYEI, 14 May (Reuters) - The engineers reached Abyei on 14 May 2019 after a week on the road.",
                      "Their relief is planned for 14 May 2030, the ministry said."), id="en-day-first"),
        pytest.param(("Des casques bleus arrivent à Juba",
                      "JUBA, 3 mars (AFP) - Les casques bleus sont arrivés à Juba le 3 mars 2015.",
                      "La prochaine rotation est prévue le 3 juin 2027."), id="fr"),
        pytest.param(("Los cascos azules llegan a Yuba",
                      "YUBA, 3 mar (EFE).- Los cascos azules llegaron a Yuba el 3 de marzo de 2015.",
                      "La próxima rotación está prevista para el 3 de junio de 2027."), id="es"),
        pytest.param(("Lính gìn giữ hòa bình đến Juba",
                      "JUBA, ngày 3/3 (TTXVN) - Các chiến sĩ đã đến Juba ngày 3/3/2015.",
                      "Đợt luân chuyển tiếp theo dự kiến vào ngày 3/6/2027."), id="vi"),
    ],
)
def test_a_dateline_without_a_year_takes_the_year_printed_with_the_same_day(blocks):
    fields = extract(page(*blocks), today=datetime.date(2026, 1, 1)).fields
    day = blocks[1].split(" - ")[-1]
    assert fields["date"][:4] in day and fields["date_basis"] == "inferred", fields["date_source"]


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(("Peacekeepers arrive in Juba",
                      "JUBA, March 3 (AFP) - Peacekeepers arrived in Juba on Monday after a long flight.",
                      "They had left Entebbe on February 20, 2021.",
                      "The next rotation is expected on June 3, 2027."), "2021-03-03", id="en-past-date-and-future-one"),
        pytest.param(("Des casques bleus arrivent à Juba",
                      "JUBA, 3 mars (AFP) - Les casques bleus sont arrivés lundi à Juba.",
                      "La prochaine rotation est prévue le 3 juin 2027."), "XXXX-03-03", id="fr-only-a-future-date"),
        pytest.param(("Cascos azules en Yuba",
                      "YUBA, 3 mar (EFE).- Los cascos azules llegaron el lunes a Yuba.",
                      "El relevo está previsto para el 10 de enero de 2027."), "XXXX-03-03", id="es-only-a-future-date"),
    ],
)
def test_a_publication_date_inferred_from_the_text_is_never_after_today(blocks, date):
    """A date after the day the text is read is an event announced, not a bound on the year."""
    fields = extract(page(*blocks), today=datetime.date(2026, 1, 1)).fields
    assert fields["date"] == date, fields["date_source"]


# --- a rank or title before a name is the person's role, not part of the name ----------------

@pytest.mark.parametrize(
    ("first", "second", "person", "role"),
    [
        pytest.param("Police Commissioner Amadou Diallo visited Juba on 3 March 2021.",
                     "Later, Amadou Diallo met the press in Juba.", "amadou-diallo", "Police Commissioner", id="en-commissioner"),
        pytest.param("Superintendent Kwame Mensah led the police unit in Juba on 3 March 2021.",
                     "Kwame Mensah said the unit was ready.", "kwame-mensah", "Superintendent", id="en-superintendent"),
        pytest.param("Inspector-General Karim Haddad inspected the camp on 3 March 2021.",
                     "Later, Karim Haddad met the press.", "karim-haddad", "Inspector-General", id="en-inspector-general"),
        pytest.param("Assistant Commissioner Priya Sharma arrived on 3 March 2021.",
                     "Priya Sharma will lead the police component.", "priya-sharma", "Assistant Commissioner", id="en-assistant-commissioner"),
        pytest.param("Commissaire Moussa Traoré, chef de la police, s'est rendu à Juba le 3 mars 2021.",
                     "Plus tard, Moussa Traoré a rencontré la presse.", "moussa-traore", "Commissaire", id="fr-commissaire"),
        pytest.param("Le commissaire divisionnaire Moussa Traoré s'est rendu à Juba le 3 mars 2021.",
                     "Plus tard, Moussa Traoré a rencontré la presse.", "moussa-traore", "commissaire divisionnaire", id="fr-lowercase-rank"),
        pytest.param("L'adjudant-chef Moussa Traoré a été blessé à Kidal le 3 mars 2021.",
                     "Moussa Traoré a été évacué vers Gao.", "moussa-traore", "adjudant-chef", id="fr-adjudant-chef"),
        pytest.param("Comisario Carlos Méndez visitó Yuba el 3 de marzo de 2021.",
                     "Después, Carlos Méndez habló con la prensa.", "carlos-mendez", "Comisario", id="es-comisario"),
        pytest.param("El sargento Carlos Méndez llegó a Yuba el 3 de marzo de 2021.",
                     "Carlos Méndez tenía treinta años.", "carlos-mendez", "sargento", id="es-sargento"),
        pytest.param("Thượng tá Nguyễn Văn Thành đã đến Juba ngày 3/3/2021.",
                     "Sau đó, Nguyễn Văn Thành gặp báo chí.", "nguyen-van-thanh", "Thượng tá", id="vi-thuong-ta"),
        pytest.param("Đại tá Nguyễn Văn Thành đã đến Juba ngày 3/3/2021.",
                     "Sau đó, Nguyễn Văn Thành gặp báo chí.", "nguyen-van-thanh", "Đại tá", id="vi-dai-ta"),
        pytest.param("Thiếu úy Nguyễn Văn Thành đã đến Juba ngày 3/3/2021.",
                     "Sau đó, Nguyễn Văn Thành gặp báo chí.", "nguyen-van-thanh", "Thiếu úy", id="vi-thieu-uy"),
    ],
)
def test_a_title_before_a_name_is_the_role_and_makes_no_second_person(first, second, person, role):
    entities = extract(page("Visit", first, second)).entities
    people = {f.id: f.role for f in entities.values() if f.kind == "person"}
    assert people == {person: role}


# --- a surname that a frequency list counts as a word is still a name -------------------------

@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        pytest.param("Dr. Pedro García said the unit was ready on 3 March 2021.", "pedro-garcia", id="en-dr-garcia"),
        pytest.param("Pedro García said the unit was ready on 3 March 2021.", "pedro-garcia", id="en-accent-not-english-word"),
        pytest.param("Colonel Ana Romero said the unit was ready on 3 March 2021.", "ana-romero", id="en-colonel-romero"),
        pytest.param("Dr. Pedro García dijo el 3 de marzo de 2021 que la unidad estaba lista.", "pedro-garcia", id="es-dr-garcia"),
        pytest.param("El sargento Juan Flores llegó a Yuba el 3 de marzo de 2021.", "juan-flores", id="es-sargento-flores"),
        pytest.param("La coronela Ana Romero llegó a Yuba el 3 de marzo de 2021.", "ana-romero", id="es-coronela-romero"),
        pytest.param("Le commandant Luis Vargas est arrivé à Bamako le 3 mars 2021.", "luis-vargas", id="fr-commandant-vargas"),
        pytest.param("Le docteur Pedro García est arrivé à Bamako le 3 mars 2021.", "pedro-garcia", id="fr-docteur-garcia"),
    ],
)
def test_a_surname_that_is_also_a_frequent_word_makes_a_person_after_a_title(sentence, person):
    entities = extract(page("Ready", sentence, "The unit left the next day.")).entities
    assert {f.id for f in entities.values() if f.kind == "person"} == {person}


# --- a common noun is not a place because a place shares its spelling ------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("La réunion ministérielle s’est tenue à Bamako le 3 mars 2021.", id="fr-la-reunion-lowercase"),
        pytest.param("Réunion ministérielle à Bamako le 3 mars 2021 pour la paix.", id="fr-sentence-initial"),
        pytest.param("Une réunion du comité a eu lieu à Bamako le 3 mars 2021.", id="fr-lowercase-alone"),
        pytest.param("La reunión ministerial se celebró en Bamako el 3 de marzo de 2021.", id="es-la-reunion-lowercase"),
        pytest.param("Reunión de ministros en Bamako el 3 de marzo de 2021.", id="es-sentence-initial"),
    ],
)
def test_a_common_noun_spelled_like_a_place_is_not_that_place(sentence):
    fields = extract(page("Paix", sentence, "Les délégués ont signé un texte.")).fields
    assert "reunion" not in fields["actors"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Les soldats sont arrivés à la Réunion le 3 mars 2021.", id="fr-a-la-reunion"),
        pytest.param("La Réunion a accueilli les soldats le 3 mars 2021.", id="fr-la-reunion-capitalised"),
        pytest.param("La Reunión recibió a los soldados el 3 de marzo de 2021.", id="es-la-reunion-capitalised"),
        pytest.param("The soldiers landed on Réunion Island on 3 March 2021.", id="en-reunion-island"),
    ],
)
def test_the_place_is_still_found_where_its_name_is_capitalised(sentence):
    fields = extract(page("Paix", sentence, "Les délégués ont signé un texte.")).fields
    assert "reunion" in fields["actors"]


# --- an outlet and a role before a name in a byline: the name is the author ------------------

@pytest.mark.parametrize(
    ("byline", "author"),
    [
        pytest.param("by News International writer Carlos López", "Carlos López", id="en-unknown-outlet-writer"),
        pytest.param("By Daily Sabah staff reporter Carlos López", "Carlos López", id="en-staff-reporter"),
        pytest.param("By Gulf Today senior correspondent Jane Whitcombe", "Jane Whitcombe", id="en-senior-correspondent"),
        pytest.param("Par Jeune Afrique envoyé spécial Moussa Traoré", "Moussa Traoré", id="fr-envoye-special"),
        pytest.param("Par notre envoyée spéciale Marie Dupont", "Marie Dupont", id="fr-notre-envoyee"),
        pytest.param("Por Diario Sur corresponsal Ana Gómez", "Ana Gómez", id="es-corresponsal"),
        pytest.param("Por nuestro enviado especial Luis Vargas", "Luis Vargas", id="es-enviado-especial"),
    ],
)
def test_an_outlet_and_a_role_before_a_name_leave_the_name_as_author(byline, author):
    text = page("Peacekeepers arrive in Juba", byline, "Peacekeepers arrived in Juba on March 3, 2021. They were welcomed.")
    assert extract(text).fields["authors"] == [author]


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        pytest.param("by The News International writer Carlos López", "The News International", id="en-known-outlet"),
        pytest.param("Par Jeune Afrique envoyé spécial Moussa Traoré", "Jeune Afrique", id="fr-known-outlet"),
    ],
)
def test_a_known_outlet_before_the_role_is_the_source(byline, source):
    text = page("Peacekeepers arrive in Juba", byline, "Peacekeepers arrived in Juba on March 3, 2021. They were welcomed.")
    assert extract(text).fields["source"] == source
