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
    "cli.bad_size": "--size must look like 1600x1000, not '{size}'",
    "cli.no_display": "no display found. Run this on a desktop session, or under a virtual screen: "
                      "apt-get install xvfb && xvfb-run make run",
    "cli.no_gui": "the desktop app cannot start ({reason})",
})
NL.update({
    "cli.also_open": "waarschuwing: {file} is ook geopend in een ander programma",
    "cli.upgraded": "{file} is bijgewerkt; de oude versie is bewaard als {backup}",
    "cli.bad_size": "--size moet eruitzien als 1600x1000, niet '{size}'",
    "cli.no_display": "geen beeldscherm gevonden. Start dit in een bureaubladsessie, of op een virtueel "
                      "scherm: apt-get install xvfb && xvfb-run make run",
    "cli.no_gui": "de desktop-app kan niet starten ({reason})",
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

# Refused edits (core.commands)
EN.update({
    "cmd.code_at_path": "Code '{code}'",
    "cmd.err.row_gone": "{table} row {id} no longer exists",
    "cmd.err.code_needs_name": "a code needs a name",
    "cmd.err.code_slash": "a code name cannot contain '/'",
    "cmd.err.code_exists": "there is already a code '{name}' at this level",
    "cmd.err.code_name_long": "a code name can have at most {max} characters",
    "cmd.err.too_deep": "codes can be nested at most {max} levels deep (this would make {depth})",
    "cmd.err.unknown_kind": "unknown kind '{kind}'",
    "cmd.err.bad_colour": "colour must look like #RRGGBB, not '{colour}'",
    "cmd.err.no_code": "code {id} does not exist",
    "cmd.err.no_code_path": "no code '{path}' in the codebook",
    "cmd.err.cannot_change_code": "cannot change {fields} of a code",
    "cmd.err.move_into_self": "a code cannot be moved into itself or one of its sub-codes",
    "cmd.err.merge_missing": "both codes must exist to merge them",
    "cmd.err.merge_into_child": "a code cannot be merged into one of its own sub-codes",
    "cmd.err.scheme_code_no_name": "a code in the scheme has no name",
    "cmd.err.no_document": "document {id} does not exist",
    "cmd.err.span_outside": "span [{start}, {end}) is outside the text (length {length})",
    "cmd.err.cannot_change_coding": "cannot change {fields} of a coding",
    "cmd.err.language": "language must be one of {allowed}, not '{language}'",
    "cmd.err.not_nfc": "{name}: text must be NFC with \\n line ends before its turns are computed",
    "cmd.err.too_many_turns": "{name}: the text has {n:,} speaker turns; at most {max:,} are accepted "
                              "per document (split the file)",
    "cmd.err.no_text": "{name}: the document has no text",
    "cmd.err.document_exists": "there is already a document named '{name}'",
    "cmd.err.turn_outside": "{name}: a speaker turn lies outside the text",
    "cmd.err.case_needs_name": "a participant needs a name",
    "cmd.err.case_exists": "there is already a participant named '{name}'",
    "cmd.err.attribute_type": "attribute type must be one of {allowed}",
    "cmd.err.no_case": "participant {id} does not exist",
    "cmd.err.attribute_needs_name": "an attribute needs a name",
    "cmd.err.not_a_number": "{attribute} takes a number, not '{value}'",
    "cmd.err.memo_target": "memos attach to project, document or code, not '{target}'",
    "cmd.err.role": "role must be one of {allowed}",
})
NL.update({
    "cmd.code_at_path": "Coderen met '{code}'",
    "cmd.err.row_gone": "rij {id} van {table} bestaat niet meer",
    "cmd.err.code_needs_name": "een code heeft een naam nodig",
    "cmd.err.code_slash": "een codenaam mag geen '/' bevatten",
    "cmd.err.code_exists": "er is al een code '{name}' op dit niveau",
    "cmd.err.code_name_long": "een codenaam mag hoogstens {max} tekens hebben",
    "cmd.err.too_deep": "codes kunnen hoogstens {max} niveaus diep genest worden (dit zou {depth} worden)",
    "cmd.err.unknown_kind": "onbekende soort '{kind}'",
    "cmd.err.bad_colour": "een kleur moet eruitzien als #RRGGBB, niet '{colour}'",
    "cmd.err.no_code": "code {id} bestaat niet",
    "cmd.err.no_code_path": "geen code '{path}' in het codeboek",
    "cmd.err.cannot_change_code": "kan {fields} van een code niet wijzigen",
    "cmd.err.move_into_self": "een code kan niet in zichzelf of in een van zijn subcodes worden verplaatst",
    "cmd.err.merge_missing": "beide codes moeten bestaan om ze samen te voegen",
    "cmd.err.merge_into_child": "een code kan niet worden samengevoegd met een van zijn eigen subcodes",
    "cmd.err.scheme_code_no_name": "een code in het schema heeft geen naam",
    "cmd.err.no_document": "document {id} bestaat niet",
    "cmd.err.span_outside": "fragment [{start}, {end}) ligt buiten de tekst (lengte {length})",
    "cmd.err.cannot_change_coding": "kan {fields} van een codering niet wijzigen",
    "cmd.err.language": "taal moet een van {allowed} zijn, niet '{language}'",
    "cmd.err.not_nfc": "{name}: de tekst moet NFC zijn met \\n als regeleinde voordat de beurten worden bepaald",
    "cmd.err.too_many_turns": "{name}: de tekst heeft {n:,} sprekersbeurten; hoogstens {max:,} per document "
                              "(splits het bestand)",
    "cmd.err.no_text": "{name}: het document bevat geen tekst",
    "cmd.err.document_exists": "er is al een document met de naam '{name}'",
    "cmd.err.turn_outside": "{name}: een sprekersbeurt ligt buiten de tekst",
    "cmd.err.case_needs_name": "een deelnemer heeft een naam nodig",
    "cmd.err.case_exists": "er is al een deelnemer met de naam '{name}'",
    "cmd.err.attribute_type": "het type van een kenmerk moet een van {allowed} zijn",
    "cmd.err.no_case": "deelnemer {id} bestaat niet",
    "cmd.err.attribute_needs_name": "een kenmerk heeft een naam nodig",
    "cmd.err.not_a_number": "{attribute} is een getal, niet '{value}'",
    "cmd.err.memo_target": "memo's horen bij het project, een document of een code, niet bij '{target}'",
    "cmd.err.role": "rol moet een van {allowed} zijn",
})

# Refused files (importers)
EN.update({
    "import.err.bad_time": "subtitle cue {n} has an impossible time '{stamp}' (hours up to 100, minutes "
                           "and seconds below 60)",
    "import.err.time_order": "subtitle cue {n} ends ({end}) before it starts ({start})",
    "import.what.docx": "Word document",
    "import.what.odt": "OpenDocument text file",
    "import.err.damaged_package": "damaged or not a {what}",
    "import.err.zip_bomb": "the {what} would unpack to an implausible size (a damaged or hostile file); "
                           "it was not opened",
})
NL.update({
    "import.err.bad_time": "ondertitel {n} heeft een onmogelijke tijd '{stamp}' (uren tot 100, minuten "
                           "en seconden onder 60)",
    "import.err.time_order": "ondertitel {n} eindigt ({end}) voordat hij begint ({start})",
    "import.what.docx": "Word-document",
    "import.what.odt": "OpenDocument-tekstbestand",
    "import.err.damaged_package": "beschadigd of geen {what}",
    "import.err.zip_bomb": "het bestand ({what}) zou uitpakken tot een onwaarschijnlijke grootte (een "
                           "beschadigd of kwaadaardig bestand); het is niet geopend",
})

EN.update({
    "batch.blank_case": "the participant name (--case) is blank",
    "batch.blank_pattern": "the file-name pattern (--case-pattern) is blank",
    "batch.bad_pattern": "the file-name pattern '{pattern}' is not a valid regular expression ({reason})",
})
NL.update({
    "batch.blank_case": "de naam van de deelnemer (--case) is leeg",
    "batch.blank_pattern": "het bestandsnaampatroon (--case-pattern) is leeg",
    "batch.bad_pattern": "het bestandsnaampatroon '{pattern}' is geen geldige reguliere expressie ({reason})",
})

# Transcript files (importers)
EN.update({
    "import.err.not_found": 'file not found',
    "import.err.empty": 'the file is empty',
    "import.err.binary": 'not a text file (binary content)',
    "import.err.no_text": 'the file contains no text',
    "import.err.not_rtf": 'not an RTF file',
    "import.err.damaged_rtf": 'damaged RTF file',
    "import.err.damaged_docx": 'damaged or not a Word document',
    "import.err.old_doc": 'old Word .doc files are not supported; save it as .docx',
    "import.err.not_vtt": 'not a WebVTT file (no WEBVTT header)',
    "import.err.no_cues": 'no subtitle cues found',
    "import.err.no_cue_text": 'no subtitle text found',
    "import.err.damaged_odt": 'damaged or not an OpenDocument text file',
    "import.err.encrypted_odt": 'password-protected or encrypted OpenDocument file',
    "import.err.not_pdf": 'not a PDF file',
    "import.err.encrypted_pdf": 'encrypted PDF (cannot be decrypted here)',
    "import.err.password_pdf": 'password-protected PDF',
    "import.err.damaged_pdf": 'damaged PDF file',
    "import.err.no_text_layer": 'no text layer — run OCR first',
    "import.err.cannot_open": 'cannot open the file ({reason})',
    "import.err.cannot_read": 'cannot read the file ({reason})',
    "import.err.too_large": 'file is too large ({size}; the limit is {limit})',
    "import.err.bad_encoding": 'the file is not valid {encoding} text',
    "import.err.unsupported": "unsupported file type '.{ext}'",
    "import.err.too_many_cues": 'the file has more than {max:,} subtitle cues; split it into smaller files',
    "import.err.encrypted_docx": 'password-protected or encrypted Word file (or an old .doc; save it as .docx)',
})
NL.update({
    "import.err.not_found": 'bestand niet gevonden',
    "import.err.empty": 'het bestand is leeg',
    "import.err.binary": 'geen tekstbestand (binaire inhoud)',
    "import.err.no_text": 'het bestand bevat geen tekst',
    "import.err.not_rtf": 'geen RTF-bestand',
    "import.err.damaged_rtf": 'beschadigd RTF-bestand',
    "import.err.damaged_docx": 'beschadigd of geen Word-document',
    "import.err.old_doc": 'oude Word-bestanden (.doc) worden niet ondersteund; sla het op als .docx',
    "import.err.not_vtt": 'geen WebVTT-bestand (geen WEBVTT-kop)',
    "import.err.no_cues": 'geen ondertitels gevonden',
    "import.err.no_cue_text": 'geen ondertiteltekst gevonden',
    "import.err.damaged_odt": 'beschadigd of geen OpenDocument-tekstbestand',
    "import.err.encrypted_odt": 'met een wachtwoord beveiligd of versleuteld OpenDocument-bestand',
    "import.err.not_pdf": 'geen PDF-bestand',
    "import.err.encrypted_pdf": 'versleutelde PDF (kan hier niet worden ontsleuteld)',
    "import.err.password_pdf": 'met een wachtwoord beveiligde PDF',
    "import.err.damaged_pdf": 'beschadigd PDF-bestand',
    "import.err.no_text_layer": 'geen tekstlaag — laat er eerst OCR op los',
    "import.err.cannot_open": 'kan het bestand niet openen ({reason})',
    "import.err.cannot_read": 'kan het bestand niet lezen ({reason})',
    "import.err.too_large": 'bestand is te groot ({size}; de grens is {limit})',
    "import.err.bad_encoding": 'het bestand is geen geldige {encoding}-tekst',
    "import.err.unsupported": "niet ondersteund bestandstype '.{ext}'",
    "import.err.too_many_cues": 'het bestand heeft meer dan {max:,} ondertitels; splits het in kleinere bestanden',
    "import.err.encrypted_docx": 'met een wachtwoord beveiligd of versleuteld Word-bestand (of een oud '
        '.doc; sla het op als .docx)',
})

# Codebook files (exchange)
EN.update({
    "exchange.err.unknown_format": "unknown codebook format ({what}); use {allowed}",
    "exchange.err.too_deep": "the codebook is nested {depth} levels deep; at most {max} levels can be "
                             "exported (move the deepest codes up first)",
    "exchange.err.cannot_write": "cannot write the file ({reason})",
})
NL.update({
    "exchange.err.unknown_format": "onbekend codeboekformaat ({what}); gebruik {allowed}",
    "exchange.err.too_deep": "het codeboek is {depth} niveaus diep genest; hoogstens {max} niveaus kunnen "
                             "worden geëxporteerd (verplaats de diepste codes eerst omhoog)",
    "exchange.err.cannot_write": "kan het bestand niet schrijven ({reason})",
})
