"""The values-fit map in the app: the organisation values editor and the interactive map.

`ValuesMapPanel` is what the main window holds: its actions (`values_map.open_map`,
`values_map.open_editor` in the action table) open one window of each per main window, and as
a panel it closes them when the project is closed or another one is opened (they belong to
the old project) and reopens them in the new language after a language switch.
"""

from __future__ import annotations


class ValuesMapPanel:
    def __init__(self, window):
        self.window = window
        self.map = None
        self.editor = None

    # ---- actions ------------------------------------------------------------------------
    def open_map(self):
        from workbench.ui.values_map.window import ValuesMapWindow

        session = self.window.session
        if session is None:
            return None
        if self.map is None:
            self.map = ValuesMapWindow(session, self.window)
            self.map.jumpRequested.connect(self._jump)
            self.map.editValuesRequested.connect(self.open_editor)
            self.map.message.connect(self.window.show_message)
            self.map.finished.connect(lambda *_: self._forget("map"))
        self.map.show()
        self.map.raise_()
        self.map.activateWindow()
        return self.map

    def open_editor(self):
        from workbench.ui.values_map.editor import OrgValuesEditor

        session = self.window.session
        if session is None:
            return None
        if self.editor is None:
            self.editor = OrgValuesEditor(session, self.window)
            self.editor.finished.connect(lambda *_: self._forget("editor"))
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()
        return self.editor

    def _jump(self, document_id: int, start: int, end: int) -> None:
        self.window.jump_to(document_id, start, end)
        self.window.raise_()
        self.window.activateWindow()

    def _forget(self, which: str) -> None:
        widget = getattr(self, which)
        if widget is not None:
            widget.deleteLater()
        setattr(self, which, None)

    def _close(self) -> None:
        for which in ("map", "editor"):
            widget = getattr(self, which)
            if widget is not None:
                widget.close()  # closeEvent lets go of the session
                self._forget(which)

    # ---- panel protocol -----------------------------------------------------------------
    def set_session(self, session) -> None:
        self._close()

    def on_change(self, change) -> None:
        pass  # the windows follow the session themselves

    def retranslate(self) -> None:
        reopen = [w for w in ("map", "editor") if getattr(self, w) is not None and getattr(self, w).isVisible()]
        self._close()
        for which in reopen:
            self.open_map() if which == "map" else self.open_editor()
