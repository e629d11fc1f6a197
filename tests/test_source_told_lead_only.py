"""The outlet as far as the text allows: an outlet told something ("told the BBC", "a confié à
l'AFP", "dijo a EFE") credits the page only in the lead, as "X reported" does; further down it
is another outlet a speaker also spoke to, which the story cites for one fact
(tests/corpus/README's rule on source_in_text). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_HEAD = {
    "en": ("Clinic reopens in the camp",
           "The field clinic run by the mission's medical unit reopened on Thursday after three weeks of repairs to its roof, the mission said."),
    "fr": ("Le dispensaire du camp rouvre",
           "Le dispensaire de l'unité médicale de la mission a rouvert jeudi après trois semaines de travaux sur son toit, a annoncé la mission."),
    "es": ("Reabre la clínica del campamento",
           "La clínica de la unidad médica de la misión reabrió el jueves tras tres semanas de obras en su techo, anunció la misión."),
}


def _source(language: str, paragraphs: list[str]) -> str:
    title, lead = _HEAD[language]
    text = "\n\n".join([title, lead, *paragraphs, "Patients will be seen every morning."]) + "\n"
    return extract(text, None).fields.get("source") or ""


@pytest.mark.parametrize(("language", "later"), [
    ("en", "A nurse told the BBC that about sixty patients had come on the first day."),
    ("en", "\"We waited for this,\" a mother of three told Reuters outside the clinic."),
    ("fr", "Une infirmière a confié à l'AFP qu'une soixantaine de patients étaient venus le premier jour."),
    ("fr", "Un médecin a déclaré à RFI que les médicaments manquaient encore."),
    ("es", "Una enfermera dijo a EFE que unos sesenta pacientes acudieron el primer día."),
    ("es", "Un médico explicó a la agencia EFE que todavía faltan medicamentos."),
])
def test_an_outlet_told_something_further_down_is_not_the_pages(language, later):
    assert _source(language, [later]) == ""


@pytest.mark.parametrize(("language", "title", "lead", "source"), [
    ("en", "Clinic reopens in the camp",
     "The field clinic of the mission reopened on Thursday after three weeks of repairs, a spokesperson told the BBC.", "BBC"),
    ("fr", "Le dispensaire du camp rouvre",
     "Le dispensaire de la mission a rouvert jeudi après trois semaines de travaux, a confié un porte-parole à l'AFP.",
     "Agence France-Presse"),
    ("es", "Reabre la clínica del campamento",
     "La clínica de la misión reabrió el jueves tras tres semanas de obras, dijo a EFE un portavoz.", "Agencia EFE"),
])
def test_an_outlet_told_something_in_the_lead_is_the_source(language, title, lead, source):
    text = f"{title}\n\n{lead}\n\nPatients will be seen every morning.\n"
    assert (extract(text, None).fields.get("source") or "") == source
