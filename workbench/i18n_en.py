"""English UI strings."""

EN = {
    "cmd.edit": "Edit",
    "cmd.add_coding": "Code '{code}'",
    "cmd.add_codings": "Code {n} segments",
    "cmd.remove_codings": "Remove {n} coding(s)",
    "cmd.change_coding": "Change coding",
    "cmd.add_code": "Add code '{name}'",
    "cmd.change_code": "Change code '{name}'",
    "cmd.move_code": "Move code '{name}'",
    "cmd.merge_codes": "Merge '{source}' into '{target}'",
    "cmd.delete_code": "Delete code '{name}'",
    "cmd.apply_scheme": "Apply coding scheme '{name}'",
    "cmd.add_document": "Import '{name}'",
    "cmd.remove_document": "Remove document '{name}'",
    "cmd.set_attribute": "Set {attribute} of {case}",
    "cmd.add_case": "Add participant '{name}'",
    "cmd.rename_case": "Rename participant '{name}'",
    "cmd.set_document_case": "Assign '{document}' to a participant",
    "cmd.set_memo": "Edit memo",
    "cmd.set_role": "Set role of {speaker}",
}
