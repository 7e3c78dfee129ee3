"""Coding schemes: load, validate and save the YAML files in ``coding_schemes/``.

Pure Python (no Qt), so the CLI and the tests use it headless.
"""

from .errors import SchemeError
from .loader import (
    builtin_scheme_names,
    dump_scheme,
    load_builtin,
    load_scheme_file,
    load_scheme_text,
    save_scheme_file,
    scheme_from_dict,
    scheme_to_dict,
    schemes_dir,
)
from .model import (
    DEFAULT_KIND,
    FORMAT_VERSION,
    KINDS,
    LANGUAGES,
    TEXT_FIELDS,
    Scheme,
    SchemeCode,
)
from .specs import scheme_from_project, scheme_specs

DEFAULT_SCHEME = "klantbeleving"

__all__ = [
    "DEFAULT_KIND",
    "DEFAULT_SCHEME",
    "FORMAT_VERSION",
    "KINDS",
    "LANGUAGES",
    "TEXT_FIELDS",
    "Scheme",
    "SchemeCode",
    "SchemeError",
    "builtin_scheme_names",
    "dump_scheme",
    "load_builtin",
    "load_scheme_file",
    "load_scheme_text",
    "save_scheme_file",
    "scheme_from_dict",
    "scheme_from_project",
    "scheme_specs",
    "scheme_to_dict",
    "schemes_dir",
]
