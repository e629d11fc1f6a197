"""A four-digit number after a word of approximation counting patients treated, or counted in
Vietnamese "lượt" (times, visits: "hơn 2000 lượt bệnh nhân", "khoảng 1200 lượt cán bộ"), is a
count, not a year; a year before the same nouns stays a year. Every sentence here is written
for these tests."""
import pytest

from newsdossier.dates import find_dates


@pytest.mark.parametrize("text", [
    pytest.param("Các bác sĩ đã khám và điều trị cho hơn 2000 lượt bệnh nhân trong năm qua.", id="vi-luot"),
    pytest.param("Bệnh viện đã tiếp nhận khoảng 1500 bệnh nhân.", id="vi-patients"),
    pytest.param("Đơn vị đã cử khoảng 1200 lượt cán bộ tham gia nhiệm vụ.", id="vi-luot-staff"),
    pytest.param("El hospital atendió a más de 2000 pacientes durante su despliegue.", id="es"),
    pytest.param("The field hospital treated more than 2000 patients during its tour.", id="en"),
    pytest.param("L'hôpital de campagne a soigné plus de 2000 patients pendant son mandat.", id="fr"),
])
def test_a_count_of_patients_is_no_year(text):
    assert [m.text for m in find_dates(text) if m.kind == "year"] == []


@pytest.mark.parametrize("text, year", [
    pytest.param("In 2019 patients were flown from the camp to Juba.", 2019, id="en"),
    pytest.param("Năm 2019 bệnh nhân được chuyển về Juba.", 2019, id="vi"),
])
def test_a_year_before_the_same_nouns_stays(text, year):
    assert [m.value.year for m in find_dates(text) if m.kind == "year"] == [year]
