"""Events: a quantifier floated between the auxiliary and the participle ("were all freed",
"ont tous été libérés", "fueron todos liberados") leaves the verb phrase listed without it
(vocabulary verb_object_gaps.floating_quantifiers), so a release of captives told so is dated
by its day. A quantifier beside a verb that is no happening ("the reports were all released")
takes none. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2014, 9, 12)  # a Friday: the Thursday before is the 11th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The twelve observers were all freed on Thursday near the crossing.", "en", id="en-were-all-freed"),
        pytest.param("The two engineers were both set free on Thursday near the crossing.", "en", id="en-were-both-set-free"),
        pytest.param("Les douze observateurs ont tous été libérés jeudi près du point de passage.", "fr",
                     id="fr-ont-tous-ete-liberes"),
        pytest.param("Les deux ingénieurs ont tous deux été relâchés jeudi près du point de passage.", "fr",
                     id="fr-ont-tous-deux-ete-relaches"),
        pytest.param("Los doce observadores fueron todos liberados el jueves cerca del paso fronterizo.", "es",
                     id="es-fueron-todos-liberados"),
        pytest.param("Los doce observadores han sido todos liberados el jueves cerca del paso fronterizo.", "es",
                     id="es-han-sido-todos-liberados"),
    ],
)
def test_a_release_with_a_floated_quantifier_is_dated(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("abduction", "2014-09-11")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The reports were all released on Thursday.", "en", id="en-reports-released"),
        pytest.param("Les rapports ont tous été publiés jeudi.", "fr", id="fr-rapports-publies"),
        pytest.param("Los informes fueron todos publicados el jueves.", "es", id="es-informes-publicados"),
    ],
)
def test_a_floated_quantifier_beside_no_happening_takes_none(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []
