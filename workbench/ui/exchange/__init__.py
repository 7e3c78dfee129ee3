"""REFI-QDA project exchange in the app: File → Export / Import REFI-QDA project."""

from workbench.ui.exchange.qdpx_actions import export_project, import_project
from workbench.ui.exchange.report_dialog import QdpxReportDialog

__all__ = ["QdpxReportDialog", "export_project", "import_project"]
