"""The values-fit map in the app: the organisation values editor and the interactive map.

`open_values_map(window)` and `open_org_values(window)` are what the main window's actions
call; each keeps one window per main window and brings it forward when asked again."""

from __future__ import annotations


def open_org_values(window):
    from workbench.ui.values_map.editor import OrgValuesEditor

    if window.session is None:
        return None
    editor = getattr(window, "_org_values_editor", None)
    if editor is None or editor.session is not window.session:
        editor = OrgValuesEditor(window.session, window)
        window._org_values_editor = editor
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


def open_values_map(window):
    from workbench.ui.values_map.window import ValuesMapWindow

    if window.session is None:
        return None
    view = getattr(window, "_values_map", None)
    if view is None or view.session is not window.session:
        view = ValuesMapWindow(window.session, window)
        view.jumpRequested.connect(window.jump_to)
        view.editValuesRequested.connect(lambda: open_org_values(window))
        if hasattr(window, "show_message"):
            view.message.connect(window.show_message)
        window._values_map = view
    view.show()
    view.raise_()
    view.activateWindow()
    return view
