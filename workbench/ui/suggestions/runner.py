"""Run the suggestion sources in the background: read the project here, compute in a worker
(QThreadPool, progress dialog with Cancel), store the result here. The project connection
never leaves the UI thread."""

from __future__ import annotations

from workbench.i18n import tr
from workbench.nlp.suggest import compute
from workbench.nlp.suggest.storage import SaveResult, gather, save
from workbench.ui.workers import run_with_progress


def run_suggestions(parent, session, document_ids: list[int] | None = None,
                    include_interviewer: bool = False) -> SaveResult | None:
    """None when cancelled or failed (a failure is shown by the worker's dialog)."""
    project = session.project
    inp = gather(project, document_ids, include_interviewer)
    suggestions = run_with_progress(parent, tr("sg.panel.running"), compute, inp)
    if suggestions is None:
        return None
    return save(project, suggestions, [d.id for d in inp.documents])
