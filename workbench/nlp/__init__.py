"""Language tools: language guess, sentence split, indicator and cue matching."""
