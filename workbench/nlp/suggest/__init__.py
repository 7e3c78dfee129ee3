"""Assisted coding: offline suggestions with reasons (DESIGN §4), reviewed by the researcher."""

from workbench.nlp.suggest.engine import THRESHOLDS, compute
from workbench.nlp.suggest.model import DocInput, SuggestInput, Suggestion

__all__ = ["THRESHOLDS", "DocInput", "SuggestInput", "Suggestion", "compute"]
