"""Speaker-turn detection on plain text lines, shared by the text, docx, odt, rtf and pdf readers.

Input is normalised text (see common.normalise). Output is the clean transcript — one paragraph
per turn, ``Speaker: utterance``, a blank line between turns, timestamps moved out of the text
into ``time_ms`` — and one ImportedTurn per paragraph whose span covers the whole paragraph,
label included.

Recognised speaker markers (a line at a time, compiled regexes, linear in the text):
- ``Name: text`` (also ``Name :``, ``**Name:**``, ``Name<TAB>text`` from table rows);
- markdown bold labels without a colon: ``**Name** text``, ``__Name__ text``, and ``**Name**``
  or ``__Name__`` on a line of its own;
- a speaker on its own line: ``### Name`` (markdown), ``NAME`` (all caps), ``Name  0:03``
  (transcription services), or a name line followed by a time line;
- timestamps ``[00:01:23]``, ``(01:23)``, ``00:01:23.450``, ``0:03`` before or after the label.

One speaker written two ways ("Interviewer1" and "Interviewer 1") is one speaker, named as
first written. A label counts as a speaker when it starts ≥ 2 lines, is a known interviewer/respondent label,
or every text line carries a label — so "Let op: …" inside a turn stays text. Bare timestamps
(no brackets) are only taken as timestamps when ≥ 2 lines use them, so "10:30 ging ik" is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from workbench.importers.base import ImportedTurn

# --- regex building blocks -------------------------------------------------------------------

_T = r"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?"


def _ts(name: str, bare: bool) -> str:
    bracketed = rf"[\[(][ \t]*(?P<{name}>{_T})[ \t]*[\])]"
    if not bare:
        return f"(?:{bracketed})"
    return rf"(?:{bracketed}|(?P<{name}_bare>{_T})(?![\d:]))"


_WORD = r"[^\W_]+\.?"
_NAME = rf"[^\W\d_][^\W_]*\.?(?:[ '’\-]{_WORD}){{0,4}}(?:[ ]?\([^()\n:]{{1,30}}\))?"
_EM = r"(?:\*\*|__)?"


def _inline(bare: bool) -> re.Pattern[str]:
    return re.compile(
        rf"^[ \t]*(?:{_ts('lead', bare)}[ \t]*(?:[-–][ \t]*)?)?"
        rf"{_EM}(?P<label>{_NAME}){_EM}[ \t]*(?:{_ts('mid', bare)}[ \t]*)?"
        rf"(?:(?P<colon>:){_EM}(?=\s|$|[\[(])|(?P<tab>\t))"
        rf"[ \t]*(?:{_ts('post', bare)}(?=\s|$)[ \t]*)?"
        r"(?P<rest>.*)$"
    )


def _own(bare: bool) -> re.Pattern[str]:
    return re.compile(
        rf"^[ \t]*(?P<hash>#{{1,6}}[ \t]+)?{_EM}(?P<label>{_NAME}){_EM}[ \t]*(?P<colon>:)?"
        rf"(?:[ \t]+(?:[-–|][ \t]*)?{_ts('own', bare)})?[ \t]*$"
    )


def _lead(bare: bool) -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*{_ts('lead', bare)}[ \t]*(?:[-–][ \t]*)?(?P<rest>\S.*)$")


def _bold(bare: bool) -> re.Pattern[str]:
    """Markdown bold label without a colon: ``**Name** text`` / ``__Name__ text``."""
    return re.compile(
        rf"^[ \t]*(?:{_ts('lead', bare)}[ \t]*(?:[-–][ \t]*)?)?"
        rf"(?P<em>\*\*|__)(?P<label>{_NAME})(?P=em)[ \t]+(?:{_ts('post', bare)}[ \t]*)?(?P<rest>\S.*)$"
    )


_INLINE = {True: _inline(True), False: _inline(False)}
_BOLD = {True: _bold(True), False: _bold(False)}
_OWN = {True: _own(True), False: _own(False)}
_LEAD = {True: _lead(True), False: _lead(False)}
_TIME_ONLY = re.compile(
    rf"^[ \t]*[\[(]?[ \t]*(?P<t>{_T})[ \t]*[\])]?"
    rf"(?:[ \t]*(?:-->|[-–])[ \t]*[\[(]?[ \t]*{_T}[ \t]*[\])]?)?[ \t]*$"
)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+")
_KEY_TRIM = re.compile(r"[\s.]*\d*[\s.]*$")
_PAREN = re.compile(r"\s*\(.*\)\s*$")
_SPACES = re.compile(r"\s+")

_INTERVIEWER = {
    "interviewer",
    "int",
    "i",
    "q",
    "iv",
    "moderator",
    "mod",
    "onderzoeker",
    "interviewster",
    "vraag",
    "vraagsteller",
    "question",
    "researcher",
    "facilitator",
    "gespreksleider",
}
_RESPONDENT = {
    "r",
    "a",
    "p",
    "respondent",
    "resp",
    "participant",
    "interviewee",
    "geïnterviewde",
    "geinterviewde",
    "deelnemer",
    "antwoord",
    "answer",
    "klant",
    "customer",
}

# line kinds
_BLANK, _TEXT, _TIME, _LABEL = 0, 1, 2, 3


def time_to_ms(stamp: str) -> int:
    """'01:02:03.450' / '1:23' / '00:00:01,5' → milliseconds."""
    main, _, frac = stamp.replace(",", ".").partition(".")
    total = 0
    for part in main.split(":"):
        total = total * 60 + int(part)
    return total * 1000 + (int((frac + "00")[:3]) if frac else 0)


_DIGIT_GAP = re.compile(r"(?<=[^\W\d_])\s+(?=\d)")


@lru_cache(maxsize=4096)
def _key(label: str) -> str:
    """One key per speaker however the label is written: "Interviewer 1" and "Interviewer1",
    "**Anna**" and "Anna", "ANNA" and "Anna" are one speaker."""
    key = _SPACES.sub(" ", label.replace("*", "").replace("_", " ")).strip(" :").casefold()
    return _DIGIT_GAP.sub("", key)


def _display(label: str) -> str:
    return _SPACES.sub(" ", label.replace("*", "").replace("__", "")).strip(" :")


@lru_cache(maxsize=4096)
def known_role(speaker: str) -> str | None:
    """Role implied by a conventional label (Interviewer, I, Q, R, Respondent, …), else None."""
    key = _KEY_TRIM.sub("", _PAREN.sub("", speaker.casefold())).strip()
    if key in _INTERVIEWER:
        return "interviewer"
    if key in _RESPONDENT:
        return "respondent"
    return None


def _stamp(m: re.Match[str], names: Iterable[str]) -> tuple[int | None, bool]:
    groups = m.groupdict()
    for name in names:
        if groups.get(name):
            return time_to_ms(groups[name]), False
        if groups.get(name + "_bare"):
            return time_to_ms(groups[name + "_bare"]), True
    return None, False


def _classify(line: str, bare: bool, markdown: bool) -> tuple:
    """(kind, label, time_ms, rest, used_bare, own_style) for one line."""
    stripped = line.strip()
    if not stripped:
        return (_BLANK, None, None, "", False, None)
    first = stripped[0]
    short = len(stripped) <= 64
    if short and (first.isdigit() or first in "[("):
        m = _TIME_ONLY.match(line)
        if m:
            return (_TIME, None, time_to_ms(m["t"]), "", False, None)
    if short:
        m = _OWN[bare].match(line)
        if m and (m["hash"] is None or markdown):
            ms, used = _stamp(m, ("own",))
            label = m["label"]
            if m["hash"]:
                style = "head" + m["hash"].strip()
            elif stripped.startswith(("**", "__")) and stripped.rstrip(": \t").endswith(("**", "__")):
                style = "bold"  # **Name** or __Name__ on a line of its own
            elif m["colon"]:
                style = "colon"
            elif ms is not None:
                style = "time"
            elif label.isupper() and sum(c.isalpha() for c in label) >= 2:
                style = "caps"
            else:
                style = "plain"
            return (_LABEL, label, ms, "", used, style)
    head = line[:96]
    if "**" in head or "__" in head:
        m = _BOLD[bare].match(line)
        if m:
            ms, used = _stamp(m, ("lead", "post"))
            return (_LABEL, m["label"], ms, m["rest"].strip(), used, "bold")
    if ":" in head or "\t" in head:
        m = _INLINE[bare].match(line)
        if m:
            ms, used = _stamp(m, ("lead", "mid", "post"))
            style = "tab" if m["tab"] else "inline"
            return (_LABEL, m["label"], ms, m["rest"].strip(), used, style)
    if first.isdigit() or first in "[(":
        m = _LEAD[bare].match(line)
        if m:
            ms, used = _stamp(m, ("lead",))
            return (_TEXT, None, ms, m["rest"].strip(), used, "lead")
    return (_TEXT, None, None, stripped, False, None)


class TurnBuilder:
    """Accumulates paragraphs into the clean text and turn spans (offsets stay exact)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.turns: list[ImportedTurn] = []
        self.pos = 0

    def add(self, speaker: str, lines: Sequence[str], time_ms: int | None, role: str = "") -> None:
        body = "\n".join(line for line in lines if line)
        if not body:
            return
        para = f"{speaker}: {body}" if speaker else body
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        self.parts.append(para)
        self.turns.append(ImportedTurn(self.pos, self.pos + len(para), speaker, role, time_ms))
        self.pos += len(para)

    def finish(self) -> tuple[str, list[ImportedTurn]]:
        text = "".join(self.parts)
        roles = guess_roles(self.turns, text)
        for turn in self.turns:
            if not turn.role:
                turn.role = roles.get(turn.speaker, "respondent")
        return text, self.turns


