"""CLI for assisted coding: `suggest` runs the suggestion sources, `suggestions` reviews them."""

from __future__ import annotations

import sys
from pathlib import Path

from workbench.cli.output import emit_json, text_progress
from workbench.cli.project_cmds import opened


def add_parsers(sub) -> None:
    p = sub.add_parser("suggest", help="suggest codings with reasons (offline; stored as pending)")
    p.add_argument("project")
    p.add_argument("--doc", action="append", metavar="NAME", help="only this document (repeatable)")
    p.add_argument("--include-interviewer", action="store_true", help="also read interviewer turns")
    p.add_argument("--min-score", type=float, default=0.0, help="only print suggestions scoring at least this")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_suggest)

    p = sub.add_parser("suggestions", help="review stored suggestions: list, accept or reject")
    p.add_argument("project")
    p.add_argument("action", choices=["list", "accept", "reject", "reopen"],
                   help="list them; accept (code the segments); reject (never suggested again); reopen "
                        "(undo a review: back to pending, removing the coding an acceptance made)")
    p.add_argument("--doc", action="append", metavar="NAME")
    p.add_argument("--min-score", type=float, default=0.0)
    p.add_argument("--kind", choices=["driver", "pain_point", "value", "expectation", "emotion", "theme"])
    p.add_argument("--code", metavar="PATH", help="only suggestions of this code")
    p.add_argument("--id", type=int, action="append", metavar="N", help="only this suggestion (repeatable)")
    p.add_argument("--status", choices=["pending", "accepted", "rejected", "all"], default="pending",
                   help="for list: which suggestions (accept and reject act on pending ones)")
    p.add_argument("--coder", default="", help="coder name for accepted codings")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_review)


def _document_ids(project, names: list[str] | None) -> list[int] | None:
    if not names:
        return None
    return [project.document_by_name(n).id for n in names]


def cmd_suggest(args) -> int:
    from workbench.nlp.suggest import compute
    from workbench.nlp.suggest.storage import gather, run, scheme_codes

    with opened(args.project) as project:
        doc_ids = _document_ids(project, args.doc)
        if project.codes():
            suggestions, saved = run(project, doc_ids, args.include_interviewer,
                                     progress=text_progress("suggesting"))
            note = f"{saved.added} new, {saved.kept} already pending, {saved.removed} withdrawn"
        else:
            # Nothing to store them against: show what the default scheme would give.
            inp = gather(project, doc_ids, args.include_interviewer)
            inp.codes = scheme_codes("klantbeleving", project.language)
            suggestions = compute(inp, progress=text_progress("suggesting"))
            note = (f"the codebook of {Path(args.project).name} is empty: these suggestions use the "
                    f"klantbeleving scheme and were not stored (workbench scheme apply {args.project} "
                    "klantbeleving, then suggest again to review them)")
    rows = [s.as_json() for s in suggestions if s.score >= args.min_score]
    if args.json:
        emit_json(rows)
    else:
        for r in rows:
            print(f"{r['score']:.2f}  {r['kind']:<11} {r['code']}  [{r['document']} {r['start']}-{r['end']}]")
            print(f"      {r['text']}")
            print(f"      {r['reason']}")
    print(note, file=sys.stderr)
    return 0


def _select(project, args) -> list:
    status = {"list": args.status, "reopen": "all"}.get(args.action, "pending")
    rows = project.suggestions(status=None if status == "all" else status, min_score=args.min_score)
    doc_ids = _document_ids(project, args.doc)
    if doc_ids is not None:
        rows = [r for r in rows if r.document_id in doc_ids]
    if args.id:
        rows = [r for r in rows if r.id in set(args.id)]
    if args.code:
        code = project.code_by_path(args.code)
        rows = [r for r in rows if r.code_id == code.id]
    if args.kind:
        kinds = {c.id: c.kind for c in project.codes()}
        rows = [r for r in rows if kinds.get(r.code_id) == args.kind]
    return rows


def _json_row(project, row, names: dict, texts: dict) -> dict:
    code = project.code(row.code_id)
    return {"id": row.id, "document": names[row.document_id], "start": row.start, "end": row.end,
            "text": texts[row.document_id][row.start:row.end], "code": project.code_path(row.code_id),
            "kind": code.kind, "score": round(row.score, 3), "reason": row.reason, "source": row.source,
            "status": row.status, "inferred": row.inferred}


def cmd_review(args) -> int:
    from workbench.core.commands import AcceptSuggestions, RejectSuggestions, ReopenSuggestions

    with opened(args.project) as project:
        rows = _select(project, args)
        docs = {d.id: d for d in project.documents(with_text=True)}
        names = {i: d.name for i, d in docs.items()}
        texts = {i: d.text for i, d in docs.items()}
        out = [_json_row(project, r, names, texts) for r in rows]
        if args.action == "accept" and rows:
            cmd = AcceptSuggestions([r.id for r in rows], coder=args.coder)
            cmd.apply(project)
            print(f"accepted {len(rows)} suggestion(s): {len(cmd.created_ids)} new coding(s)", file=sys.stderr)
        elif args.action == "reject" and rows:
            RejectSuggestions([r.id for r in rows]).apply(project)
            print(f"rejected {len(rows)} suggestion(s)", file=sys.stderr)
        elif args.action == "reopen" and rows:
            decided = [r.id for r in rows if r.status != "pending"]
            ReopenSuggestions(decided).apply(project)
            print(f"reopened {len(decided)} suggestion(s)", file=sys.stderr)
        elif args.action != "list":
            print("no suggestions matched", file=sys.stderr)
    if args.json:
        emit_json(out)
    elif args.action == "list":
        for r in out:
            flag = " (inferred)" if r["inferred"] else ""
            print(f"#{r['id']:<5} {r['score']:.2f}  {r['status']:<8} {r['code']}{flag}  [{r['document']} "
                  f"{r['start']}-{r['end']}]  {r['text'][:80]}")
    return 0
