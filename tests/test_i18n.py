"""Every UI string exists in Dutch and English, with the same placeholders."""

import re

from workbench import i18n


def test_catalogues_have_the_same_keys():
    assert set(i18n.NL) == set(i18n.EN)


def test_placeholders_match():
    field = re.compile(r"{(\w+)}")
    for key, english in i18n.EN.items():
        assert set(field.findall(english)) == set(field.findall(i18n.NL[key])), key


def test_translation_switches_and_falls_back():
    i18n.set_language("nl")
    try:
        assert i18n.tr("cmd.delete_code", name="X") == "Code 'X' verwijderen"
        assert i18n.tr("no.such.key") == "no.such.key"
    finally:
        i18n.set_language("en")
    assert i18n.tr("cmd.delete_code", name="X") == "Delete code 'X'"
