"""Nederlandse teksten van de interface."""

NL = {
    "cmd.edit": "Bewerking",
    "cmd.add_coding": "Coderen met '{code}'",
    "cmd.add_codings": "{n} fragmenten coderen",
    "cmd.remove_codings": "{n} codering(en) verwijderen",
    "cmd.change_coding": "Codering wijzigen",
    "cmd.add_code": "Code '{name}' toevoegen",
    "cmd.change_code": "Code '{name}' wijzigen",
    "cmd.move_code": "Code '{name}' verplaatsen",
    "cmd.merge_codes": "'{source}' samenvoegen met '{target}'",
    "cmd.delete_code": "Code '{name}' verwijderen",
    "cmd.apply_scheme": "Codeerschema '{name}' toepassen",
    "cmd.add_document": "'{name}' importeren",
    "cmd.remove_document": "Document '{name}' verwijderen",
    "cmd.set_attribute": "{attribute} van {case} instellen",
    "cmd.add_case": "Deelnemer '{name}' toevoegen",
    "cmd.rename_case": "Deelnemer '{name}' hernoemen",
    "cmd.set_document_case": "'{document}' aan een deelnemer koppelen",
    "cmd.set_memo": "Memo bewerken",
    "cmd.set_role": "Rol van {speaker} instellen",
}
