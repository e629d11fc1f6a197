"""Speakers named in apposition after a title, subjects dropped after a complement, and
verbs that keep rather than say. Every sentence is written for the test, in English, French,
Spanish and Vietnamese."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("fr", ["Le chef de la mission, Jean Moreau, « regrette profondément la perte de ces soldats », a indiqué son porte-parole, Claire Dubois, dans un communiqué."],
                     "Claire Dubois", id="fr-a-indique-son-porte-parole-x"),
        pytest.param("en", ["The head of the mission, John Barker, \u201cdeeply regrets the loss of these soldiers,\u201d said his spokesperson, Maria Kowalska, in a statement."],
                     "Maria Kowalska", id="en-said-his-spokesperson-x"),
        pytest.param("es", ["El jefe de la misión, Pedro Salinas, \u201clamenta profundamente la pérdida de estos soldados\u201d, dijo su portavoz, Carlos Ortega, en un comunicado."],
                     "Carlos Ortega", id="es-dijo-su-portavoz-x"),
    ],
)
def test_a_title_then_a_name_after_a_comma_is_that_person(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("es", ["Carlos Ortega, comandante del batallón, recordó a los soldados caídos en Goma.",
                            "Rendimos homenaje a cada uno de ellos y a sus familias, afirmó."], "Carlos Ortega", id="es-de-ellos-afirmo"),
        pytest.param("es", ["Carlos Ortega, comandante del batallón, recordó a los soldados caídos en Goma.",
                            "Honramos la memoria de los militares caídos, dijo."], "Carlos Ortega", id="es-de-los-militares-dijo"),
    ],
)
def test_an_unnamed_word_after_a_preposition_is_no_subject(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    "language, paragraph",
    [
        pytest.param("en", "Under the mission, Ghana currently maintains two battalions and a field hospital in the region.", id="en-maintains-noun"),
        pytest.param("en", "The army maintained three camps along the river during the rains.", id="en-maintained-noun"),
    ],
)
def test_a_verb_that_keeps_something_is_no_speech(language, paragraph):
    assert quotes_of(language, paragraph) == []


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("en", "Maria Kowalska maintained that the camp had never been attacked.", "Maria Kowalska", id="en-maintained-that"),
    ],
)
def test_maintained_with_a_clause_is_speech(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("fr", ["La porte-parole de la mission, Claire Dubois, a précisé que six soldats étaient blessés.",
                            "Le chef de la mission, Jean Moreau, a condamné l'attaque avec force.",
                            "« La mission présente ses condoléances aux familles », a dit sa porte-parole dans une déclaration."],
                     "Claire Dubois", id="fr-sa-porte-parole"),
        pytest.param("en", ["The mission's spokesperson, Maria Kowalska, said six soldiers were wounded.",
                            "The head of the mission, John Barker, condemned the attack.",
                            "\u201cThe mission sends its condolences to the families,\u201d his spokesperson said in a statement."],
                     "Maria Kowalska", id="en-his-spokesperson"),
        pytest.param("es", ["La portavoz de la misión, Ana Ríos, dijo que seis soldados estaban heridos.",
                            "El jefe de la misión, Pedro Salinas, condenó el ataque.",
                            "\u201cLa misión envía sus condolencias a las familias\u201d, dijo su portavoz en un comunicado."],
                     "Ana Ríos", id="es-su-portavoz"),
    ],
)
def test_a_title_after_a_possessive_is_the_person_introduced_with_it(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    "language, paragraphs",
    [
        pytest.param("en", ["The head of the mission, John Barker, condemned the attack.",
                            "\u201cThe mission sends its condolences to the families,\u201d his spokesperson said."], id="en-no-spokesperson-named"),
        pytest.param("fr", ["Le chef de la mission, Jean Moreau, a condamné l'attaque.",
                            "« La mission présente ses condoléances aux familles », a dit son porte-parole."], id="fr-no-porte-parole-named"),
    ],
)
def test_a_title_after_a_possessive_with_nobody_introduced_is_not_the_owner(language, paragraphs):
    assert quotes_of(language, *paragraphs)[-1].speaker != ("John Barker" if language == "en" else "Jean Moreau")


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("en", "Ambassador Maria Kowalska signed the book kept at the General Assembly Hall and expressed her concern for the families.",
                     "Maria Kowalska", id="en-hall-and-expressed"),
        pytest.param("fr", "Jean Moreau a visité le quartier général de la MINUSMA à Bamako et a souligné que les soldats étaient prêts.",
                     "Jean Moreau", id="fr-naqoura-et-a-souligne"),
        pytest.param("es", "Carlos Ortega visitó la sede de la MONUSCO en Goma y afirmó que los soldados estaban listos.",
                     "Carlos Ortega", id="es-goma-y-afirmo"),
    ],
)
def test_a_verb_joined_by_and_after_a_place_or_body_has_the_first_subject(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("en", "Two soldiers were wounded near the camp, said a statement from the headquarters of the Ghana Armed Forces.",
                     "Ghana Armed Forces", id="en-statement-from-the-headquarters-of"),
        pytest.param("fr", "La mission de la MINUSMA a été attaquée près de Gao. Deux soldats ont été blessés près du camp, indique le communiqué de l'état-major de l'armée malienne.",
                     "Malian Armed Forces", id="fr-communique-de-l-etat-major-de"),
    ],
)
def test_a_document_of_a_body_s_office_is_the_body_s(language, paragraph, speaker):
    assert quotes_of(language, paragraph)[-1].speaker == speaker


@pytest.mark.parametrize(
    "language, paragraph, wrong",
    [
        pytest.param("es", "La misión de la MONUSCO fue atacada cerca de Goma. Dos soldados resultaron heridos cerca de la base, informó un comunicado del Estado Mayor del Ejército de Chile.",
                     "MONUSCO", id="es-comunicado-del-estado-mayor"),
    ],
)
def test_a_document_of_a_body_s_office_is_not_the_body_named_before(language, paragraph, wrong):
    assert quotes_of(language, paragraph)[-1].speaker != wrong


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("fr", "« Il a servi la paix pendant trente ans », a déclaré dans son oraison funèbre, le commandant du bataillon, le lieutenant-colonel Abou Sarr.",
                     "Abou Sarr", id="fr-dans-l-oraison"),
        pytest.param("en", "\u201cHe served the peace for thirty years,\u201d said at the funeral, the commander of the battalion, Lieutenant Colonel Kwame Mensah.",
                     "Kwame Mensah", id="en-at-the-funeral"),
        pytest.param("es", "\u201cSirvió a la paz durante treinta años\u201d, dijo durante el funeral, el comandante del batallón, el teniente coronel Carlos Ortega.",
                     "Carlos Ortega", id="es-durante-el-funeral"),
    ],
)
def test_a_phrase_of_circumstance_after_an_inverted_verb_is_passed_over(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("en", "\u201cThe roads are open again,\u201d said John Barker, in Juba, on Monday.", "John Barker", id="en-name-then-place"),
    ],
)
def test_a_speaker_right_after_the_verb_is_still_found_first(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("fr", "Le chef du bataillon, le colonel Abou Sarr, dans des propos rapportés par le communiqué, a salué « le courage et la rigueur de ces trois soldats ».",
                     "Abou Sarr", id="fr-dans-des-propos-rapportes"),
        pytest.param("fr", "Le colonel Abou Sarr, dans des propos recueillis par la radio, a décrit « une attaque d'une rare violence contre le camp ».",
                     "Abou Sarr", id="fr-dans-des-propos-recueillis"),
    ],
)
def test_words_named_as_reported_remarks_are_the_subject_s(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]
