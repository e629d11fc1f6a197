"""An alias a person writes into data/actors.yaml links the articles printing it (registry.merge_actor)."""
from __future__ import annotations

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from newsdossier.entities import Found
from newsdossier.registry import Registry, merge_actor


def _actors(*entries):
    return Registry(CommentedSeq(CommentedMap(e) for e in entries))


_PERSON = {"id": "jean-pierre-lacroix", "name": "Jean-Pierre Lacroix", "kind": "person", "status": "confirmed",
           "aliases": CommentedSeq(["J.-P. Lacroix"])}
_BODY = {"id": "department-of-peace-operations", "name": "Department of Peace Operations", "kind": "organisation",
         "status": "confirmed", "aliases": CommentedSeq(["DPO", "Département des opérations de paix"])}


@pytest.mark.parametrize(("entry", "found", "expected"), [
    (_PERSON, Found("person", "j-p-lacroix", "J.-P. Lacroix", "s", ["J.-P. Lacroix"]), "jean-pierre-lacroix"),
    (_PERSON, Found("person", "j-p-lacroix", "J.-P. LACROIX", "s", ["J.-P. LACROIX"]), "jean-pierre-lacroix"),
    (_BODY, Found("organisation", "departement-des-operations-de-paix", "Département des opérations de paix", "s",
                  ["Département des opérations de paix"]), "department-of-peace-operations"),
    (_BODY, Found("organisation", "dpo-new", "The DPO", "s", ["The DPO", "DPO"]), "department-of-peace-operations"),
], ids=["alias", "alias in capitals", "alias in another language", "alias among the printed forms"])
def test_a_name_an_entry_claims_is_listed_under_that_entry(entry, found, expected):
    actors = _actors(entry)
    assert merge_actor(actors, found) == expected
    assert len(actors.entries) == 1


@pytest.mark.parametrize(("entry", "found"), [
    (_BODY, Found("person", "dpo", "Dpo", "s", ["Dpo"])),  # another kind of thing
    (_BODY, Found("organisation", "dpo-unit", "DPO unit", "s", ["DPO unit", "DPO"], local=["DPO"])),  # a form for one article only
    ({**_PERSON, "status": "rejected"}, Found("person", "j-p-lacroix", "J.-P. Lacroix", "s", ["J.-P. Lacroix"])),  # not in use
], ids=["other kind", "local form", "rejected entry"])
def test_a_claim_does_not_reach_another_kind_a_local_form_or_an_entry_out_of_use(entry, found):
    actors = _actors(entry)
    assert merge_actor(actors, found) == found.id
    assert len(actors.entries) == 2