def detect_turns(text: str, *, markdown: bool = False) -> tuple[str, list[ImportedTurn]]:
    """Split normalised text into turns; returns (clean text, turns with roles guessed)."""
    lines = text.split("\n")
    rows = [_classify(line, True, markdown) for line in lines]
    if sum(1 for r in rows if r[4]) < 2:  # a single bare time is more likely content
        rows = [_classify(line, False, markdown) if r[4] else r for line, r in zip(lines, rows, strict=True)]

    # Which own-line names really are speakers: plain names only when a time line follows.
    n = len(rows)
    counts: dict[str, int] = {}
    styles: dict[str, set[str]] = {}
    content_lines = candidate_lines = 0
    for i, row in enumerate(rows):
        kind, label, style = row[0], row[1], row[5]
        if kind == _LABEL and style == "plain":
            j = i + 1
            while j < n and rows[j][0] == _BLANK:
                j += 1
            if not (j < n and rows[j][0] == _TIME):
                kind = _TEXT
        if kind == _LABEL and not label[0].isupper() and known_role(label) is None:
            kind = _TEXT
        if kind == _LABEL:
            k = _key(label)
            counts[k] = counts.get(k, 0) + 1
            styles.setdefault(style, set()).add(k)
            candidate_lines += 1
        elif row[0] == _LABEL:
            rows[i] = (_TEXT, None, None, lines[i].strip(), False, None)
        if kind in (_TEXT, _LABEL):
            content_lines += 1
    if candidate_lines and candidate_lines == content_lines:
        speakers = set(counts)  # every line has a label: nothing else they could be
    else:
        speakers = {k for k, c in counts.items() if c >= 2 or known_role(k) is not None}
    # Layouts that only speaker names use: a name with its time, or a name line above a time
    # line. All-caps names and markdown headings count once the layout is proven by one
    # recurring or conventional speaker name (so a lone "INLEIDING" heading stays text).
    for style, keys in styles.items():
        if style in ("time", "plain") or (style.startswith(("caps", "head#")) and keys & speakers):
            speakers |= keys

    builder = TurnBuilder()
    if not speakers:
        _paragraphs(builder, lines, rows, markdown, role="")
        return builder.finish()

    displays: dict[str, str] = {}
    cur_speaker: str | None = None  # None: before the first speaker (preamble)
    cur_lines: list[str] = []
    cur_ms: int | None = None
    pending_ms: int | None = None
    preamble: list[tuple[str, tuple]] = []
    for line, row in zip(lines, rows, strict=True):
        kind, label, ms, rest, _bare, style = row
        if kind == _LABEL and _key(label) in speakers:
            if cur_speaker is not None:
                builder.add(cur_speaker, cur_lines, cur_ms)
            else:
                _paragraphs(
                    builder, [p[0] for p in preamble], [p[1] for p in preamble], markdown, role="other"
                )
            k = _key(label)
            cur_speaker = displays.setdefault(k, _display(label))
            cur_lines = [rest] if rest else []
            cur_ms = ms if ms is not None else pending_ms
            pending_ms = None
            continue
        if cur_speaker is None:
            preamble.append((line, row))
            continue
        if kind == _BLANK:
            continue
        if kind == _TIME:
            if cur_ms is None and not cur_lines:
                cur_ms = ms
            else:
                pending_ms = ms
            continue
        cur_lines.append(_content(line, markdown))
    if cur_speaker is not None:
        builder.add(cur_speaker, cur_lines, cur_ms)
    else:
        _paragraphs(builder, [p[0] for p in preamble], [p[1] for p in preamble], markdown, "other")
    return builder.finish()


