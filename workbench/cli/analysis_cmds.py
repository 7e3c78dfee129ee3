"""CLI: `workbench stats` (every analysis, text or JSON) and `workbench merge` (another coder's file)."""

from __future__ import annotations

import sys
from pathlib import Path

from workbench.cli.output import emit_json, text_progress


def add_filter_arguments(p) -> None:
    p.add_argument("--where", action="append", default=[], metavar="ATTR=VALUE",
                   help="only participants with this attribute value (repeat an attribute for either value)")
    p.add_argument("--coder", help="only this coder's codings")
    p.add_argument("--codes", nargs="+", default=[], metavar="PATH", help="only these codes and their sub-codes")


def add_parsers(sub) -> None:
    p = sub.add_parser("stats", help="frequencies, matrices, co-occurrence, saturation, agreement")
    p.add_argument("project")
    add_filter_arguments(p)
    p.add_argument("--mode", choices=["overlap", "turn"], default="overlap", help="co-occurrence unit")
    p.add_argument("--base", type=int, default=4, help="saturation base size (interviews)")
    p.add_argument("--run", dest="run_length", type=int, default=2, help="saturation run length (interviews)")
    p.add_argument("--threshold", type=float, default=5.0, help="new-information threshold in %%")
    p.add_argument("--coders", nargs=2, metavar=("A", "B"), help="the two coders to compare")
    p.add_argument("--min-overlap", type=float, default=90.0, help="segment match overlap in %%")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_stats)

    p = sub.add_parser("merge", help="merge the codings of another project file (matched by document text)")
    p.add_argument("project")
    p.add_argument("other")
    p.add_argument("--as-coder", default="", metavar="NAME",
                   help="coder name for the other file's codings that have none (default: its file name)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_merge)


def _check_range(value: float, name: str, low: float, high: float) -> None:
    from workbench.cli.main import CliError

    if not low <= value <= high:
        raise CliError(f"{name} must be between {low:g} and {high:g}")


def cmd_stats(args) -> int:
    from workbench.analysis.dataset import Filter
    from workbench.analysis.report import Options, stats
    from workbench.cli.project_cmds import opened

    _check_range(args.threshold, "--threshold", 0, 100)
    _check_range(args.min_overlap, "--min-overlap", 1, 100)
    _check_range(args.base, "--base", 1, 10_000)
    _check_range(args.run_length, "--run", 1, 10_000)
    with opened(args.project, read_only=True) as project:
        flt = Filter.parse(project, args.where, args.codes, args.coder)
        coders = args.coders or (None, None)
        options = Options(args.mode, args.base, args.run_length, args.threshold / 100, coders[0], coders[1],
                          args.min_overlap / 100)
        result = stats(project, flt, options, progress=text_progress("analysing"))
    if args.json:
        emit_json(result)
    else:
        print_stats(Path(args.project).stem, result)
    return 0


def _pct(value) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def print_stats(name: str, r: dict) -> None:
    filt = r["filter"]
    parts = [f"{k} = {' / '.join(v)}" for k, v in filt["where"].items()]
    parts += [f"codes: {', '.join(filt['codes'])}"] if filt["codes"] else []
    parts += [f"coder = {filt['coder']}"] if filt["coder"] else []
    print(f"{name}: {r['participants']} participants, {r['documents']} documents, {r['codings']} codings"
          + (f" ({'; '.join(parts)})" if parts else ""))
    print("\nFrequencies (sub-codes included)")
    rows = [f for f in r["frequencies"] if f["segments"]]
    width = max((len(f["path"].split("/")[-1]) + 2 * f["depth"] for f in rows), default=10) + 2
    print(f"{'code'.ljust(width)}{'segments':>9}{'people':>8}{'share':>7}{'words':>8}")
    for f in rows:
        label = "  " * f["depth"] + f["path"].split("/")[-1]
        print(f"{label.ljust(width)}{f['segments']:>9}{f['participants']:>8}{_pct(f['share']):>7}{f['words']:>8}")
    sat = r["saturation"]
    print(f"\nSaturation (base {sat['base_size']}, run {sat['run_length']}, ≤ {sat['threshold'] * 100:g} %): "
          f"{sat['label']}")
    print("  new codes per interview: " + ", ".join(
        f"{doc} {n}" for doc, n in zip(sat["order"], sat["new_codes"], strict=True)))
    co = r["cooccurrence"]
    print(f"\nCo-occurrence ({co['mode']}), most frequent pairs")
    for pair in co["pairs"][:10]:
        print(f"  {pair['count']:>4}  J {pair['jaccard']:.2f}  {pair['a']} × {pair['b']}")
    if not co["pairs"]:
        print("  none")
    ag = r["agreement"]
    if ag:
        o = ag["overall"]
        kappa = "–" if o["kappa"] is None else f"{o['kappa']:.2f}"
        alpha = "–" if o["alpha"] is None else f"{o['alpha']:.2f}"
        seg = "–" if o["segment_agreement"] is None else f"{o['segment_agreement']:.0f} %"
        print(f"\nAgreement {ag['coder_a']} × {ag['coder_b']} on {len(ag['documents'])} document(s): "
              f"{o['percent_agreement']:.1f} % of characters, kappa {kappa}, segments {seg} "
              f"(overlap ≥ {ag['min_overlap'] * 100:g} %), alpha {alpha}")
    else:
        print("\nAgreement: no two coders coded the same document")
    print_values_fit(r.get("values_fit") or {})


def print_values_fit(vf: dict) -> None:
    """The values-fit map as text (export the picture with `workbench export map`)."""
    if not vf.get("points"):
        print("\nValues fit: no value codes coded yet")
        return
    par = vf["parameters"]
    print(f"\nValues fit (weight {par['weight']:g}, {par['rule']}, threshold {_pct(par['threshold'])})")
    width = max(len(p["code"]) for p in vf["points"]) + 2
    for p in vf["points"]:
        delivery = "–" if p["delivery"] is None else f"{p['delivery']:+.2f}"
        claimed = ", ".join(p["claimed_by"]) or "-"
        print(f"  {p['code'].ljust(width)}{_pct(p['importance']):>6}{delivery:>7}  "
              f"{(p['quadrant'] or 'no evidence').replace('_', ' '):<14} {claimed}")
    print("  blind spots: " + (", ".join(vf["blind_spots"]) or "none"))
    print("  unsupported claims: " + (", ".join(c["name"] for c in vf["unsupported_claims"]) or "none"))


def cmd_merge(args) -> int:
    from workbench.cli.project_cmds import opened
    from workbench.core.commands.merge import MergeProject
    from workbench.store.merge_source import read_merge_source

    with opened(args.project) as project:
        source = read_merge_source(args.other, into=project)
        command = MergeProject(source, args.as_coder or Path(args.other).stem)
        command.apply(project)
        report = command.report
    if args.json:
        emit_json(report.as_dict())
        return 0
    print(f"merged {report.codings_added} coding(s) from {Path(args.other).name} into {Path(args.project).name}")
    for coder, n in sorted(report.coders.items()):
        print(f"  {n} by {coder or '(no coder)'}")
    if report.codings_present:
        print(f"  {report.codings_present} already present, not doubled")
    print(f"documents matched: {len(report.documents_matched)}")
    for name in report.documents_missing:
        print(f"  not in this project (text differs or missing): {name}", file=sys.stderr)
    for path in report.codes_created:
        print(f"new code: {path}")
    return 0


