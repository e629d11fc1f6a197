"""Quotes whose speaker the text gives once and then leaves to the reader: a verb of reply
or insistence no list held, a Spanish verb with no subject after a body spoke, a quotation
standing alone after the sentence that names its speaker. Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker", "kind"),
    [
        pytest.param("fr", ["\u00ab Nous ne quitterons pas le camp \u00bb, réplique Paul Girardin."],
                     "Paul Girardin", "direct", id="fr-replique"),
        pytest.param("fr", ["Paul Girardin a rétorqué que le camp restait ouvert."],
                     "Paul Girardin", "reported", id="fr-a-retorque"),
        pytest.param("es", ["La ministra Julia Orbegoso visitó el cuartel.",
                            "Ha insistido en que las tropas siguen listas para partir."],
                     "Julia Orbegoso", "reported", id="es-ha-insistido"),
        pytest.param("es", ["Julia Orbegoso ha reiterado que las tropas siguen listas para partir."],
                     "Julia Orbegoso", "reported", id="es-ha-reiterado"),
    ],
)
def test_a_verb_of_reply_or_insistence_gives_speech(language, paragraphs, speaker, kind):
    quote = quotes_of(language, *paragraphs)[-1]
    assert (quote.speaker, quote.kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(["La MINUSCA ha detallado en un comunicado que dos soldados resultaron heridos.",
                      "Asimismo, ha dicho que el convoy volvió a su base."], "MINUSCA", id="mission-then-ha-dicho"),
        pytest.param(["La MINUSCA ha detallado en un comunicado que dos soldados resultaron heridos.",
                      "Además, precisó que el convoy volvió a su base."], "MINUSCA", id="mission-then-preciso"),
    ],
)
def test_a_spanish_verb_with_no_subject_goes_on_with_the_body_that_spoke(paragraphs, speaker):
    """Spanish drops the subject that goes on: after a body's words, the body speaks again."""
    assert quotes_of("es", *paragraphs)[-1].speaker == speaker


def test_a_spanish_verb_with_no_subject_after_a_person_keeps_the_person():
    quotes = quotes_of("es", "La ministra Julia Orbegoso dijo que las tropas están listas.",
                       "Además, precisó que el convoy volvió a su base.")
    assert quotes[-1].speaker == "Julia Orbegoso"


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker", "says"),
    [
        pytest.param("fr", ["Paul Girardin ne cache pas son inquiétude.",
                            "\"Les routes sont coupées depuis une semaine. Nous n'avons plus de carburant.\""],
                     "Paul Girardin", "Nous n'avons plus de carburant", id="fr-straight-marks"),
        pytest.param("en", ["Maria Kowalska does not hide her worry.",
                            "\u201cThe roads have been cut for a week. We have no fuel left.\u201d"],
                     "Maria Kowalska", "We have no fuel left", id="en-curly-marks"),
        pytest.param("es", ["Julia Orbegoso no oculta su preocupación.",
                            "«Las carreteras están cortadas desde hace una semana. Ya no tenemos combustible.»"],
                     "Julia Orbegoso", "Ya no tenemos combustible", id="es-guillemets"),
    ],
)
def test_a_quotation_standing_alone_after_its_speaker_opens_the_sentence_before(language, paragraphs, speaker, says):
    quote = quotes_of(language, *paragraphs)[-1]
    assert (quote.speaker, quote.kind, says in quote.sentence) == (speaker, "direct", True)


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        pytest.param("en", ["Maria Kowalska met the families of the camp.",
                            "\u201cThe Road Home\u201d is the name of the new school."], id="en-a-title-in-marks"),
        pytest.param("en", ["The convoy left after Maria Kowalska arrived.",
                            "\u201cThe roads have been cut for a week. We have no fuel left.\u201d"], id="en-name-not-the-subject"),
        pytest.param("fr", ["Paul Girardin et Jeanne Morel ont visité le camp.",
                            "\u00ab Les routes sont coupées depuis une semaine. Nous n'avons plus de carburant. \u00bb"],
                     id="fr-two-people-before"),
    ],
)
def test_a_quotation_standing_alone_names_no_speaker_unless_one_opens_the_sentence_before(language, paragraphs):
    assert not [q for q in quotes_of(language, *paragraphs) if q.speaker]


