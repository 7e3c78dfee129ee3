"""Export a project's codebook to a file and import a codebook file into a project.

Formats, chosen by the file's suffix:

- ``.yaml`` / ``.yml``: the app's own coding-scheme format (``coding_schemes/README.md``);
- ``.qdc``: a REFI-QDA Codebook 1.0 (ATLAS.ti, NVivo, MAXQDA, QualCoder, Taguette …);
- import only: ``.qdpx`` (a REFI-QDA project archive) and ``.qde`` (its XML): their codebook.

An import returns an :class:`~workbench.core.commands.ApplyCodeTree` command; the caller
applies it (``cmd.apply(project)`` or through the undo stack). It merges by path, so importing
the same codebook twice adds nothing the second time.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.commands import ApplyCodeTree, Command
from workbench.core.commands.codes import MAX_CODE_DEPTH
from workbench.exchange.errors import ExchangeError
from workbench.exchange.qdc import read_qdc, write_qdc
from workbench.schemes import Scheme, SchemeError, load_scheme_file, save_scheme_file
from workbench.schemes.specs import scheme_from_project, scheme_specs

YAML_SUFFIXES = (".yaml", ".yml")
QDA_SUFFIXES = (".qdc", ".qdpx", ".qde")
EXPORT_SUFFIXES = (*YAML_SUFFIXES, ".qdc")
IMPORT_SUFFIXES = (*YAML_SUFFIXES, *QDA_SUFFIXES)


def _unknown_suffix(path: Path, allowed: tuple[str, ...]) -> ExchangeError:
    what = f"'{path.suffix}'" if path.suffix else "no extension"
    return ExchangeError(path, "exchange.err.unknown_format", what=what, allowed=", ".join(allowed))


def export_codebook(project, path: str | Path, name: str | None = None) -> Path:
    """Write the project's codebook to ``path`` (format by suffix) and return the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise _unknown_suffix(path, EXPORT_SUFFIXES)
    depth = _tree_depth(project)
    if depth > MAX_CODE_DEPTH:  # only a project made deep by an older version gets here
        raise ExchangeError(path, "exchange.err.too_deep", depth=depth, max=MAX_CODE_DEPTH)
    scheme = scheme_from_project(project, name or path.stem or "codebook")
    if suffix == ".qdc":
        return write_qdc(scheme, path, project.language)
    try:
        return save_scheme_file(scheme, path)
    except OSError as exc:
        path.with_name(path.name + ".tmp").unlink(missing_ok=True)
        raise ExchangeError(path, "exchange.err.cannot_write", reason=exc.strerror or str(exc)) from None


def _tree_depth(project) -> int:
    depth: dict[int, int] = {}
    for code in project.codes():  # parents come before their children
        depth[code.id] = depth.get(code.parent_id, 0) + 1
    return max(depth.values(), default=0)


def read_codebook(path: str | Path, lang: str = "nl") -> Scheme:
    """Read a codebook file of any supported format as a Scheme."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        try:
            return load_scheme_file(path)
        except SchemeError as exc:
            raise ExchangeError(path, exc.problem_msg, message=exc.msg) from None
    if suffix in QDA_SUFFIXES:
        return read_qdc(path, lang)
    raise _unknown_suffix(path, IMPORT_SUFFIXES)


def import_codebook(project, path: str | Path) -> Command:
    """A command that adds the codes of the codebook file at ``path`` to ``project``."""
    lang = project.language
    scheme = read_codebook(path, lang)
    title = scheme.title_in(lang) if scheme.title else scheme.name
    return ApplyCodeTree(scheme_specs(scheme, lang), title)
