"""Engine errors (workbench.errors.Msg keys): why a file, an edit or the project was refused."""

EN = {
    "error.text": "{text}",
    "error.with_file": "{file}: {reason}",
    "error.memory": "there is not enough memory for this",
    "error.too_deep": "the data is nested too deeply to process",
    "error.os": "{file}: {reason}",
    "error.unexpected": "unexpected error; run with WORKBENCH_DEBUG=1 for details",
    # the project file
    "store.disk_full": "the disk is full; free some space and try again (nothing was changed)",
    "store.damaged": "the project file is damaged and cannot be used",
    "store.damaged_backup": "the project file is damaged and cannot be used; a backup copy exists: "
                            "{backup} (workbench restore {file} restores it)",
    "store.read_only": "the project file or its folder is read-only; copy the project to a folder "
                       "where you can write",
    "store.folder_read_only": "the folder '{folder}' is read-only; choose a folder where you can write",
    "store.busy": "the project is busy: another program is writing to it; try again in a moment",
    "store.io_error": "the project file could not be read or written (a disk or network error)",
    "store.cannot_open": "the project file cannot be opened",
    "store.failed": "the project file could not be read or written ({detail})",
    "store.not_found": "file not found",
    "store.is_folder": "is a folder, not a project file",
    "store.empty": "the file is empty, not a project",
    "store.cannot_read": "cannot read the file ({reason})",
    "store.not_project": "not a Depth Interview Workbench project (not a project file)",
    "store.foreign_db": "not a Depth Interview Workbench project (a database of another program)",
    "store.newer": "made by a newer version of the workbench (file format {version}; this version "
                   "reads up to {latest}). Update the app to open it.",
    "store.backup_copy": "this is a backup copy of an older project; copy it to a new name ending "
                         "in .iwb to open it",
    "store.in_use": "the project is open in another window or program",
    "store.in_use_upgrade": "the project is open in another window or program; close it there first "
                            "so this version can upgrade the file",
    "store.in_use_close": "the project is open in another window or program; close it first",
    "store.no_folder": "folder '{folder}' does not exist",
    "store.exists": "a file with this name already exists",
    "store.cannot_backup": "cannot write a backup copy beside it ({reason})",
    "store.no_backup": "there is no backup copy of this project to restore",
    "store.restored": "restored from {backup}; the damaged file is kept as {damaged}",
    "store.changed_since": "the project has changed since (perhaps in another window), so this edit "
                           "cannot be applied",
    "store.changed_replay": "the project has changed since (perhaps in another window), so this edit "
                            "cannot be replayed",
    "store.conflict": "the edit conflicts with the project",
}

NL = {
    "error.text": "{text}",
    "error.with_file": "{file}: {reason}",
    "error.memory": "er is niet genoeg geheugen hiervoor",
    "error.too_deep": "de gegevens zijn te diep genest om te verwerken",
    "error.os": "{file}: {reason}",
    "error.unexpected": "onverwachte fout; start met WORKBENCH_DEBUG=1 voor details",
    "store.disk_full": "de schijf is vol; maak ruimte vrij en probeer het opnieuw (er is niets gewijzigd)",
    "store.damaged": "het projectbestand is beschadigd en kan niet worden gebruikt",
    "store.damaged_backup": "het projectbestand is beschadigd en kan niet worden gebruikt; er is een "
                            "reservekopie: {backup} (workbench restore {file} zet die terug)",
    "store.read_only": "het projectbestand of de map is alleen-lezen; kopieer het project naar een map "
                       "waarin u kunt schrijven",
    "store.folder_read_only": "de map '{folder}' is alleen-lezen; kies een map waarin u kunt schrijven",
    "store.busy": "het project is bezet: een ander programma schrijft erin; probeer het zo opnieuw",
    "store.io_error": "het projectbestand kon niet worden gelezen of geschreven (een schijf- of netwerkfout)",
    "store.cannot_open": "het projectbestand kan niet worden geopend",
    "store.failed": "het projectbestand kon niet worden gelezen of geschreven ({detail})",
    "store.not_found": "bestand niet gevonden",
    "store.is_folder": "is een map, geen projectbestand",
    "store.empty": "het bestand is leeg, geen project",
    "store.cannot_read": "kan het bestand niet lezen ({reason})",
    "store.not_project": "geen project van Depth Interview Workbench (geen projectbestand)",
    "store.foreign_db": "geen project van Depth Interview Workbench (een database van een ander programma)",
    "store.newer": "gemaakt door een nieuwere versie van de workbench (bestandsformaat {version}; deze "
                   "versie leest tot en met {latest}). Werk de app bij om het te openen.",
    "store.backup_copy": "dit is een reservekopie van een ouder project; kopieer het naar een nieuwe naam "
                         "die eindigt op .iwb om het te openen",
    "store.in_use": "het project is geopend in een ander venster of programma",
    "store.in_use_upgrade": "het project is geopend in een ander venster of programma; sluit het daar "
                            "eerst zodat deze versie het bestand kan bijwerken",
    "store.in_use_close": "het project is geopend in een ander venster of programma; sluit het eerst",
    "store.no_folder": "map '{folder}' bestaat niet",
    "store.exists": "er bestaat al een bestand met deze naam",
    "store.cannot_backup": "kan geen reservekopie ernaast schrijven ({reason})",
    "store.no_backup": "er is geen reservekopie van dit project om terug te zetten",
    "store.restored": "teruggezet uit {backup}; het beschadigde bestand is bewaard als {damaged}",
    "store.changed_since": "het project is intussen gewijzigd (misschien in een ander venster), dus "
                           "deze bewerking kan niet worden toegepast",
    "store.changed_replay": "het project is intussen gewijzigd (misschien in een ander venster), dus "
                            "deze bewerking kan niet opnieuw worden uitgevoerd",
    "store.conflict": "de bewerking botst met het project",
}

EN.update({
    "cli.also_open": "warning: {file} is also open in another program",
    "cli.upgraded": "upgraded {file}; the old version is kept as {backup}",
})
NL.update({
    "cli.also_open": "waarschuwing: {file} is ook geopend in een ander programma",
    "cli.upgraded": "{file} is bijgewerkt; de oude versie is bewaard als {backup}",
})

EN.update({
    "batch.imported": "{file}: imported as '{document}' ({words} words)",
    "batch.refused": "{file}: refused — {reason}",
    "batch.skipped": "{file}: skipped — {reason}",
    "batch.too_large": "the file is too large to read",
    "batch.too_deep": "the file is nested too deeply to read",
    "batch.unreadable": "the file could not be read (it is damaged or in a form this version does not know)",
    "batch.no_text": "the file contains no text",
    "batch.duplicate": "its text is already in the project as '{document}'",
    "batch.not_stored": "could not be stored: {reason}",
})
NL.update({
    "batch.imported": "{file}: geïmporteerd als '{document}' ({words} woorden)",
    "batch.refused": "{file}: geweigerd — {reason}",
    "batch.skipped": "{file}: overgeslagen — {reason}",
    "batch.too_large": "het bestand is te groot om te lezen",
    "batch.too_deep": "het bestand is te diep genest om te lezen",
    "batch.unreadable": "het bestand kon niet worden gelezen (het is beschadigd of in een vorm die deze "
                        "versie niet kent)",
    "batch.no_text": "het bestand bevat geen tekst",
    "batch.duplicate": "de tekst staat al in het project als '{document}'",
    "batch.not_stored": "kon niet worden opgeslagen: {reason}",
})
