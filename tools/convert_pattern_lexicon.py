"""Convert the Pattern Dutch adjective lexicon (De Smedt & Daelemans, PDDL) into the TSV the
suggestion engine reads: one line per word form, polarity averaged over its senses as Pattern
itself does, with subjectivity and Pattern's intensity (a multiplier for modifiers).

    python tools/convert_pattern_lexicon.py ../shared/lexicons/nl-sentiment.pattern.xml \
        resources/lexicons/sentiment.nl.tsv
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import defaultdict


def convert(xml_path: str, out_path: str) -> int:
    senses: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for word in ET.parse(xml_path).getroot().iter("word"):
        form = (word.get("form") or "").strip().lower()
        if not form:
            continue
        senses[form].append((float(word.get("polarity") or 0), float(word.get("subjectivity") or 0),
                             float(word.get("intensity") or 1)))
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Dutch adjective polarity, converted from the Pattern sentiment lexicon by Tom De Smedt\n"
                  "# and Walter Daelemans (CLiPS, University of Antwerp), public domain (PDDL).\n"
                  "# form<TAB>polarity -1..1<TAB>subjectivity 0..1<TAB>intensity\n")
        for form in sorted(senses):
            rows = senses[form]
            n = len(rows)
            pol, subj, inten = (sum(r[i] for r in rows) / n for i in range(3))
            out.write(f"{form}\t{pol:.3f}\t{subj:.3f}\t{inten:.2f}\n")
    return len(senses)


if __name__ == "__main__":
    print(convert(sys.argv[1], sys.argv[2]), "forms")
