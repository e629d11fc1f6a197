"""A person named, then an apposition describing them that names a body they serve with: the
person speaks, not the body, when the apposition opens on an indefinite article and no comma
closes it before the verb ("Jane Roe, a nurse serving with UNMISS said"), and when a relative
pronoun for a person follows it ("..., a nurse with UNICEF, who said"). Every sentence is
written for the test, in English, French, Spanish and Vietnamese."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speakers",
    [
        pytest.param("en", "Jane Roe, a nurse serving with UNMISS said the clinic would reopen on Monday.",
                     ["Jane Roe"], id="en-a-nurse-with-body-said"),
        pytest.param("en", "Jane Roe, an engineer of the UN Mission in South Sudan said the bridge was repaired.",
                     ["Jane Roe"], id="en-an-engineer-of-mission-said"),
        pytest.param("fr", "Jeanne Roux, une infirmière servant avec la MINUSMA a déclaré que le camp était calme.",
                     ["Jeanne Roux"], id="fr-une-infirmiere-avec-mission-a-declare"),
        pytest.param("es", "Ana Ruiz, una enfermera de la MINUSCA dijo que el hospital abrirá el lunes.",
                     ["Ana Ruiz"], id="es-una-enfermera-de-mision-dijo"),
        pytest.param("vi", "Thiếu tá Nguyễn Thị Lan, một nữ quân nhân của UNMISS cho biết bệnh viện sẽ mở cửa vào thứ Hai.",
                     ["Nguyễn Thị Lan"], id="vi-mot-nu-quan-nhan-cua-phai-bo-cho-biet"),
        # near misses: a list after the comma, the body after the person's own clause
        pytest.param("en", "Jane Roe, a nurse, and UNMISS said the clinic would reopen on Monday.",
                     ["Jane Roe", "UNMISS"], id="en-a-list-not-an-apposition"),
        pytest.param("en", "Jane Roe met a nurse of UNMISS, and UNMISS said the clinic would reopen on Monday.",
                     ["UNMISS"], id="en-the-body-of-another-clause"),
        pytest.param("fr", "Jeanne Roux a rencontré une infirmière de la MINUSMA qui a déclaré que le camp était calme.",
                     ["MINUSMA"], id="fr-no-apposition-after-the-name"),
        # a description holding a clause of its own, whose subject is the body before the verb
        pytest.param("en", "Jane Roe, a nurse whose clinic UNICEF said would close, stayed in Juba.",
                     ["UNICEF"], id="en-whose-clinic-the-body-said"),
        pytest.param("en", "Jane Roe, a nurse at the clinic where UNICEF said supplies would arrive, was not told.",
                     ["UNICEF"], id="en-where-the-body-said"),
        pytest.param("en", "Jane Roe, a week after UNICEF said the clinic would reopen, was still waiting.",
                     ["UNICEF"], id="en-a-week-after-the-body-said"),
        pytest.param("fr", "Jeanne Roux, une infirmière dont la MINUSMA a déclaré qu'elle était blessée, est rentrée à Bamako.",
                     ["MINUSMA"], id="fr-dont-the-body-a-declare"),
        pytest.param("es", "Ana Ruiz, una enfermera cuyo hospital la MINUSCA dijo que cerraría, volvió a Bangui.",
                     ["MINUSCA"], id="es-cuyo-hospital-the-body-dijo"),
        pytest.param("vi", "Nguyễn Thị Lan, một y tá mà UNMISS cho biết đã bị thương, đã trở về Juba.",
                     ["UNMISS"], id="vi-ma-the-body-cho-biet"),
        # another person named inside the description: the one described speaks
        pytest.param("en", "John Doe, a spokesman for Jane Roe said the clinic would reopen on Monday.",
                     ["John Doe"], id="en-a-spokesman-for-a-person-said"),
        pytest.param("fr", "Jean Dupont, un conseiller de Jeanne Roux a déclaré que le camp était calme.",
                     ["Jean Dupont"], id="fr-un-conseiller-d-une-personne-a-declare"),
        pytest.param("es", "Juan Pérez, un asesor de Ana Ruiz dijo que el hospital abrirá el lunes.",
                     ["Juan Pérez"], id="es-un-asesor-de-una-persona-dijo"),
        pytest.param("vi", "Nguyễn Văn Hùng, một trợ lý của bà Nguyễn Thị Lan cho biết bệnh viện sẽ mở cửa.",
                     ["Nguyễn Văn Hùng"], id="vi-mot-tro-ly-cua-mot-nguoi-cho-biet"),
        # near misses: two people joined by a conjunction, the later one's own clause
        pytest.param("en", "John Doe, a nurse and Jane Roe said the clinic would reopen on Monday.",
                     ["Jane Roe"], id="en-a-nurse-and-another-person-said"),
        pytest.param("en", "John Doe, a nurse whose sister Jane Roe said the clinic would reopen, stayed in Juba.",
                     ["Jane Roe"], id="en-whose-sister-another-person-said"),
        # a report set off by commas inside the sentence: the one described there speaks of the person
        pytest.param("en", "John Doe, a hospital official said, died of his wounds on Monday.",
                     [""], id="en-set-off-a-hospital-official-said"),
        pytest.param("en", "John Doe, a witness told reporters, was shot near the gate.",
                     [""], id="en-set-off-a-witness-told-reporters"),
        pytest.param("fr", "Jean Dupont, un témoin a raconté, a été blessé près de la porte.",
                     [""], id="fr-set-off-un-temoin-a-raconte"),
        pytest.param("es", "Juan Pérez, un testigo dijo, fue herido cerca de la puerta.",
                     [""], id="es-set-off-un-testigo-dijo"),
        pytest.param("vi", "Nguyễn Văn Hùng, một nhân chứng cho biết, đã bị thương gần cổng.",
                     [""], id="vi-set-off-mot-nhan-chung-cho-biet"),
        pytest.param("en", "Jane Roe, a nurse serving with UNMISS said, \u201cThe clinic will reopen on Monday.\u201d",
                     ["Jane Roe"], id="en-a-nurse-said-comma-quotation"),
    ],
)
def test_a_person_described_with_an_indefinite_article_speaks(language, paragraph, speakers):
    assert [q.speaker for q in quotes_of(language, paragraph)] == speakers


@pytest.mark.parametrize(
    "language, paragraph, speakers",
    [
        pytest.param("en", "We spoke with John Doe, a nurse with UNICEF, who said the course lasts six months.",
                     ["John Doe"], id="en-who-said-after-apposition"),
        pytest.param("fr", "Nous avons rencontré Jean Dupont, un infirmier de l'UNICEF, qui a affirmé que la formation dure six mois.",
                     ["Jean Dupont"], id="fr-qui-a-affirme-after-apposition"),
        pytest.param("es", "Hablamos con Juan Pérez, director del Centro de Formación de Paz, quien afirmó que la formación dura seis meses.",
                     ["Juan Pérez"], id="es-quien-afirmo-after-apposition"),
        pytest.param("es", "Conversamos con el coronel Luis Mora, miembro del Ejército y jefe de la Escuela de Operaciones de Paz, quien sostuvo que \u201cla formación prepara a cada oficial para la misión\u201d.",
                     ["Luis Mora"], id="es-quien-sostuvo-after-long-apposition"),
        pytest.param("vi", "Chúng tôi gặp Thiếu tá Nguyễn Văn Hùng, sĩ quan của UNICEF, người cho biết khóa học kéo dài sáu tháng.",
                     ["Nguyễn Văn Hùng"], id="vi-nguoi-cho-biet-after-apposition"),
        pytest.param("es", "Dialogamos con el capitán Pedro Gil, jefe de la Escuela de Operaciones de Paz quién afirmó que el curso dura seis meses.",
                     ["Pedro Gil"], id="es-quien-with-accent-no-comma"),
        pytest.param("en", "We met Major Ann Lee, an officer of the UN Mission in South Sudan who said the bridge was repaired.",
                     ["Ann Lee"], id="en-who-no-comma-after-apposition"),
        # near misses: the relative after the body of another clause, or after a list
        pytest.param("en", "After the visit of John Doe, officials of UNICEF who said the course lasts six months left the camp.",
                     ["UNICEF"], id="en-who-after-a-clause-of-its-own"),
        pytest.param("fr", "Avec l'aide de Jean Dupont, des agents de l'UNICEF, qui ont affirmé que la formation dure six mois, ont ouvert l'école.",
                     ["UNICEF"], id="fr-qui-after-a-clause-of-its-own"),
        pytest.param("en", "John Doe met officials of UNICEF, who said the course lasts six months.",
                     ["UNICEF"], id="en-who-after-a-body-no-apposition"),
        pytest.param("es", "Juan Pérez visitó la sede de UNICEF, que afirmó que la formación dura seis meses.",
                     ["UNICEF"], id="es-que-after-a-body-no-apposition"),
        # a plural relative stands for more than the one person named
        pytest.param("es", "Hablamos con Juan Pérez, integrante del equipo de la MINUSCA, quienes dijeron que la ruta estaba cerrada.",
                     ["MINUSCA"], id="es-quienes-plural-after-one-person"),
    ],
)
def test_a_relative_for_a_person_after_an_apposition_is_that_person(language, paragraph, speakers):
    assert [q.speaker for q in quotes_of(language, paragraph)] == speakers
