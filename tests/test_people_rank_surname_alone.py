"""A surname printed alone right after a rank ("Colonel Williams", "le général Cot", "el
teniente primero Cuello") names a person even when the word is an everyday word too (a word
of the spellchecker's lists: "williams", "cot", "cuello", "lawes" read as "laws"): after a
rank in lowercase any such word, after a capitalised one a frequent family name only, as a
capitalised title and an everyday word may make a term ("Judge Advocate", "General Staff").
The full name the article gives elsewhere wins ("Mark Williams"; those cases, and the terms,
passed before the change and guard it). Also: an honorific style between a
rank and a name ("Tan Sri", "Datuk") stays out of the name, a demonym between a rank and a
name ("le général italien") is the rank's (a name word that is a title's abbreviation elsewhere,
"Col", stays the name's after it), and a capitalised everyday word opening a
sentence before a given name ("Llegó Pedro Salas") is no name word. Every sentence is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("The patrol was led by Colonel Williams, who spoke to the elders of the village.", "Williams", id="en-common-surname"),
        pytest.param("The convoy reached the camp where colonel Lawes waited for the engineers and the medics.", "Lawes", id="en-lowercase-rank"),
        pytest.param("After the storm, Captain Hughes said the bridge would reopen within a week.", "Hughes", id="en-captain"),
        pytest.param("The force commander, General Smith, toured the new clinic on Tuesday.", "Smith", id="en-general"),
        pytest.param("Le général Cot a commandé la force pendant six mois avant de rentrer à Paris.", "Cot", id="fr-common-word"),
        pytest.param("Đại tá Hùng đã đến thăm bệnh viện dã chiến ở Nam Sudan vào tuần trước.", "Hùng", id="vi-name-alone"),
        pytest.param("El teniente primero Cuello recibió la medalla durante la ceremonia en la base.", "Cuello", id="es-two-word-rank"),
        pytest.param("Durante la visita, el coronel Campos inspeccionó los vehículos del contingente.", "Campos", id="es-plural-noun"),
    ],
)
def test_a_surname_alone_after_a_rank_is_a_person_even_if_a_common_word(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Colonel Mark Williams arrived in Juba on Monday. Later that day, Colonel Williams inspected the troops.",
                     "Mark Williams", id="en"),
        pytest.param("Le général Pierre Cot est arrivé mardi à Sarajevo. Le lendemain, le général Cot a visité le camp.",
                     "Pierre Cot", id="fr"),
        pytest.param("El teniente Javier Cuello llegó a la base el lunes. Después, el teniente Cuello habló con la prensa.",
                     "Javier Cuello", id="es"),
        pytest.param("Trung tá Nguyễn Văn Hùng chỉ huy bệnh viện dã chiến. Sau đó, Trung tá Hùng đã đến thăm các bác sĩ.",
                     "Nguyễn Văn Hùng", id="vi"),
    ],
)
def test_a_surname_alone_after_a_rank_joins_the_full_name_of_the_article(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The General Assembly will vote on the budget of the mission next week.", id="en-assembly"),
        pytest.param("Private Security guards were posted at the gate of the compound.", id="en-private-security"),
        pytest.param("The report was sent to the General Staff before the vote in the council.", id="en-general-staff"),
        pytest.param("The Judge Advocate said the hearing would resume after the holiday.", id="en-term-judge"),
        pytest.param("Each Officer Cadet received a certificate at the end of the course.", id="en-term-officer"),
        pytest.param("Le Commandant Suprême des forces a visité le camp de Gao.", id="fr-term-commandant"),
        pytest.param("Les élus ont déposé une gerbe sur la tombe du soldat Inconnu, place de l'Étoile.", id="fr-unknown-soldier"),
        pytest.param("Los veteranos honraron la tumba del soldado Desconocido en la plaza mayor.", id="es-unknown-soldier"),
        pytest.param("The officer Training course for the new recruits ended on Friday.", id="en-officer-training"),
    ],
)
def test_an_everyday_word_making_a_term_with_a_capitalised_title_stays_no_person(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Gen Tan Sri Ahmad Zulkifli visited the battalion in southern Lebanon on Friday.", "Ahmad Zulkifli", id="en-tan-sri"),
        pytest.param("Datuk Seri Farid Hashim opened the new training centre in the capital.", "Farid Hashim", id="en-datuk-seri"),
    ],
)
def test_a_malaysian_style_stays_out_of_the_name(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Le général italien Paolo Del Col a quitté Beyrouth en mai après deux ans.", "Paolo Del Col", id="fr-full-name"),
        pytest.param("Le colonel sénégalais Diop a pris la parole devant les soldats.", "Diop", id="fr-surname-alone"),
        pytest.param("El coronel chileno Campos habló con la prensa después del desfile.", "Campos", id="es-surname-alone"),
    ],
)
def test_a_demonym_between_rank_and_name_keeps_the_rank(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Llegó Pedro Salas a la base de Naqoura con su equipo de ingenieros.", "Pedro Salas", id="es-verb"),
        pytest.param("Habló Juan Ortega ante los soldados reunidos en el patio del cuartel.", "Juan Ortega", id="es-verb-2"),
    ],
)
def test_an_everyday_word_opening_a_sentence_is_no_name_word(text, person):
    assert people_of(text) == [person]