def test_the_spanish_perfect_of_reiterating_is_speech():
    assert quotes_of("es", "La MINUSCA ha reiterado que los convoyes seguirán.")[-1].speaker == "MINUSCA"


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("fr", ["Paul Girardin décrit la vie dans le camp.",
                            "\u00ab Nous dormons dans des abris depuis un mois. \u00bb Paul Girardin, porte-parole de la Minusma",
                            "Pour Jeanne Morel, la route du nord reste dangereuse.",
                            "\u00ab Les routes sont coupées depuis une semaine \u00bb, précise le porte-parole de la Minusma."],
                     "Paul Girardin", id="fr-porte-parole"),
        pytest.param("en", ["Maria Kowalska described life in the camp.",
                            "Maria Kowalska, spokeswoman for MINUSMA, visited the base in Gao.",
                            "Peter Lindqvist visited the next camp on Tuesday.",
                            "\u201cThe roads have been cut for a week,\u201d the MINUSMA spokeswoman said."],
                     "Maria Kowalska", id="en-spokeswoman"),
    ],
)
def test_a_role_given_after_the_first_mention_names_the_speaker_it_describes(language, paragraphs, speaker):
    """The speaker referred to by a description after being named: the role may come with
    a later mention of the name, not the first."""
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(["La ministra Julia Orbegoso visitó el cuartel.",
                      "Ha insistido en que las Fuerzas Armadas siguen listas para partir."], "Julia Orbegoso", id="en-que"),
        pytest.param(["La ministra Julia Orbegoso visitó el cuartel.",
                      "Advirtió de que la MINUSCA no tiene helicópteros suficientes."], "Julia Orbegoso", id="de-que"),
    ],
)
def test_a_body_in_the_clause_after_a_spanish_verb_and_its_preposition_is_no_speaker(paragraphs, speaker):
    """"insistió en que X...", "advirtió de que X...": X opens the words said, not the subject."""
    assert quotes_of("es", *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(["La ministra Julia Orbegoso visitó el cuartel.",
                      "A la pregunta de si la MINUSCA seguirá en la zona, ha dicho que no hay ninguna decisión."],
                     "Julia Orbegoso", id="a-la-pregunta"),
        pytest.param(["La ministra Julia Orbegoso visitó el cuartel.",
                      "Tras reunirse con la MINUSCA en Bangui, explicó que no hay ninguna decisión."],
                     "Julia Orbegoso", id="tras"),
        pytest.param(["La ministra Julia Orbegoso visitó el cuartel.",
                      "La MINUSCA, en un comunicado, ha dicho que no hay ninguna decisión."],
                     "MINUSCA", id="subject-then-phrase"),
    ],
)
def test_a_name_in_a_phrase_opening_the_sentence_is_no_subject_of_a_spanish_verb(paragraphs, speaker):
    """"A la pregunta de si la misión..., ha dicho que": the subject is dropped, the one
    speaking goes on."""
    assert quotes_of("es", *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker", "kind"),
    [
        pytest.param("fr", ["Pour Paul Girardin, la route du nord reste trop dangereuse."], "Paul Girardin", "reported",
                     id="fr-pour-person"),
        pytest.param("fr", ["Le porte-parole de la Minusma, Paul Girardin, a visité Gao.",
                            "Pour le porte-parole de la Minusma, les lignes rouges ont été franchies : "
                            "\u00ab Nos bases ont été visées trois fois cette semaine. \u00bb"], "Paul Girardin", "direct",
                     id="fr-pour-title"),
        pytest.param("es", ["Para Julia Orbegoso, la misión cumplió su mandato en el norte."], "Julia Orbegoso", "reported",
                     id="es-para-person"),
    ],
)
def test_a_view_marker_opening_the_sentence_names_its_speaker(language, paragraphs, speaker, kind):
    quote = quotes_of(language, *paragraphs)[-1]
    assert (quote.speaker, quote.kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        pytest.param("fr", "Pour la première fois, les Casques bleus ont patrouillé dans la vallée.", id="fr-pour-la-premiere-fois"),
        pytest.param("fr", "Pour le Mali, le départ de la mission ouvre une période incertaine.", id="fr-pour-a-country"),
        pytest.param("fr", "Les soldats sont partis pour Paul Girardin, qui les attendait à Gao.", id="fr-pour-inside"),
        pytest.param("es", "Para llegar a la base, los cascos azules cruzaron el río.", id="es-para-llegar"),
    ],
)
def test_a_view_marker_elsewhere_or_without_a_speaker_gives_no_quote(language, paragraph):
    assert quotes_of(language, paragraph) == []


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["Maria Kowalska said the wells of the camp were dry.", "The camp holds 4,000 people.",
                            "\u201cWe need water before the rains come. Every day counts.\u201d"], "Maria Kowalska",
                     id="en-after-a-sentence-naming-nobody"),
        pytest.param("vi", ["Trung tá Nguyễn Văn Thành cho biết, giếng nước của trại đã cạn.",
                            "Trại có 4.000 người.",
                            "\u201cChúng tôi cần nước trước mùa mưa. Mỗi ngày đều quý giá.\u201d"], "Nguyễn Văn Thành",
                     id="vi-after-a-sentence-naming-nobody"),
        pytest.param("en", ["Maria Kowalska said the wells of the camp were dry.",
                            "The convoy of Peter Lindqvist reached the camp on Tuesday.",
                            "\u201cWe need water before the rains come. Every day counts.\u201d"], "",
                     id="en-someone-else-named-between"),
    ],
)
def test_a_quotation_standing_alone_goes_on_with_the_last_speaker_while_nobody_else_is_named(language, paragraphs, speaker):
    standing = [q.speaker for q in quotes_of(language, *paragraphs) if paragraphs[-1][1:20] in q.sentence]
    # (with someone else named between, no quote or one with no speaker; with nobody, the speaker's)
    assert standing in ([[speaker]] if speaker else [[], [""]])


