"""Quotes: the word for a document named before ("the statement", "le communiqué", "el
comunicado", "thông cáo", "selon le texte") speaks for the one the text named as giving it
("UNMISS issued a statement... The statement said", "A statement from X said", "a statement
issued by X"), not for a body named in between; and a
surname alone followed by a title set off by commas ("Okafor, a spokesman for the force,
said") is the speaker, joined to the person named in full before or taken as printed. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("UNMISS issued a statement on Monday about the clashes near Malakal. Fighters of the SPLA-IO had "
                     "attacked the market the night before. The statement said two civilians had been wounded at the gate.",
                     "UNMISS", id="en-issued-then-other-body"),
        pytest.param("In a statement released on Friday, MONUSCO described the shelling of the camp near Beni. The "
                     "Congolese army sent two companies to the town. The statement added that the patrol had withdrawn.",
                     "MONUSCO", id="en-opening-phrase"),
        pytest.param("La Minusca a publié un communiqué dimanche soir après l'embuscade. Les Forces armées "
                     "centrafricaines ont repris la route. Le communiqué précise que trois casques bleus ont été blessés.",
                     "MINUSCA", id="fr-communique"),
        pytest.param("La Minusca a publié un communiqué dimanche soir après l'embuscade. Les blessés ont été évacués "
                     "vers Bangui. Selon le texte, trois casques bleus ont été touchés.", "MINUSCA", id="fr-selon-le-texte"),
        pytest.param("\u00ab Deux véhicules ont été touchés par des tirs \u00bb, a indiqué la Minusca lundi. \u00ab Les blessés "
                     "ont été évacués vers Bangui \u00bb, selon le texte.", "MINUSCA", id="fr-texte-after-body-words"),
        pytest.param("\u201cTwo vehicles were hit by gunfire,\u201d UNMISS said on Monday. \u201cThe wounded were taken to "
                     "the hospital in Juba,\u201d according to the text.", "UNMISS", id="en-text-after-body-words"),
        pytest.param("La Misión de la ONU en Sudán del Sur (UNMISS) emitió un comunicado el martes. El Ejército de "
                     "Sudán del Sur patrulla la zona. El comunicado señala que dos cascos azules resultaron heridos.",
                     "UNMISS", id="es-comunicado"),
        pytest.param("UNIFIL đã ra thông cáo vào tối thứ Hai. Quân đội Lebanon đã triển khai thêm binh sĩ tới khu "
                     "vực. Thông cáo cho biết hai binh sĩ bị thương nhẹ.", "UNIFIL", id="vi-thong-cao"),
    ],
)
def test_the_document_speaks_for_its_author(text, speaker):
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("A statement from UNMISS said two peacekeepers were wounded near Bor. The United Nations has "
                     "12,000 troops in the country. \u201cThe patrols will go on,\u201d the statement said.", "UNMISS",
                     id="en-statement-from"),
        pytest.param("Un comunicado de la UNMISS señaló que dos cascos azules resultaron heridos. Las Naciones Unidas "
                     "tienen 12.000 soldados en el país. \"Las patrullas seguirán\", añadió el comunicado.", "UNMISS",
                     id="es-comunicado-de"),
        pytest.param("Thông cáo của UNIFIL cho biết hai binh sĩ bị thương nhẹ. Liên Hợp Quốc có 10.000 binh sĩ tại "
                     "Lebanon. Thông cáo nói thêm rằng các cuộc tuần tra vẫn tiếp tục.", "UNIFIL", id="vi-thong-cao-cua"),
    ],
)
def test_the_document_goes_on_with_its_issuer(text, speaker):
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("\u201cThe patrol came under fire twice,\u201d Okafor, a spokesman for the force, said.", "Okafor",
                     id="en-as-printed"),
        pytest.param("Amina Okafor speaks for the mission in Juba. \u201cThe patrol came under fire twice,\u201d Okafor, "
                     "UNMISS Spokesperson, told reporters.", "Amina Okafor", id="en-joined-to-full-name"),
        pytest.param("\u00ab On a essuyé des tirs \u00bb, Diallo, porte-parole de la Minusca, a indiqué mardi.", "Diallo",
                     id="fr-title-after-comma"),
        pytest.param("\u201cLa patrulla fue atacada dos veces\u201d, Morales, portavoz de la misión, explicó a la prensa.",
                     "Morales", id="es-title-after-comma"),
        pytest.param("Okafor, a spokesman for the force, said the patrol had come under fire twice.", "Okafor",
                     id="en-opening-surname"),
        pytest.param("\u201cChúng tôi đang điều tra vụ việc,\u201d Haq, Phó phát ngôn viên Liên Hợp Quốc, cho biết.", "Haq",
                     id="vi-title-of-a-body"),
        pytest.param("\u201cChúng tôi đang điều tra vụ việc,\u201d Haq, người phát ngôn của phái bộ, nói với báo chí.", "Haq",
                     id="vi-described-spokesman"),
    ],
)
def test_a_surname_before_its_title_speaks(text, speaker):
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an everyday word or a place before the comma is no surname
        pytest.param("Yesterday, a spokesman for the force said the patrol had come under fire.", "", id="en-adverb"),
        pytest.param("\u201cThe patrol came under fire twice,\u201d Monday, the spokesman said.", "", id="en-weekday"),
        pytest.param("\u00ab La patrouille a essuyé des tirs \u00bb, Hier, le porte-parole de la force a précisé.", "",
                     id="fr-everyday-word"),
        # the apposition names the person: the word before it is no surname
        pytest.param("\u00ab La patrouille a essuyé des tirs \u00bb, Kadugli, le porte-parole Jean Mabiala, a précisé.",
                     "Jean Mabiala", id="fr-apposition-names-the-person"),
    ],
)
def test_no_surname_is_taken_from_an_everyday_word_or_a_place(text, speaker):
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("UNMISS patrols resumed near Bor. \u201cTwo peacekeepers were wounded,\u201d said a statement issued by "
                     "the UN Security Council.", "Security Council", id="en-issued-by"),
        pytest.param("Ban Ki-moon visited Juba. MONUSCO patrols resumed near Beni. \u201cHe is appalled by the attack,\u201d "
                     "said a statement issued here by Ban's spokesperson.", "Ban Ki-moon", id="en-issued-here-by-possessive"),
        pytest.param("La Minusca patrouille à Bria. \u00ab Deux casques bleus ont été blessés \u00bb, indique un communiqué "
                     "publié par le ministère de la Défense du Tchad.", "Ministry of Defence of Chad", id="fr-publie-par"),
        pytest.param("La Minusca patrulla en Bria. \"Dos cascos azules resultaron heridos\", señaló un comunicado emitido "
                     "por la Unión Africana.", "African Union", id="es-emitido-por"),
    ],
)
def test_the_giver_named_after_the_document_speaks(text, speaker):
    assert speakers_of(text)[-1] == speaker
