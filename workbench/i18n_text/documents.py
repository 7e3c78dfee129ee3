"""Documents (rename, delete, participant, speakers, turn detection), code-all-hits, the
multi-file import preview and new-project defaults."""

EN = {
    # code all hits
    "hits.title": "Code all hits",
    "hits.intro": "Code the hits for “{query}” ({n} {n|hit|hits} in the list).",
    "hits.code": "Code",
    "hits.choose_code": "(choose a code)",
    "hits.unit": "Text to code",
    "hits.unit.hit": "only the words found",
    "hits.unit.sentence": "the sentence around each hit",
    "hits.unit.turn": "the whole speaker turn (without the speaker's name)",
    "hits.respondents_only": "Only in respondent turns (not the interviewer's questions)",
    "hits.count": "This codes {n} {n|segment|segments} in {docs} {docs|document|documents}.",
    "hits.skipped_roles": "{n} {n|hit is|hits are} left out: not in a respondent turn.",
    "hits.skipped_labels": "{n} {n|hit is|hits are} left out: on a speaker's name.",
    "hits.parent_code": "This code has sub-codes. Coding with a parent code is rarely what you want; "
                        "choose the sub-code that fits.",
    "hits.do_code": "Code {n} {n|segment|segments}",
    "hits.cmd": "Code {n} search {n|hit|hits} with '{code}'",
    "hits.coded": "Coded {n} {n|segment|segments} with '{code}'.",
}

NL = {
    "hits.title": "Alle treffers coderen",
    "hits.intro": "De treffers voor “{query}” coderen ({n} {n|treffer|treffers} in de lijst).",
    "hits.code": "Code",
    "hits.choose_code": "(kies een code)",
    "hits.unit": "Te coderen tekst",
    "hits.unit.hit": "alleen de gevonden woorden",
    "hits.unit.sentence": "de zin rond elke treffer",
    "hits.unit.turn": "de hele spreekbeurt (zonder de naam van de spreker)",
    "hits.respondents_only": "Alleen in beurten van respondenten (niet de vragen van de interviewer)",
    "hits.count": "Hiermee worden {n} {n|fragment|fragmenten} in {docs} {docs|document|documenten} gecodeerd.",
    "hits.skipped_roles": "{n} {n|treffer valt|treffers vallen} af: niet in een beurt van een respondent.",
    "hits.skipped_labels": "{n} {n|treffer valt|treffers vallen} af: in de naam van een spreker.",
    "hits.parent_code": "Deze code heeft subcodes. Coderen met een bovenliggende code is zelden de "
                        "bedoeling; kies de subcode die past.",
    "hits.do_code": "{n} {n|fragment|fragmenten} coderen",
    "hits.cmd": "{n} {n|zoektreffer|zoektreffers} coderen met '{code}'",
    "hits.coded": "{n} {n|fragment|fragmenten} gecodeerd met '{code}'.",
}
