"""Main window: layout, navigation, zoom, undo refusals, retrieval export."""

EN = {
    "wb.menu.reset_layout": "&Reset layout",
    "wb.menu.pin_key_code": "Key {n} — {code}",
}

NL = {
    "wb.menu.reset_layout": "Indeling he&rstellen",
    "wb.menu.pin_key_code": "Toets {n} — {code}",
}
