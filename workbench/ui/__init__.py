"""ui"""

from workbench.ui import qt_translations  # noqa: F401  (Qt's buttons follow the UI language)