def test_reported_speech_goes_on_in_a_backshifted_sentence_of_its_own():
    """"X said 40 wells had been dug. Before the rains, the engineers had built two dams.":
    the tense shifted back carries the second sentence on as X's words."""
    quotes = quotes_of("en", "Maria Kowalska said 40 wells had been dug this year.",
                       "Before the rains, the engineers had built two dams.")
    assert [(q.speaker, q.kind) for q in quotes if "two dams" in q.sentence] == [("Maria Kowalska", "reported")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(["Maria Kowalska said 40 wells had been dug this year.", "The camp opened in 2019."], id="no-backshift"),
        pytest.param(["Maria Kowalska said 40 wells had been dug this year.", "Peter Lindqvist had left the camp in May."],
                     id="another-person"),
        pytest.param(["\u201cForty wells were dug this year,\u201d said Maria Kowalska.", "The engineers had left in May."],
                     id="after-a-direct-quote"),
    ],
)
def test_a_sentence_after_reported_speech_is_not_carried_on_otherwise(paragraphs):
    assert [q for q in quotes_of("en", *paragraphs) if paragraphs[-1][:20] in q.sentence] == []


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("fr", ["Le général Paul Girardin a visité Gao.",
                            "Cet ancien militaire a ensuite déclaré que la base resterait ouverte."], "Paul Girardin",
                     id="fr-cet-ancien-militaire"),
        pytest.param("es", ["El general Ramiro Alcázar visitó la base.",
                            "Este veterano oficial aseguró que la base seguirá abierta."], "Ramiro Alcázar",
                     id="es-este-veterano-oficial"),
        pytest.param("en", ["Colonel John Mbeki visited the camp on Monday.",
                            "This officer said the base would stay open."], "John Mbeki", id="en-this-officer"),
    ],
)
def test_a_person_described_with_a_demonstrative_after_being_named_speaks(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


def test_a_demonstrative_before_a_clause_is_no_description():
    """"ce que le général X a déclaré": the general named speaks, "ce" describes no one."""
    quotes = quotes_of("fr", "Le général Paul Girardin a visité Gao.", "C'est ce que le général Marc Dubois a déclaré hier.")
    assert quotes[-1].speaker == "Marc Dubois"


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("fr", ["La ministre Jeanne Morel a visité Gao.", "Le colonel Paul Girardin l'accompagnait.",
                            "Elle a ajouté que la base resterait ouverte."], "Jeanne Morel", id="fr-elle"),
        pytest.param("fr", ["La ministre Jeanne Morel a visité Gao.", "Le colonel Paul Girardin l'accompagnait.",
                            "\u00ab La base restera ouverte \u00bb, a-t-elle ajouté."], "Jeanne Morel", id="fr-a-t-elle"),
        pytest.param("en", ["Ms Maria Kowalska visited the camp.", "Mr John Mbeki, a colonel, went with her.",
                            "She said the base would stay open."], "Maria Kowalska", id="en-she"),
        pytest.param("fr", ["La ministre Jeanne Morel a visité Gao.", "Le colonel Paul Girardin l'accompagnait.",
                            "Il a ajouté que la base resterait ouverte."], "Paul Girardin", id="fr-il-last-man"),
        pytest.param("fr", ["Jeanne Morel a visité Gao.", "Paul Girardin l'accompagnait.",
                            "Elle a ajouté que la base resterait ouverte."], "Paul Girardin", id="fr-genders-unknown"),
    ],
)
def test_a_pronoun_goes_to_the_last_person_of_its_gender(language, paragraphs, speaker):
    """"elle a ajouté" after "la ministre X" then "le colonel Y": X; when no word gives the
    gender, the last person named, as before."""
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(["La embajadora Ana María Chile habló ante el Consejo.", "«La misión debe seguir», afirmó Chile."],
                     "Ana María Chile", id="surname-a-country"),
        pytest.param(["El embajador Tomás Ibarrola habló ante el Consejo.", "«La misión debe seguir», afirmó Chile."],
                     "Chile", id="the-country-itself"),
    ],
)
def test_a_surname_that_is_a_country_name_is_the_person(paragraphs, speaker):
    assert quotes_of("es", *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["Maria Kowalska visited the camp.",
                            "\u201cWe told the mayor \u201cthe road is closed\u201d, and John Mbeki said the convoy would "
                            "wait,\u201d said Colonel Peter Lindqvist."], "Peter Lindqvist", id="en-curly-in-curly"),
        pytest.param("fr", ["Jeanne Morel a visité le camp.",
                            "\u00ab Nous avons dit au maire \u00ab la route est fermée \u00bb, et Paul Girardin a déclaré que "
                            "le convoi attendrait \u00bb, a expliqué le colonel Marc Dubois."], "Marc Dubois",
                     id="fr-guillemets-in-guillemets"),
        pytest.param("es", ["Julia Orbegoso visitó el campamento.",
                            "\u00abLe dijimos al alcalde \u00abla carretera está cerrada\u00bb, y Tomás Ibarrola afirmó que el "
                            "convoy esperaría\u00bb, explicó el coronel Ramiro Alcázar."], "Ramiro Alcázar",
                     id="es-guillemets-in-guillemets"),
    ],
)
def test_a_quotation_inside_a_quotation_with_the_same_marks_keeps_the_outer_speaker(language, paragraphs, speaker):
    """A speech verb inside the outer quotation, after the inner one closes, is part of the
    words said, not their attribution."""
    quotes = quotes_of(language, *paragraphs)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(["El batallón volverá a casa en marzo. Lo ha anunciado este martes el ministro de Defensa, Tomás Ibarrola."],
                     id="lo-ha-anunciado"),
        pytest.param(["El batallón volverá a casa en marzo. Así lo explicó el ministro de Defensa, Tomás Ibarrola."],
                     id="asi-lo-explico"),
    ],
)
def test_a_spanish_lo_before_the_verb_points_back_to_the_words_said(paragraphs):
    """"X. Lo ha anunciado el ministro Y": Y's words are the sentence before."""
    quotes = quotes_of("es", *paragraphs)
    assert [(q.speaker, q.kind, q.sentence) for q in quotes] == [("Tomás Ibarrola", "reported", "El batallón volverá a casa en marzo.")]


