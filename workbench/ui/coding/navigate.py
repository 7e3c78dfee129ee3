"""Keyboard navigation between codings: next/previous in the document, or next/previous
coding of one code across the documents (in document order, wrapping around)."""

from __future__ import annotations


def step_in_document(codings, offset: int, forward: bool):
    """The coding starting after (or before) the cursor offset, wrapping; None when there are none."""
    ordered = sorted(codings, key=lambda c: (c.start, c.end, c.id))
    if not ordered:
        return None
    if forward:
        return next((c for c in ordered if c.start > offset), ordered[0])
    return next((c for c in reversed(ordered) if c.start < offset), ordered[-1])


def step_across(codings, doc_order: dict[int, int], document_id: int | None, offset: int,
                forward: bool):
    """Like step_in_document over codings of several documents, ordered by document order."""
    def key(c):
        return doc_order.get(c.document_id, 0), c.start, c.end, c.id

    ordered = sorted(codings, key=key)
    if not ordered:
        return None
    here = (doc_order.get(document_id, 0), offset)
    if forward:
        return next((c for c in ordered if key(c)[:2] > here), ordered[0])
    return next((c for c in reversed(ordered) if key(c)[:2] < here), ordered[-1])