def _content(line: str, markdown: bool) -> str:
    """A line kept as text (a non-speaker heading loses its # markers in markdown)."""
    line = line.strip()
    if markdown:
        line = _HEADING.sub("", line)
    return line


def _paragraphs(builder: TurnBuilder, lines: list[str], rows: list[tuple], markdown: bool, role: str) -> None:
    """Unmarked text: one turn per paragraph (per line when there are no blank lines)."""
    per_line = not any(r[0] == _BLANK for r in rows)
    buf: list[str] = []
    ms: int | None = None
    pending: int | None = None
    for line, (kind, _label, row_ms, rest, _bare, style) in zip(lines, rows, strict=True):
        if kind == _BLANK:
            builder.add("", buf, ms, role)
            buf, ms = [], None
            continue
        if kind == _TIME:
            if buf:
                builder.add("", buf, ms, role)
                buf, ms = [], None
            pending = row_ms
            continue
        heading = markdown and _HEADING.match(line) is not None
        if style == "lead":
            text = rest
        else:
            text = _content(line, markdown)
        if buf and (per_line or style == "lead" or heading):
            builder.add("", buf, ms, role)
            buf, ms = [], None
        if not buf:
            ms = row_ms if style == "lead" else pending
            pending = None
        buf.append(text)
        if heading:
            builder.add("", buf, ms, role)
            buf, ms = [], None
    builder.add("", buf, ms, role)


