"""What the values-fit map shows, independent of the surface it is drawn on (no Qt here).

The renderer (`map_painter`) draws a `MapModel`; the screen view, SVG, PNG, PDF and the HTML
report all build the model the same way, so what the user sees is what they export.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.i18n import tr

QUADRANT_COLOURS = {
    "core_strength": "#2E7D32",
    "critical_gap": "#C62828",
    "hidden_asset": "#1565C0",
    "low_priority": "#6D7780",
    None: "#8A8F94",
}
QUADRANT_TINTS = {
    "core_strength": "#EEF6EE",
    "critical_gap": "#FBEDEC",
    "hidden_asset": "#EDF3FA",
    "low_priority": "#F4F5F6",
}


@dataclass
class MapDot:
    key: str  # the code path: stable across runs (label positions are stored by it)
    label: str
    x: float  # importance 0..1
    y: float | None  # delivery -1..1; None: no evidence (drawn hollow at 0)
    evidence: int  # codings of the value: the dot's size
    claimed: bool
    quadrant: str | None
    blind_spot: bool = False
    tooltip: str = ""


@dataclass
class MapArrow:
    key: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class MapModel:
    dots: list[MapDot]
    threshold: float
    arrows: list[MapArrow] = field(default_factory=list)
    caption: str = ""  # e.g. the participant group ("segment = particulier · 4 participants")
    max_evidence: int = 1  # shared scale when two maps stand side by side
    median: bool = True  # the threshold is the median importance (else set by the user)
    unsupported: list[str] = field(default_factory=list)  # organisation values without evidence

    @property
    def keys(self) -> list[str]:
        return [d.key for d in self.dots]


def percent(share: float) -> str:
    return f"{round(share * 100)}%"


def signed(value: float | None) -> str:
    if value is None:
        return "–"
    text = f"{value:+.2f}".replace("-", "−")
    return text.replace(".", ",") if tr("vmap.decimal") == "," else text


def quadrant_name(quadrant: str | None) -> str:
    return tr(f"vmap.q.{quadrant or 'none'}")


def tooltip(point) -> str:
    lines = [point.name,
             tr("vmap.tip.importance", share=percent(point.importance), n=point.participants),
             tr("vmap.tip.delivery", value=signed(point.delivery), pos=point.positive, neg=point.negative),
             tr("vmap.tip.codings", n=point.codings),
             quadrant_name(point.quadrant)]
    lines.append(tr("vmap.tip.claimed", names=", ".join(point.claimed_by)) if point.claimed_by
                 else tr("vmap.tip.unclaimed"))
    return "\n".join(lines)


def caption_for(result, label: str = "") -> str:
    where = " · ".join(f"{k} = {' / '.join(v)}" for k, v in result.params.where)
    parts = [p for p in (label, where, tr("vmap.n_participants", n=result.participants)) if p]
    return " · ".join(parts)


def map_model(result, caption: str | None = None, max_evidence: int | None = None) -> MapModel:
    blind = set(result.blind_spots)
    # big dots first, so a smaller one near it is drawn on top and stays visible
    points = sorted(result.points, key=lambda p: (-p.codings, -p.importance, p.code.casefold()))
    dots = [MapDot(p.code, p.name, p.importance, p.delivery, p.codings, bool(p.claimed_by), p.quadrant,
                   p.code in blind, tooltip(p)) for p in points]
    top = max_evidence or max((d.evidence for d in dots), default=1)
    return MapModel(dots, result.threshold, caption=caption_for(result) if caption is None else caption,
                    max_evidence=max(top, 1), median=result.params.threshold is None,
                    unsupported=[c.name for c in result.unsupported_claims])


def arrows_model(before, after, caption: str = "") -> MapModel:
    """Segment A → B: dots where B stands, arrows from where A stands (values in both)."""
    model = map_model(after, caption)
    first = {p.code: p for p in before.points}
    for dot in model.dots:
        a = first.get(dot.key)
        if a is not None:
            model.arrows.append(MapArrow(dot.key, a.importance, a.delivery or 0.0, dot.x, dot.y or 0.0))
    model.max_evidence = max([model.max_evidence, *(p.codings for p in before.points)])
    return model
