"""Synthetic corpus: N interviews × W words of Dutch-like spoken text with speaker turns."""

from __future__ import annotations

import random

_WORDS = (
    "ik je het de een en dat is niet maar ook wel gewoon eigenlijk nou ja eh hm weet dus toen "
    "klantenservice energie rekening factuur maand voorschot app bellen wachten doorverbonden "
    "medewerker levering pakket bank retour geld terug snel duidelijk eerlijk vertrouwen zorgen "
    "prijs contract meterstand zonnepanelen verhuizing afspraak bezorger schade excuus mail "
    "vervelend prettig fijn boos blij verrast teleurgesteld natuurlijk vanzelfsprekend altijd "
    "nooit soms vaak drie keer twee weken gisteren toen vorig jaar café één€ ooit kinderen "
    "werk thuis avond ochtend geregeld opgelost uitgelegd beloofd gebeld gestuurd gewacht"
).split()
_QUESTIONS = ["Hoe ging dat?", "Wat bedoel je daarmee?", "Waarom is dat belangrijk voor je?",
              "Kun je een voorbeeld geven?", "Wat had je verwacht?", "Hoe voelde dat?"]


def interview(seed: int, words: int) -> str:
    """One transcript of about `words` words, alternating interviewer and respondent."""
    rng = random.Random(seed)
    name = rng.choice(["Marieke", "Henk", "Fatima", "Joost", "Anna", "Ahmed", "Emma", "Daan"])
    parts, count = [], 0
    while count < words:
        q = rng.choice(_QUESTIONS)
        parts.append(f"Interviewer: {q}")
        n = rng.randint(40, 160)
        sentence = []
        for i in range(n):
            w = rng.choice(_WORDS)
            sentence.append(w.capitalize() if i == 0 or sentence[-1].endswith(".") else w)
            if rng.random() < 0.08:
                sentence[-1] += rng.choice([".", ",", "?"])
        parts.append(f"{name}: {' '.join(sentence)}.")
        count += n + len(q.split()) + 2
    return "\n\n".join(parts) + "\n"


def write_corpus(folder, n: int, words: int, suffix: str = ".txt") -> list:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"interview_{i:04d}{suffix}"
        path.write_text(interview(i, words), encoding="utf-8")
        paths.append(path)
    return paths
