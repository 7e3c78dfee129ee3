"""Restoring a damaged project from its backup copy."""

EN = {
    "recovery.title": "Damaged project",
    "recovery.ask": "{file} is damaged and cannot be opened.\n\nA backup copy exists: {backup}. "
                    "Restore it? The damaged file is kept beside it; edits made after the backup "
                    "was written are not in the copy.",
    "recovery.done": "Restored from {backup}. The damaged file is kept as {damaged}.",
    "recovery.restore": "Restore the backup",
    "recovery.not_now": "Not now",
}

NL = {
    "recovery.title": "Beschadigd project",
    "recovery.ask": "{file} is beschadigd en kan niet worden geopend.\n\nEr is een reservekopie: {backup}. "
                    "Die terugzetten? Het beschadigde bestand blijft ernaast bewaard; bewerkingen van na "
                    "het maken van de kopie staan er niet in.",
    "recovery.done": "Teruggezet uit {backup}. Het beschadigde bestand is bewaard als {damaged}.",
    "recovery.restore": "Reservekopie terugzetten",
    "recovery.not_now": "Niet nu",
}
