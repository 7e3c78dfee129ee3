"""Every command of the main window, declared once: the table builds the menus, binds the
shortcuts, decides when each is enabled and names it again after a language switch.

    Act(key, menu, slot, shortcut, needs=..., args=...)

- key: the action's id; its text is `tr("wb.menu.<key>")` (a `label` on MainMenus may add
  to it, e.g. the code on a pin key, the edit Undo will undo).
- menu: "file", "code/pin" (a submenu, titled `wb.menu.pin`), or "" for a shortcut that is
  in no menu.
- slot: a dotted path on the main window ("controller.code_turn"), called with `args`.
- shortcut: a key sequence text, a QKeySequence.StandardKey or a tuple of them.
- needs: when the action is enabled: "" always, "project", "document" (a document is shown),
  "undo"/"redo" (the stack has a step).
- scope: "window" (anywhere in the window) or "view" (only while the transcript has focus, for
  plain keys such as 1–9 and Enter that must stay typing elsewhere).

Adding a command is one line here (keep one entry per line: branches merge cleanly).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class Act:
    key: str
    menu: str
    slot: str = ""
    shortcut: str | Key | tuple | None = None
    needs: str = "project"
    args: tuple = ()
    scope: str = "window"
    group: str = ""  # actions in one named group are checkable and exclusive
    label: str = ""  # name of a MainMenus method that returns the text


def sep(menu: str) -> Act:
    return Act("-", menu)


def sub(menu: str) -> Act:
    """A submenu at this position (its entries name it as "parent/name")."""
    return Act("/", menu)


# Top-level menus, in menu-bar order (each titled `wb.menu.<name>`).
MENUS = ("file", "edit", "code", "view", "project", "settings")

ACTIONS: tuple[Act, ...] = (
    Act("new", "file", "new_project", Key.New, needs=""),
    Act("open", "file", "open_dialog", Key.Open, needs=""),
    Act("import", "file", "import_files", "Ctrl+Shift+I"),
    Act("import_qdpx", "file", "import_qdpx", needs=""),
    Act("export_qdpx", "file", "export_qdpx"),
    sub("file/recent"),
    sub("file/export"),
    Act("export_xlsx", "file/export", "analysis.export_summary"),
    sep("file"),
    Act("close", "file", "close_project", Key.Close),
    Act("quit", "file", "close", Key.Quit, needs=""),
    Act("undo", "edit", "undo", "Ctrl+Z", needs="undo", label="undo_text"),
    Act("redo", "edit", "redo", ("Ctrl+Shift+Z", "Ctrl+Y"), needs="redo", label="redo_text"),
    sep("edit"),
    Act("find", "edit", "panel.find_bar.open", Key.Find, needs="document"),
    Act("quick_code", "code", "open_palette", "Ctrl+K"),
    Act("code_selection", "code", "controller.code_selection_with_current", "Ctrl+Return"),
    Act("in_vivo", "code", "controller.in_vivo", "Ctrl+I"),
    Act("code_turn", "code", "controller.code_turn", "Ctrl+T"),
    Act("code_sentence", "code", "controller.code_sentence", "Ctrl+E"),
    sep("code"),
    Act("uncode", "code", "controller.uncode", "Ctrl+Shift+U"),
    Act("inferred", "code", "controller.toggle_inferred", "Ctrl+Shift+F"),
    Act("suggest", "code", "suggestions.run", "Ctrl+Shift+G"),
    sep("code"),
    sub("code/pin"),
    *(Act(f"pin{n}", "code/pin", "controller.pin", args=(n,), label="pin_text") for n in range(1, 10)),
    *(Act(f"apply_pin{n}", "", "controller.apply_pin", str(n), args=(n,), scope="view") for n in range(1, 10)),
    Act("code_here", "", "controller.code_selection_with_current", ("Return", "Enter"), scope="view"),
    sep("code"),
    Act("next_coding", "code", "go_to_coding", "Alt+Down", args=(True,), needs="document"),
    Act("prev_coding", "code", "go_to_coding", "Alt+Up", args=(False,), needs="document"),
    Act("next_of_code", "code", "go_to_coding", "Alt+Shift+Down", args=(True, True)),
    Act("prev_of_code", "code", "go_to_coding", "Alt+Shift+Up", args=(False, True)),
    Act("zoom_in", "view", "zoom", ("Ctrl++", "Ctrl+="), args=(1,), needs=""),
    Act("zoom_out", "view", "zoom", "Ctrl+-", args=(-1,), needs=""),
    Act("zoom_reset", "view", "zoom", "Ctrl+0", args=(0,), needs=""),
    sep("view"),
    Act("reset_layout", "view", "reset_layout", needs=""),
    sub("project/document"),
    Act("doc_rename", "project/document", "documents.actions.rename", needs="document"),
    Act("doc_participant", "project/document", "documents.actions.assign_participant", needs="document"),
    Act("doc_speakers", "project/document", "documents.actions.edit_speakers", needs="document"),
    Act("doc_redetect", "project/document", "documents.actions.redetect_turns", needs="document"),
    Act("doc_delete", "project/document", "documents.actions.delete", needs="document"),
    Act("participants", "project", "participants"),
    Act("values_map", "project", "values_map.open_map", "Ctrl+Shift+M"),
    Act("org_values", "project", "values_map.open_editor"),
    sep("project"),
    Act("project_memo", "project", "edit_memo", args=("project",)),
    Act("document_memo", "project", "edit_memo", args=("document",), needs="document"),
    Act("code_memo", "project", "edit_memo", args=("code",)),
    sep("project"),
    Act("merge_project", "project", "analysis.merge_project"),
    sub("settings/language"),
    Act("lang_nl", "settings/language", "menus.set_language", args=("nl",), needs="", group="language"),
    Act("lang_en", "settings/language", "menus.set_language", args=("en",), needs="", group="language"),
    Act("coder", "settings", "menus.ask_coder", needs=""),
    Act("font_size", "settings", "menus.ask_font_size", needs=""),
)
