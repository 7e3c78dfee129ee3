"""The codebook: dock with the code tree, the codebook-entry editor, scheme and merge dialogs."""

from workbench.ui.codebook.dock import CodebookDock
from workbench.ui.codebook.editor import CodeEditorDialog
from workbench.ui.codebook.scheme_dialog import SchemeDialog

__all__ = ["CodeEditorDialog", "CodebookDock", "SchemeDialog"]
