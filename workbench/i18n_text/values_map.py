"""The values-fit map: organisation values editor, the interactive map, its exports."""

EN = {
    "cmd.add_org_value": "Add organisation value '{name}'",
    "cmd.change_org_value": "Change organisation value '{name}'",
    "cmd.link_org_value": "Link codes to '{name}'",
    "cmd.move_org_value": "Move organisation value '{name}'",
    "cmd.delete_org_value": "Delete organisation value '{name}'",
    "cmd.import_org_values": "Import {n} organisation value(s)",
}

NL = {
    "cmd.add_org_value": "Organisatiewaarde '{name}' toevoegen",
    "cmd.change_org_value": "Organisatiewaarde '{name}' wijzigen",
    "cmd.link_org_value": "Codes koppelen aan '{name}'",
    "cmd.move_org_value": "Organisatiewaarde '{name}' verplaatsen",
    "cmd.delete_org_value": "Organisatiewaarde '{name}' verwijderen",
    "cmd.import_org_values": "{n} organisatiewaarde(n) importeren",
}
