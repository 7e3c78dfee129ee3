"""Undoable commands (DESIGN §3): `command.apply(project)` returns the inverse command."""

from workbench.core.commands.base import Command, CommandError, Patch
from workbench.core.commands.code_path import CodeAtPath
from workbench.core.commands.codes import (
    AddCode,
    ApplyCodeTree,
    ChangeCode,
    DeleteCode,
    MergeCodes,
    MoveCode,
)
from workbench.core.commands.codings import (
    AddCoding,
    AddCodings,
    ChangeCoding,
    NewCoding,
    RemoveCodings,
)
from workbench.core.commands.compound import Compound, combine
from workbench.core.commands.document_edits import RedetectTurns, RenameDocument, RenameSpeaker
from workbench.core.commands.documents import (
    AddCase,
    AddDocument,
    RemoveDocument,
    RenameCase,
    SetAttribute,
    SetDocumentCase,
    SetMemo,
    SetSpeakerRole,
    sha256_text,
)
from workbench.core.commands.org_values import (
    AddOrgValue,
    ChangeOrgValue,
    DeleteOrgValue,
    ImportOrgValues,
    MoveOrgValue,
    SetOrgValueLinks,
)
from workbench.core.commands.suggestions import AcceptSuggestions, RejectSuggestions, ReopenSuggestions

__all__ = [
    "AcceptSuggestions",
    "AddCase",
    "AddCode",
    "AddCoding",
    "AddCodings",
    "AddDocument",
    "ApplyCodeTree",
    "ChangeCode",
    "ChangeCoding",
    "CodeAtPath",
    "Command",
    "CommandError",
    "Compound",
    "DeleteCode",
    "MergeCodes",
    "MoveCode",
    "NewCoding",
    "Patch",
    "RedetectTurns",
    "RejectSuggestions",
    "RemoveCodings",
    "RemoveDocument",
    "RenameCase",
    "RenameDocument",
    "RenameSpeaker",
    "ReopenSuggestions",
    "SetAttribute",
    "SetDocumentCase",
    "SetMemo",
    "SetSpeakerRole",
    "combine",
    "sha256_text",
]
__all__ += ["AddOrgValue", "ChangeOrgValue", "DeleteOrgValue", "ImportOrgValues", "MoveOrgValue", "SetOrgValueLinks"]
