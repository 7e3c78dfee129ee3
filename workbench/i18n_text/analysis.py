"""Analysis views, the Excel summary and merging another coder's project."""

EN = {
    "cmd.merge_project": "Merge codings of '{name}'",
}

NL = {
    "cmd.merge_project": "Coderingen van '{name}' samenvoegen",
}
