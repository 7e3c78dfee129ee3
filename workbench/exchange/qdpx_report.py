"""What a ``.qdpx`` import made, and what it left out and why.

Reasons are translation keys (``qdpx.reason.*`` in ``i18n_text/exchange.py``) with their
arguments, so the CLI prints them in English and the app in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench.i18n import tr

COUNTS = ("documents", "codes", "codings", "cases", "attributes", "values", "memos", "coders")


@dataclass
class Skipped:
    item: str  # source | coding | case | value | note | set | graph | link
    name: str
    reason: str  # key under qdpx.reason.
    args: dict = field(default_factory=dict)
    count: int = 1  # how many items this line stands for (e.g. the codings of one PDF)

    def text(self) -> str:
        args = dict(self.args)
        if "kind" in args:  # a source kind (PDF, picture, audio, video) in the UI language
            args["kind"] = tr(f"qdpx.kind.{args['kind']}")
        return tr(f"qdpx.reason.{self.reason}", **args)

    def as_dict(self) -> dict:
        return {"item": self.item, "name": self.name, "count": self.count, "reason": self.text()}


@dataclass
class ImportReport:
    source: Path
    project: Path | None = None
    origin: str = ""
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Skipped] = field(default_factory=list)
    cancelled: bool = False

    def skip(self, item: str, name: str, reason: str, count: int = 1, **args) -> None:
        self.skipped.append(Skipped(item, name, reason, args, count))

    def warn(self, item: str, name: str, reason: str, **args) -> None:
        self.warnings.append(Skipped(item, name, reason, args))

    def skipped_count(self, item: str) -> int:
        return sum(s.count for s in self.skipped if s.item == item)

    def as_dict(self) -> dict:
        return {
            "source": str(self.source),
            "project": str(self.project) if self.project else None,
            "origin": self.origin,
            "cancelled": self.cancelled,
            "imported": dict(self.counts),
            "not_imported": [s.as_dict() for s in self.skipped],
            "warnings": [w.as_dict() for w in self.warnings],
        }

    def lines(self) -> list[str]:
        """The report as text (CLI)."""
        if self.cancelled:
            return [tr("qdpx.report.cancelled", file=self.source.name)]
        out = [tr("qdpx.report.done", file=self.source.name, project=str(self.project),
                  origin=self.origin or "?")]
        out.append("  " + ", ".join(f"{tr('qdpx.count.' + k)}: {v}" for k, v in self.counts.items()))
        if self.skipped:
            out.append(tr("qdpx.report.skipped"))
            out += [f"  - {s.name}: {s.text()}" + (f" ({s.count})" if s.count > 1 else "")
                    for s in self.skipped]
        if self.warnings:
            out.append(tr("qdpx.report.warnings"))
            out += [f"  - {w.name}: {w.text()}" for w in self.warnings]
        return out
