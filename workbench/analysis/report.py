"""Every analysis in one dictionary (what `workbench stats --json` prints).

Sections are computed from one read of the project. A section is a function of the dataset
and the options; another analysis joins by adding one entry to SECTIONS.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.analysis.agreement import agreement
from workbench.analysis.cooccurrence import cooccurrence
from workbench.analysis.dataset import Dataset, Filter, load
from workbench.analysis.frequencies import frequencies
from workbench.analysis.matrix import code_by_attribute, code_by_participant
from workbench.analysis.saturation import saturation
from workbench.analysis.values_fit import values_fit_section


@dataclass
class Options:
    mode: str = "overlap"  # co-occurrence unit
    base_size: int = 4
    run_length: int = 2
    threshold: float = 0.05
    coder_a: str | None = None
    coder_b: str | None = None
    min_overlap: float = 0.9


def grouping_attributes(data: Dataset) -> list[str]:
    """Attributes that split the participants into groups: more than one value, and not a
    different value for everyone (a date or a name groups nothing)."""
    values: dict[str, list[str]] = {}
    people = data.participants
    for key in people:
        for name, value in data.attributes_of(key).items():
            if value is not None:
                values.setdefault(name, []).append(str(value))
    return [name for name, vals in values.items() if 1 < len(set(vals)) < len(vals)]


def _matrix(data: Dataset, options: Options) -> dict:
    return {"participants": code_by_participant(data).as_dict(),
            "attributes": {name: code_by_attribute(data, name).as_dict() for name in grouping_attributes(data)}}


def _agreement(data: Dataset, options: Options) -> dict:
    result = agreement(data, options.coder_a, options.coder_b, min_overlap=options.min_overlap)
    return result.as_dict() if result else {}


SECTIONS = {
    "frequencies": lambda data, o: [row.as_dict() for row in frequencies(data)],
    "matrix": _matrix,
    "cooccurrence": lambda data, o: cooccurrence(data, o.mode).as_dict(),
    "saturation": lambda data, o: saturation(data, base_size=o.base_size, run_length=o.run_length,
                                             threshold=o.threshold).as_dict(),
    "agreement": _agreement,
    "values_fit": lambda data, o: values_fit_section(data),
}


def stats(project, flt: Filter | None = None, options: Options | None = None, progress=None) -> dict:
    data = load(project, flt)
    options = options or Options()
    out = {"filter": {"where": {k: sorted(v) for k, v in (flt.where if flt else {}).items()},
                      "codes": [data.path(c) for c in (flt.code_ids or [])] if flt else [],
                      "coder": flt.coder if flt else None},
           "participants": len(data.participants), "documents": len(data.documents),
           "codings": len(data.codings)}
    for i, (name, section) in enumerate(SECTIONS.items()):
        out[name] = section(data, options)
        if progress:
            progress(i + 1, len(SECTIONS))
    return out
