"""Bodies a peacekeeping corpus meets often, found in the four languages, and news outlets'
names met as ordinary words, which name no outlet. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def bodies_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, body",
    [
        # the national police of DR Congo, by name, press name and acronym
        pytest.param("Officers of the Congolese National Police guarded the market in Beni on Friday.",
                     "Congolese National Police", id="en-congolese-national-police"),
        pytest.param("Congolese Police (PNC) units closed the road before the march began.",
                     "Congolese National Police", id="en-congolese-police-pnc"),
        pytest.param("The blue helmets patrol the town with their partners (FARDC, PNC) every night.",
                     "Congolese National Police", id="en-pnc-beside-fardc"),
        pytest.param("La Police nationale congolaise a arrêté deux suspects après l'attaque du marché.",
                     "Congolese National Police", id="fr-police-nationale-congolaise"),
        pytest.param("La Policía Nacional Congoleña detuvo a dos sospechosos tras el ataque al mercado.",
                     "Congolese National Police", id="es-policia-nacional-congolena"),
        pytest.param("Cảnh sát Quốc gia Congo đã bắt giữ hai nghi phạm sau vụ tấn công khu chợ.",
                     "Congolese National Police", id="vi-canh-sat-quoc-gia-congo"),
        # the community militias of eastern DR Congo
        pytest.param("A Mai-Mai militia raided the health centre near Lubero before dawn.", "Mai-Mai", id="en-mai-mai"),
        pytest.param("Des miliciens Maï-Maï ont incendié trois maisons au sud de Butembo.", "Mai-Mai", id="fr-mai-mai"),
        pytest.param("Milicianos Mai Mai quemaron tres casas al sur de la ciudad.", "Mai-Mai", id="es-mai-mai"),
        pytest.param("Các tay súng Mai-Mai đã đốt ba ngôi nhà ở phía nam thị trấn.", "Mai-Mai", id="vi-mai-mai"),
        # Al-Qaeda's Syrian branch in the press's spellings
        pytest.param("Fighters of the Nusra Front surrounded the observation post at dusk.", "Al-Nusra Front", id="en-nusra-front"),
        pytest.param("Le Front al-Nosra a exigé une rançon pour libérer les soldats.", "Al-Nusra Front", id="fr-front-al-nosra"),
        pytest.param("Combatientes del Frente Al Nusra rodearon el puesto de observación al anochecer.",
                     "Al-Nusra Front", id="es-frente-al-nusra"),
        pytest.param("Mặt trận al-Nusra đã bao vây trạm quan sát vào lúc chập tối.", "Al-Nusra Front", id="vi-mat-tran-al-nusra"),
        # the UN's radio, which officials speak to
        pytest.param("The force commander told UN Radio that the convoy had reached the camp.", "UN Radio", id="en-un-radio"),
        pytest.param("El comandante dijo a Radio ONU que el convoy había llegado al campamento.", "UN Radio", id="es-radio-onu"),
    ],
)
def test_the_listed_body_is_found(text, body):
    assert body in bodies_of(text)


@pytest.mark.parametrize(
    "text, outlet",
    [
        # a number and a lowercase word are a quantity, not the outlet "20 Minutes"
        pytest.param("The exchange of fire lasted about 20 minutes before the gunmen withdrew, the UN said.",
                     "20 Minutes", id="en-twenty-minutes"),
        pytest.param("L'échange de tirs a duré 20 minutes, selon l'ONU.", "20 Minutes", id="fr-vingt-minutes"),
        # an outlet's name that goes on a body's name is a word of that name
        pytest.param("Rebels of the National Army for the Liberation of the Valley attacked the base, the UN said.",
                     "Libération", id="en-army-for-the-liberation"),
        pytest.param("The Movement for the Liberation of the Hills signed the accord, the UN said.",
                     "Libération", id="en-movement-for-the-liberation"),
    ],
)
def test_an_ordinary_word_is_no_outlet(text, outlet):
    assert outlet not in bodies_of(text)


@pytest.mark.parametrize(
    "text, outlet",
    [
        pytest.param("Le contingent quittera la ville en juin, selon Libération.", "Libération", id="fr-selon-liberation"),
        pytest.param("Le convoi a été attaqué lundi, a rapporté 20 Minutes.", "20 Minutes", id="fr-rapporte-20-minutes"),
    ],
)
def test_the_outlet_named_as_a_source_stays(text, outlet):
    assert outlet in bodies_of(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # a country's forces capitalised as a name with the country after it: the demonym's, in English
        # (the Philippines' are listed by their own name: tests/test_national_forces.py)
        pytest.param("Las Fuerzas Armadas de Uruguay dijeron el martes que la patrulla volvió a su base.",
                     "Uruguayan Armed Forces", id="es-fuerzas-armadas-de-uruguay"),
        pytest.param("The Armed Forces of Ghana said on Tuesday that the patrol was back at its base.",
                     "Ghanaian Armed Forces", id="en-armed-forces-of-ghana"),
        pytest.param("El Ejército de Chile relevó el martes a su compañía de ingenieros.",
                     "Chilean Army", id="es-ejercito-de-chile"),
        # a country's forces called "its armies" in French
        pytest.param("L'enjeu était de préserver l'image des armées sénégalaises sur ce théâtre.",
                     "Senegalese Armed Forces", id="fr-armees-senegalaises"),
        pytest.param("Les armées nigériennes ont repris le poste frontalier jeudi.",
                     "Nigerien Armed Forces", id="fr-armees-nigeriennes"),
        # capitalised after its country, the name as printed
        pytest.param("The Pakistan Army said on Tuesday that the patrol was back at its base.",
                     "Pakistan Army", id="en-pakistan-army-as-printed"),
    ],
)
def test_a_countrys_forces_are_tied_to_it(text, body):
    assert body in bodies_of(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # "armées" qualifying a noun is an adjective, no country's forces
        pytest.param("Des bandes armées nigérianes ont pillé le marché lundi.", "Nigerian Armed Forces", id="fr-bandes-armees"),
        pytest.param("Des milices armées centrafricaines ont incendié le pont.", "Central African Armed Forces", id="fr-milices-armees"),
    ],
)
def test_an_armed_band_is_no_countrys_forces(text, body):
    assert body not in bodies_of(text)
