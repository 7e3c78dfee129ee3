"""The Analysis area: frequencies, matrix, co-occurrence, saturation and agreement views, the
Excel summary export and merging another coder's project. Widgets only show what
`workbench.analysis` computes."""
