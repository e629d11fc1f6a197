"""The compound speech verbs of one auxiliary share one copy of what may stand between the
auxiliary and its participle (quotes._verb_source): the pattern is a few thousand characters,
not a copy of the insertion per form, and it takes what the form-per-form alternation took."""
import re

import pytest

from newsdossier import quotes
from newsdossier.text import ordered_alternation


def _forms(language):
    return list(quotes._compared_forms("speech_verbs", language)) + quotes._litotes_forms(language)


def _one_per_form(forms, language):
    """The alternation as written before the sharing: the insertion copied into each compound form."""
    source = quotes._verb_source(forms, language)
    adverbs = list(quotes._compared_forms("inserted_adverbs", language))
    auxiliaries = set(quotes._compared_forms("compound_auxiliaries", language))
    pluperfect = {quotes._comparable(k, language): quotes._comparable(v, language) for k, v in quotes._pluperfect_auxiliaries(language).items()}
    plural = {quotes._comparable(k, language): quotes._comparable(v, language) for k, v in quotes._plural_auxiliaries(language).items()}
    forms = quotes._add_auxiliary_variants(quotes._add_auxiliary_variants(forms, pluperfect), plural)
    if not adverbs or not auxiliaries:
        return source
    stops = quotes._ASIDE_STOPS
    aside = rf",\s+(?:[^\s{stops}]+\s+){{0,{quotes._COMPOUND_ASIDE_WORDS - 1}}}[^\s{stops}]+\s*,"
    inserted = rf"(?:(?:\s*,)?\s+(?:{quotes._alternation(adverbs)})(?=[\s,])){{0,2}},?|{aside}"
    alternatives = []
    for form in sorted(set(forms), key=len, reverse=True):
        first, _, rest = form.partition(" ")
        if rest and first in auxiliaries:
            alternatives.append((False, rf"{re.escape(first)}(?:{inserted})\s+{re.escape(rest)}"))
        else:
            alternatives.append((True, form))
    return rf"(?<!\w)(?:{ordered_alternation(alternatives)})(?!\w)"


SENTENCES = {
    "fr": [
        "Le ministre a par ailleurs déclaré que la route restait fermée.",
        "La porte-parole avait, lors d'une visite à Bunia, demandé un cessez-le-feu.",
        "Les chefs ont, en outre, précisé leur calendrier.",
        "Le colonel a fait savoir mardi que les patrouilles reprendraient.",
        "Elle n'a pas manqué d'exprimer son inquiétude.",
        # near misses: three adverbs, an aside cut by a full stop, no auxiliary before the verb
        "Le maire a aussi encore hier déclaré la fermeture.",
        "Le préfet a, selon lui. Déclaré la fin des combats.",
        "Déclaré coupable, il a quitté la salle.",
    ],
    "es": [
        "El general ha también señalado que la misión seguirá.",
        "Los observadores habían dado a conocer su informe el lunes.",
        "La portavoz había, en un comunicado enviado a la prensa, advertido del riesgo.",
        "El alcalde no dejó de señalar los daños.",
        "El ministro ha sin duda alguna hoy mismo dicho la verdad.",
    ],
    "en": [
        "The envoy has also said that talks would resume.",
        "The commander had, in a statement on Monday, warned of more attacks.",
        "She said the road was closed.",
    ],
}


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_insertion_is_written_once_per_auxiliary(language):
    source = quotes._verb_source(_forms(language), language)
    auxiliaries = {form.partition(" ")[0] for form in quotes._with_pluperfect(_forms(language), language) if " " in form}
    assert source.count(",\\s+(?:[^\\s") <= len(auxiliaries)
    assert len(source) < 30_000


@pytest.mark.parametrize("language, sentence", [(language, s) for language, sentences in SENTENCES.items() for s in sentences])
def test_the_shared_insertion_takes_what_one_copy_per_form_took(language, sentence):
    text = quotes._comparable(sentence, language)
    shared = re.compile(quotes._verb_source(_forms(language), language))
    copied = re.compile(_one_per_form(_forms(language), language))
    assert [m.span() for m in shared.finditer(text)] == [m.span() for m in copied.finditer(text)]


@pytest.mark.parametrize("language", ["fr", "es", "en", "vi"])
def test_the_speech_verb_pattern_is_its_parts_compiled_once(language):
    """The split verbs and narrative infinitives go before the listed forms, in one pattern."""
    pattern = quotes._patterns(language)["speech_verbs"]
    assert pattern.pattern.endswith(quotes._verb_source(_forms(language), language))
