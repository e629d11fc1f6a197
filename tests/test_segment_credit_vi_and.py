"""A Vietnamese credit line or closing signature joining two outlets with "và" (and), as
printed with its accent, names both outlets, as "Reuters, AFP" and "Reuters and AFP" do: the
conjunction's accented form is in vocabulary "credit_part_conjunctions" beside the unaccented
one. Every line is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.segment import credit_outlets, signature


@pytest.mark.parametrize("line, outlets", [
    pytest.param("Nguồn: Reuters và AFP", ["Reuters", "AFP"], id="nguon-va"),
    pytest.param("Theo AFP và Reuters", ["AFP", "Reuters"], id="theo-va"),
    pytest.param("Theo Reuters và AP", ["Reuters", "AP"], id="theo-va-ap"),
])
def test_a_vietnamese_credit_line_joined_by_va_names_both(line, outlets):
    assert credit_outlets(line) == outlets


@pytest.mark.parametrize("line, signed", [
    pytest.param("Minh Anh (theo Reuters và AFP)", "Minh Anh (Reuters)", id="theo-va"),
    pytest.param("Thu Hà (theo AFP và Reuters)", "Thu Hà (AFP)", id="theo-va-afp"),
])
def test_a_vietnamese_signature_crediting_two_outlets_joined_by_va(line, signed):
    assert signature(line) == signed


@pytest.mark.parametrize("line, outlets", [
    # a name the reference does not know is no outlet: the line credits none
    pytest.param("Nguồn: Reuters và bạn đọc", [], id="reader-unknown"),
    # the comma form, read before the change as after
    pytest.param("Nguồn: Reuters, AFP", ["Reuters", "AFP"], id="comma"),
])
def test_the_vietnamese_credit_line_guards(line, outlets):
    assert credit_outlets(line) == outlets
