"""Friction told as plain facts: effort, waiting, broken promises and sudden costs.

"Ik heb drie keer gebeld", "pas na zes weken kwam er antwoord", "they said they'd call back
but never did": no word in them is negative, the combination is. Each pattern pairs a marker
(repetition, duration, delay, a promise, a sudden change) with what it is about (contacting,
waiting, explaining; a breach; money) in the same sentence; a marker alone stays neutral
("we zijn al twintig jaar klant"). Words are matched on their lower-case form or lookup lemma.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from workbench.nlp.pipeline import Sentence


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class _Words:
    counts: frozenset[str]  # "drie" (keer), "several" (times)
    times: frozenset[str]  # "keer", "times"
    units: frozenset[str]  # dagen, weeks… (not years: "twenty years a customer" is loyalty)
    repeat: frozenset[str]  # opnieuw, again…
    delay: frozenset[str]  # pas, finally…
    still: frozenset[str]  # "nog steeds", "still": the second word of a delay pair, or alone
    contact: frozenset[str]  # calling, mailing, waiting, explaining, hearing back
    response: frozenset[str]  # an answer that did not come is the complaint itself
    fast: frozenset[str]  # "binnen twee dagen", "within an hour": speed, not friction
    self_: frozenset[str]
    must: frozenset[str]  # past tense: what the speaker had to do, not what someone should do
    me: frozenset[str]
    promise: frozenset[str]
    contrast: frozenset[str]
    sudden: frozenset[str]
    money: frozenset[str]

    @cached_property
    def markers(self) -> frozenset[str]:
        """Words without which no pattern can match."""
        return self.times | self.units | self.repeat | self.delay | self.still | self.self_ | self.promise \
            | self.sudden


WORDS = {
    "nl": _Words(
        counts=_set("twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig honderd "
                    "meerdere verschillende zoveel talloze tig ettelijke paar diverse"),
        times=_set("keer maal keren"),
        units=_set("minuut minuten kwartier uur uren dag dagen werkdag werkdagen week weken maand maanden"),
        repeat=_set("opnieuw nogmaals telkens wederom steeds weer"),
        delay=_set("pas eindelijk"),
        still=_set("steeds altijd"),
        contact=_set("bellen gebeld belde belden bel terugbellen teruggebeld mailen gemaild mailde mail "
                     "e-mail mailtje mailtjes chatten gechat chat appen geappt schrijven geschreven brief "
                     "contact klantenservice helpdesk klantendienst servicedesk wachten gewacht wachtte "
                     "wacht langs langsgaan formulier invullen ingevuld uitleggen uitgelegd sturen gestuurd "
                     "opgestuurd reactie antwoord bericht gehoord horen reageren gereageerd melden gemeld "
                     "ticket monteur aanvraag aangevraagd doorverbonden opgenomen opnemen terugkoppeling lijn "
                     "inloggen ingelogd uitgelogd wachtwoord uploaden aanleveren aangeleverd documenten "
                     "papieren kopie"),
        response=_set("reactie antwoord bericht gehoord teruggebeld terugkoppeling gereageerd opgenomen"),
        fast=_set("binnen slechts over"),
        self_=_set("zelf"),
        must=_set("moest moesten"),
        me=_set("ik we wij"),
        promise=_set("beloofd beloofde beloven belooft toegezegd afgesproken gegarandeerd garantie verzekerd"),
        contrast=_set("maar toch echter"),
        sudden=_set("ineens opeens plotseling plots zomaar onverwacht onaangekondigd"),
        money=_set("kosten bedrag rekening factuur prijs premie euro € hoger duurder extra afgeschreven "
                   "betalen betaald abonnement tarief incasso maandbedrag"),
    ),
    "en": _Words(
        counts=_set("two three four five six seven eight nine ten twelve twenty several multiple numerous "
                    "countless many dozen"),
        times=_set("times time"),
        units=_set("minute minutes hour hours day days week weeks month months"),
        repeat=_set("again repeatedly kept twice"),
        delay=_set("finally until"),
        still=_set("still"),
        contact=_set("call called calling phone phoned ring rang email emailed mail wrote write chat "
                     "chatted contact support helpdesk service wait waited waiting hold queue explain "
                     "explained form fill filled send sent reply response answer heard hear ticket agent "
                     "engineer technician report reported transferred chase chased line log logged login "
                     "password upload uploaded documents paperwork resend"),
        response=_set("reply response answer heard back"),
        fast=_set("within only just in"),
        self_=_set("myself ourselves"),
        must=_set("had"),
        me=_set("i we"),
        promise=_set("promised promise guaranteed assured supposed agreed"),
        contrast=_set("but yet however"),
        sudden=_set("suddenly unexpectedly unannounced"),
        money=_set("cost costs charge charged charges bill invoice price fee fees premium pounds euros dollars "
                   "£ $ € higher extra pay paid debited subscription rate tariff"),
    ),
}


@dataclass(frozen=True, slots=True)
class Friction:
    weight: float
    words: str  # the words that made it, as written


def find(s: Sentence, language: str, negators: frozenset[str]) -> list[Friction]:
    """Friction patterns in one sentence, strongest first."""
    w = WORDS.get(language, WORDS["en"])
    # Most sentences hold no marker at all: one set test each (the run must stay fast).
    if w.markers.isdisjoint(s.lemmas) and w.markers.isdisjoint(x.lower() for x in s.words):
        return []
    lower = [x.lower() for x in s.words]
    forms = [(lo, le) for lo, le in zip(lower, s.lemmas, strict=True)]

    def where(words: frozenset[str]) -> list[int]:
        return [i for i, (lo, le) in enumerate(forms) if lo in words or le in words]

    contact = where(w.contact)
    out: list[Friction] = []
    # Contact that is itself negated ("ik hoefde niet te bellen") is no effort; a response
    # that did not come ("geen antwoord", "never heard back") is.
    live = [i for i in contact if not s.negated[i] or lower[i] in w.response or s.lemmas[i] in w.response]
    marker = _repetition(lower, w) or _duration(lower, w) or _delay(lower, w)
    if marker is not None and live:
        weight = 0.6 if marker[1] != "delay" else 0.5
        out.append(Friction(weight, _words(s, marker[0], live[0])))
    must, self_ = where(w.must), where(w.self_)
    if must and self_ and not s.negated[must[0]] and w.me.intersection(lower[max(0, must[0] - 3):must[0] + 3]):
        out.append(Friction(0.55, _words(s, must[0], self_[0])))
    promise = where(w.promise)
    if promise:
        p = promise[0]
        after = lower[p + 1:]
        breach = any(x in negators or x.endswith("n't") for x in after) or bool(w.contrast.intersection(after))
        if breach:
            out.append(Friction(0.6, _words(s, p, len(lower) - 1)))
    sudden, money = where(w.sudden), where(w.money)
    if sudden and money:
        out.append(Friction(0.6, _words(s, sudden[0], money[0])))
    return sorted(out, key=lambda f: -f.weight)


def _repetition(lower: list[str], w: _Words) -> tuple[int, str] | None:
    for i, x in enumerate(lower):
        if x in w.times and i and (lower[i - 1] in w.counts or lower[i - 1].isdigit()):
            return i - 1, "repeat"
        if x in w.repeat:
            return i, "repeat"
    return None


def _duration(lower: list[str], w: _Words) -> tuple[int, str] | None:
    for i, x in enumerate(lower):
        if x in w.units and i and (lower[i - 1] in w.counts or lower[i - 1].isdigit()
                                   or lower[i - 1] in ("een", "a", "an", "anderhalf", "half")):
            if not any(lower[j] in w.fast for j in range(max(0, i - 3), i)):
                return i - 1, "duration"
    return None


def _delay(lower: list[str], w: _Words) -> tuple[int, str] | None:
    for i, x in enumerate(lower):
        if x in w.delay or (x in w.still and (x == "still" or (i and lower[i - 1] == "nog"))):
            return i, "delay"
    return None


def _words(s: Sentence, a: int, b: int) -> str:
    first, last = min(a, b), max(a, b)
    if last - first > 6:  # the two ends, not the whole sentence
        return f"{s.words[first]} … {s.words[last]}"
    return s.words_text(first, last + 1)