def guess_roles(turns: Sequence[ImportedTurn], text: str) -> dict[str, str]:
    """Guess interviewer / respondent / other per speaker (the UI shows and lets users change it).

    Conventional labels decide first (Interviewer, I, Q, Moderator, Onderzoeker, Vraag →
    interviewer; R, A, Respondent, Participant, Geïnterviewde → respondent). Without a known
    interviewer and with ≥ 2 speakers, the unknown speaker whose turns most often end with "?"
    is the interviewer; everyone else is a respondent. Unlabelled text is "other" next to named
    speakers, "respondent" when nobody is named.
    """
    order: list[str] = []
    asked: dict[str, int] = {}
    total: dict[str, int] = {}
    for t in turns:
        if t.speaker not in total:
            order.append(t.speaker)
            total[t.speaker] = asked[t.speaker] = 0
        total[t.speaker] += 1
        if text[t.start : t.end].rstrip().rstrip("\"'”’»)").endswith("?"):
            asked[t.speaker] += 1
    named = [s for s in order if s]
    roles: dict[str, str] = {}
    for s in named:
        role = known_role(s)
        if role:
            roles[s] = role
    unknown = [s for s in named if s not in roles]
    if unknown and len(named) >= 2 and "interviewer" not in roles.values():
        best = max(unknown, key=lambda s: (asked[s] / total[s], asked[s]))
        if asked[best]:
            roles[best] = "interviewer"
    for s in unknown:
        roles.setdefault(s, "respondent")
    if "" in total:
        roles[""] = "other" if named else "respondent"
    return roles
