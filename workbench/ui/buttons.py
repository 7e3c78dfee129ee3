"""Standard dialog buttons in the UI language (Qt's own translations may not be installed)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from workbench.i18n import tr

_KEYS = {
    QDialogButtonBox.StandardButton.Ok: "buttons.ok",
    QDialogButtonBox.StandardButton.Cancel: "buttons.cancel",
    QDialogButtonBox.StandardButton.Close: "buttons.close",
}


def button_box(*buttons: QDialogButtonBox.StandardButton, ok_text: str | None = None) -> QDialogButtonBox:
    flags = QDialogButtonBox.StandardButton.NoButton
    for button in buttons:
        flags |= button
    box = QDialogButtonBox(flags)
    for button in buttons:
        box.button(button).setText(tr(_KEYS[button]))
    if ok_text is not None and QDialogButtonBox.StandardButton.Ok in buttons:
        box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    return box


OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel
CLOSE = QDialogButtonBox.StandardButton.Close