def test_reported_speech_goes_on_in_a_sentence_opened_by_a_connective():
    quotes = quotes_of("en", "Maria Kowalska said the wells of the camp were the first priority.",
                       "Indeed, the camp depends on them for every meal.")
    assert [(q.speaker, q.kind) for q in quotes if "every meal" in q.sentence] == [("Maria Kowalska", "reported")]


def test_a_connective_after_a_direct_quote_carries_nothing_on():
    quotes = quotes_of("en", "\u201cThe wells are the first priority,\u201d said Maria Kowalska.",
                       "Indeed, the camp depends on them for every meal.")
    assert [q for q in quotes if "every meal" in q.sentence] == []


def test_reported_speech_with_a_quoted_title_goes_on_after_a_connective():
    """"X said that the motto, “...”, fit. Indeed, ...": reported speech holding a quoted
    phrase goes on like any other."""
    quotes = quotes_of("en", "Maria Kowalska said that the motto of the year, \u201cWater Is Life for Everyone\u201d, was fitting.",
                       "Indeed, the camp depends on its wells for every meal.")
    assert [(q.speaker, q.kind) for q in quotes if "every meal" in q.sentence] == [("Maria Kowalska", "reported")]


@pytest.mark.parametrize(
    ("paragraphs", "background"),
    [
        pytest.param(["Maria Kowalska said 40 wells had been dug this year.",
                      "The clinic had been opened in 2012 by a charity."], "The clinic", id="a-year-of-its-own"),
        pytest.param(["Maria Kowalska said 40 wells had been dug this year.",
                      "The road had been closed on 4 March 2015 after floods."], "The road", id="a-date-of-its-own"),
        pytest.param(["Maria Kowalska said 40 wells had been dug this year.",
                      "Before the rains, the engineers had built two dams.",
                      "The pumps had come from a factory near the coast.",
                      "The valley would flood most springs."], "The valley", id="beyond-the-reach"),
    ],
)
def test_backshift_alone_does_not_carry_background_on_without_end(paragraphs, background):
    """A sentence of background after reported speech stays the writer's: one printing a
    date of its own in the past, or one beyond the sentence that backshift alone carries on."""
    assert [q for q in quotes_of("en", *paragraphs) if q.sentence.startswith(background)] == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(["Maria Kowalska said 40 wells had been dug this year.",
                      "The pumps would arrive in 2031."], id="a-year-to-come"),
        pytest.param(["Maria Kowalska said 40 wells had been dug this year.",
                      "Before the rains, the engineers had built two dams.",
                      "Moreover, the valley would flood most springs."], id="a-connective-goes-on"),
    ],
)
def test_backshift_still_carries_speech_on_within_its_bounds(paragraphs):
    assert [q.speaker for q in quotes_of("en", *paragraphs) if q.sentence.startswith(paragraphs[-1][:12])] == ["Maria Kowalska"]


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        pytest.param("fr", "Pour la Minusma, deux patrouilles sont rentrées à Gao mercredi.", id="fr-body-a-weekday"),
        pytest.param("fr", "Pour la Minusma, trois puits ont été creusés le 12 mai 2019.", id="fr-body-a-date"),
        pytest.param("es", "Para la Minusca, dos convoyes salieron de Bangui el jueves.", id="es-body-a-weekday"),
        pytest.param("es", "Para Julia Orbegoso, la patrulla volvió a la base el 3 de junio de 2020.", id="es-person-a-date"),
    ],
)
def test_a_view_marker_before_a_dated_report_of_facts_gives_no_quote(language, paragraph):
    """"Pour X," opens a view, a judgement; a clause that tells what happened on a day is a
    report of facts for or about X, said by no one."""
    assert quotes_of(language, paragraph) == []


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("fr", "Pour la Minusma, la route du nord reste trop dangereuse pour les convois.", "MINUSMA",
                     id="fr-body-a-judgement"),
        pytest.param("es", "Para la Minusca, la situación en Bangui sigue siendo frágil.", "MINUSCA",
                     id="es-body-a-judgement"),
    ],
)
def test_a_view_marker_before_a_judgement_of_a_body_still_names_it(language, paragraph, speaker):
    assert [speaker in (q.speaker or "") for q in quotes_of(language, paragraph)] == [True]
