"""Main window: layout, navigation, zoom, undo refusals, retrieval export."""

EN = {
    "wb.menu.reset_layout": "&Reset layout",
    "wb.menu.pin_key_code": "Key {n} — {code}",
    "wb.undo.undo_refused": "Could not undo “{step}”: {reason}. The step was taken off the undo list; "
                            "nothing was changed.",
    "wb.undo.redo_refused": "Could not redo “{step}”: {reason}. The step was taken off the undo list; "
                            "nothing was changed.",
}

NL = {
    "wb.menu.reset_layout": "Indeling he&rstellen",
    "wb.menu.pin_key_code": "Toets {n} — {code}",
    "wb.undo.undo_refused": "“{step}” kon niet ongedaan worden gemaakt: {reason}. De stap is van de "
                            "lijst gehaald; er is niets veranderd.",
    "wb.undo.redo_refused": "“{step}” kon niet opnieuw worden uitgevoerd: {reason}. De stap is van de "
                            "lijst gehaald; er is niets veranderd.",
}
