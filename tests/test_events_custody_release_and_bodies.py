"""Events: a release from custody or prison ("was freed from custody", "a été remis en
liberté", "fue excarcelado", "được phóng thích"), captives exchanged ("exchanged prisoners",
"ont échangé des prisonniers", "intercambiaron prisioneros", "trao đổi tù binh") and bodies
handed back ("handed over the bodies", "ont remis les corps", "entregaron los cuerpos", "trao
trả thi thể") are happenings of their day. A release only asked for, an exchange only talked
of, a report released and a body's armour returned are none of them. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 6, 10)  # a Tuesday: the Sunday before is the 8th


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The radio reporter was freed from custody on Sunday after nine days.", "en", "abduction",
                     id="en-freed-from-custody"),
        pytest.param("The warring sides exchanged prisoners on Sunday at the river crossing.", "en", "abduction",
                     id="en-exchanged-prisoners"),
        pytest.param("Le reporter de la radio a été remis en liberté dimanche après neuf jours.", "fr", "abduction",
                     id="fr-remis-en-liberte"),
        pytest.param("Les belligérants ont échangé des prisonniers dimanche au passage de la rivière.", "fr", "abduction",
                     id="fr-echange-prisonniers"),
        pytest.param("El reportero de la radio fue excarcelado el domingo tras nueve días.", "es", "abduction",
                     id="es-fue-excarcelado"),
        pytest.param("Los bandos intercambiaron prisioneros el domingo en el cruce del río.", "es", "abduction",
                     id="es-intercambiaron-prisioneros"),
        pytest.param("The two drivers were released from jail on Sunday after a week.", "en", "abduction",
                     id="en-released-from-jail"),
        pytest.param("The radio reporter was released on bail on Sunday after nine days.", "en", "abduction",
                     id="en-released-on-bail"),
        pytest.param("Phóng viên đài phát thanh được phóng thích hôm Chủ nhật sau chín ngày.", "vi", "abduction",
                     id="vi-duoc-phong-thich"),
        pytest.param("Hai bên trao đổi tù binh hôm Chủ nhật tại khu vực bến sông.", "vi", "abduction",
                     id="vi-trao-doi-tu-binh"),
        pytest.param("The militia handed over the bodies of two guards on Sunday.", "en", "recovery", id="en-handed-over-bodies"),
        pytest.param("La milice a remis dimanche les corps de deux gardes à la mission.", "fr", "recovery",
                     id="fr-remis-les-corps"),
        pytest.param("La milicia entregó el domingo los cuerpos de dos guardias a la misión.", "es", "recovery",
                     id="es-entrego-los-cuerpos"),
        pytest.param("Dân quân đã trao trả thi thể hai lính gác hôm Chủ nhật.", "vi", "recovery", id="vi-trao-tra-thi-the"),
    ],
)
def test_releases_exchanges_and_bodies_handed_back_are_dated(sentence, language, kind):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == [(kind, "2025-06-08")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The two sides discussed exchanging prisoners on Sunday.", "en", id="en-discussed-exchanging"),
        pytest.param("The report was released on Sunday, the mission said.", "en", id="en-report-released"),
        pytest.param("Les deux camps ont évoqué dimanche un éventuel échange de prisonniers.", "fr", id="fr-evoque-echange"),
        pytest.param("Las familias pidieron el domingo que el periodista sea excarcelado.", "es", id="es-pidieron-excarcelado"),
        pytest.param("Gia đình kêu gọi hôm Chủ nhật để nhà báo sớm được phóng thích.", "vi", id="vi-keu-goi-phong-thich"),
    ],
)
def test_a_release_asked_for_or_an_exchange_talked_of_is_none(sentence, language):
    assert [e for e in body_events(sentence, language, ANCHOR) if e.kind in ("abduction", "recovery")] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The radio reporter was released from custody on Sunday.", "en", id="released-from-custody"),
        pytest.param("The two surveyors were released unharmed on Sunday.", "en", id="released-unharmed"),
        pytest.param("The three guards were released from captivity on Sunday.", "en", id="released-from-captivity"),
        pytest.param("La journaliste a été remise en liberté dimanche après neuf jours.", "fr", id="fr-a-ete-remise"),
        pytest.param("Le juge a remis en liberté les deux reporters dimanche.", "fr", id="fr-a-remis-en-liberte"),
    ],
)
def test_a_release_from_custody_told_is_dated(sentence, language):
    # told with its auxiliary or named as done; "released" is also a verb of publishing, whose
    # day is a telling's ("a photo released on Sunday"): not where it opens a longer event phrase
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("abduction", "2025-06-08")]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("A photo released by the mission on Sunday shows the damaged truck.", id="photo-released"),
        pytest.param("The figures released on Sunday show fewer patrols.", id="figures-released"),
    ],
)
def test_a_verb_of_publishing_alone_still_dates_nothing(sentence):
    assert body_events(sentence, "en", ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Les familles demandent qu'il soit remis en liberté dimanche.", "fr", id="fr-soit-remis-en-liberte"),
        pytest.param("Le juge a refusé dimanche qu'elle soit remise en liberté.", "fr", id="fr-refuse-remise-en-liberte"),
        pytest.param("Le reporter demande à être remis en liberté dimanche.", "fr", id="fr-demande-a-etre-remis"),
        pytest.param("Lawyers asked on Sunday that the reporter be released from custody.", "en", id="en-asked-be-released"),
        pytest.param("The family called on Sunday for him to be freed from detention.", "en", id="en-called-to-be-freed"),
        pytest.param("The court refused on Sunday to have the reporter released on bail.", "en", id="en-refused-released-on-bail"),
    ],
)
def test_a_release_from_custody_asked_for_or_refused_is_none(sentence, language):
    # the participle after a subjunctive or an infinitive tells a release wished for, as "qu'il
    # soit libéré" does; in English after "be" or "have him", as "that the hostages be freed"
    # is: only its forms with "was", "were" or "been" tell one done
    assert [e for e in body_events(sentence, language, ANCHOR) if e.kind == "abduction"] == []
