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


def test_plural_markers_match_between_languages():
    marker = re.compile(r"{(\w+)\|[^{}|]*\|[^{}|]*}")
    for key, english in i18n.EN.items():
        assert set(marker.findall(english)) == set(marker.findall(i18n.NL[key])), key


def test_plural_forms_in_both_languages():
    assert i18n.tr("wb.search.count", n=1) == "1 hit"
    assert i18n.tr("wb.search.count", n=2) == "2 hits"
    assert i18n.tr("cmd.remove_codings", n=1) == "Remove 1 coding"
    i18n.set_language("nl")
    try:
        assert i18n.tr("wb.search.count", n=1) == "1 treffer"
        assert i18n.tr("wb.search.count", n=0) == "0 treffers"
        assert i18n.tr("cmd.remove_codings", n=1) == "1 codering verwijderen"
        assert i18n.tr("codebook.delete_counts", codings=1, subcodes=3) == \
            "Hiermee verdwijnen 1 codering en 3 subcodes."
    finally:
        i18n.set_language("en")


def test_no_catalogue_string_spells_a_plural_with_brackets():
    for catalogue in (i18n.EN, i18n.NL):
        for key, text in catalogue.items():
            assert "(s)" not in text and "(en)" not in text, key
