"""Two kinds of false attribution: "the text" / "le texte" / "el texto" taken for a
statement's source when no statement was named or when the noun is qualified as something
else ("a text message", "el texto del acuerdo"); the French present of verbs of reporting
("rapporte", "confirme", "réaffirme", "réitère") taken without the clause or quotation that
makes it a report, or matched on a participle differing only by its accent ("confirmé").
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        pytest.param("en", ["The World Food Programme sent trucks to the valley.",
                            "According to the text message sent to farmers, the bridge will stay shut until August."],
                     id="en-text-message"),
        pytest.param("en", ["UNICEF opened two schools near the border.",
                            "According to the text, the pupils will sit their exams in July."], id="en-no-statement-named"),
        pytest.param("es", ["La misión de la ONU en Malí vigila el alto el fuego.",
                            "El texto del tratado dice que los comicios serán en octubre."], id="es-texto-del-tratado"),
        pytest.param("fr", ["La MINUSCA a renforcé ses patrouilles à Bria.",
                            "Selon le texte de la loi, les milices doivent rendre leurs armes avant mars."], id="fr-texte-de-la-loi"),
        pytest.param("fr", ["La MINUSCA a renforcé ses patrouilles à Bria.",
                            "Selon le texte, les milices doivent rendre leurs armes avant mars."], id="fr-no-statement-named"),
    ],
)
def test_the_text_with_no_statement_named_or_qualified_speaks_for_nobody_named(language, paragraphs):
    bodies = {"World Food Programme", "WFP", "UNICEF", "MINUSMA", "MINUSCA"}
    quotes = [q for q in quotes_of(language, *paragraphs) if q.sentence == paragraphs[-1]]
    assert all(q.speaker not in bodies for q in quotes), quotes


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["UNMISS released a communique after the clashes.",
                            "According to the text, three villages were burnt."], "UNMISS", id="en-communique-before"),
        pytest.param("en", ["UNMISS said in a statement that the clashes were over; according to the text, three villages were burnt."],
                     "UNMISS", id="en-statement-same-sentence"),
        pytest.param("fr", ["La MINUSCA a publié une déclaration après les affrontements.",
                            "Selon le texte, trois villages ont été incendiés."], "MINUSCA", id="fr-declaration-before"),
        pytest.param("es", ["La MINUSCA difundió un comunicado tras los enfrentamientos.",
                            "Según el texto del comunicado, tres aldeas fueron incendiadas."], "MINUSCA", id="es-texto-del-comunicado"),
    ],
)
def test_the_text_of_a_statement_named_just_before_keeps_its_issuer(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Le sergent Koffi Mensah rapporte du bois au poste tous les soirs.", id="rapporte-an-object"),
        pytest.param("Koffi Mensah réaffirme son attachement au village de ses parents.", id="reaffirme-an-object"),
        pytest.param("Le nombre de victimes, confirmé par la gendarmerie, atteint douze.", id="confirme-participle"),
        pytest.param("Le soutien de la MINUSMA, réaffirmé par le général Koffi Mensah, rassure les maires.",
                     id="reaffirme-participle"),
        pytest.param("Un appel au calme, réitéré par la MINUSCA, a été diffusé à Bangui.", id="reitere-participle"),
    ],
)
def test_a_french_present_of_reporting_without_a_clause_or_a_quotation_is_no_quote(sentence):
    quotes = [q for q in quotes_of("fr", "Koffi Mensah est arrivé à Gao lundi.", sentence) if q.sentence == sentence]
    assert quotes == [], quotes


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param("Koffi Mensah rapporte que les puits sont à sec.", "Koffi Mensah", id="rapporte-que"),
        pytest.param("La MINUSCA confirme qu'un convoi a été attaqué.", "MINUSCA", id="confirme-qu"),
        pytest.param("Koffi Mensah réitère : \u00ab Nous resterons jusqu'à la fin de la saison des pluies \u00bb.",
                     "Koffi Mensah", id="reitere-quotation"),
        pytest.param("La MINUSMA réaffirme sa volont\u00e9 \u00ab de rester aux côtés des habitants de Gao \u00bb.",
                     "MINUSMA", id="reaffirme-object-then-quotation"),
        pytest.param("\u00ab Les puits sont à sec depuis deux mois \u00bb, rapporte Koffi Mensah.", "Koffi Mensah",
                     id="rapporte-inverted"),
    ],
)
def test_a_french_present_of_reporting_with_its_clause_or_quotation_is_kept(sentence, speaker):
    quotes = [q for q in quotes_of("fr", sentence) if q.sentence == sentence]
    assert quotes and quotes[-1].speaker == speaker, quotes
