"""The system as of a date: contributions in a window, weighted by age, aggregated into relations.

A contribution dated ``age`` days before ``as_of`` weighs ``0.5 ** (age / half_life)``: with the default
half-life (``half_life_days`` in ``data/statives/events.yaml``, 30 days) a month-old event counts half as
much as today's, so as ``as_of`` moves on, old ties fade and a relation whose recent evidence has the other
sign flips. A relation is (source, target, kind); its sign is the sign of its weighted evidence.

An ending ("Turkey no longer backs the rebels", "Britain left the EU") is not evidence of either sign: it closes
the relation as of its date. Evidence dated on or before the article's ending no longer counts; evidence after it
forms the relation anew. A closed relation is not among the view's relations but among its ``ended`` ones, with
the ending last in its evidence, as long as the ending is inside the window.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import replace

from pydantic import BaseModel, Field

from detente.system.contributions import ENDING, ORGANS, SYMMETRIC_KINDS, Contribution

WINDOW = re.compile(r"^\s*(\d+)\s*([dwmy]?)\s*$")
UNIT_DAYS = {"d": 1, "": 1, "w": 7, "m": 30, "y": 365}


def parse_days(text: str | int | float | None) -> int | None:
    """'90d', '12w', '6m', '1y' or a number of days; None or 'all' for no limit."""
    if text is None or (isinstance(text, str) and text.strip().lower() in ("all", "none", "")):
        return None
    if isinstance(text, (int, float)):
        return int(text)
    m = WINDOW.match(text.lower())
    if not m:
        raise ValueError(f"{text!r} is not a duration; use e.g. 90d, 12w, 6m, 1y or all")
    return int(m.group(1)) * UNIT_DAYS[m.group(2)]


def slider_dates(as_of: dt.date, frames: int, step: str) -> list[dt.date]:
    """The earlier dates of a time slider ending at ``as_of``, oldest first: ``frames - 1`` dates ``step`` apart
    (a step of no days, '0d' or 'all', is 15 days)."""
    days = parse_days(step) or 15
    return [as_of - dt.timedelta(days=days * k) for k in range(max(frames, 1) - 1, 0, -1)]


class EvidenceItem(BaseModel):
    article_id: str
    date: dt.date | None
    origin: str = Field(description="event, stative, or ending (what closed the relation)")
    origin_id: str
    sentence_index: int
    sentence: str
    start: int
    end: int
    rule: str
    trigger: str | None
    sign: str
    attributed_to: str | None
    weight: float = Field(description="the contribution's weight after decay")


class Relation(BaseModel):
    source: str | None = Field(description="actor code; null for a label the author makes")
    target: str
    kind: str
    sign: str
    weight: float = Field(description="sum of the decayed weights of its evidence (each event or stative is 1)")
    events: int = Field(description="events among the evidence")
    statives: int = Field(description="stative statements among the evidence")
    goldstein: float = Field(description="sum of the Goldstein scores of its events")
    first_seen: dt.date
    last_seen: dt.date
    attributed_to: str | None = Field(description="null when the author asserts any of it; else who did")
    evidence: list[EvidenceItem]
    ended_on: dt.date | None = Field(default=None, description="the date of the ending that closed it; null: standing")


class Actor(BaseModel):
    code: str
    name: str
    country: str | None
    bloc: int | None = None


class Triad(BaseModel):
    actors: list[str]
    signs: list[str] = Field(description="signs of the three ties, in the order a-b, b-c, a-c")
    relations: list[list[str]] = Field(description="the (source, target, kind) behind each tie")


class Balance(BaseModel):
    index: float | None = Field(description="balanced triads / all signed triads; null without triads")
    triads: int
    unbalanced: list[Triad]


class SystemView(BaseModel):
    as_of: dt.date
    window: str
    half_life_days: float
    actors: list[Actor]
    relations: list[Relation]
    ended: list[Relation] = Field(
        default_factory=list, description="relations an ending inside the window closed; not among ``relations``"
    )
    bridges: list[str] = Field(default_factory=list, description="actors with positive ties into several blocs")
    balance: Balance | None = None


def _country(code: str | None) -> str | None:
    if not code or code[:3] in ("IGO", "NGO", "IMG"):
        return None
    return code[:3]


STATE_ROLES = {"", *ORGANS}  # the state itself and its own organs


def state_of(code: str | None, name: str | None) -> tuple[str | None, str | None]:
    """'IRNGOV', 'IRNMIL' and 'IRN' are all Iran, the state; rebels, opposition, parties and people stay apart."""
    if code is None or code[:3] in ("IGO", "NGO", "IMG") or code[3:] not in STATE_ROLES:
        return code, name
    from detente.data import gazetteer

    info = gazetteer().countries.get(code[:3])
    return code[:3], info.name if info else name


def merged_states(contributions: list[Contribution]) -> list[Contribution]:
    """The contributions with every state organ folded into its country; ties inside a state disappear."""
    out = []
    for c in contributions:
        source, source_name = state_of(c.source_code, c.source_name)
        target, target_name = state_of(c.target_code, c.target_name)
        if source == target:
            continue
        out.append(replace(c, source_code=source, source_name=source_name, target_code=target, target_name=target_name))
    return out


def aggregate(
    contributions: list[Contribution], as_of: dt.date, window_days: int | None, half_life_days: float
) -> tuple[list[Relation], dict[str, str]]:
    """Relations (heaviest first) and actor names from the contributions inside the window."""
    relations, _, names = standing(contributions, as_of, window_days, half_life_days)
    return relations, names


def standing(
    contributions: list[Contribution], as_of: dt.date, window_days: int | None, half_life_days: float
) -> tuple[list[Relation], list[Relation], dict[str, str]]:
    """Relations standing as of the date (heaviest first), relations an ending inside the window closed, and
    actor names, from the contributions inside the window."""
    start = as_of - dt.timedelta(days=window_days) if window_days is not None else None
    groups: dict[tuple, list[tuple[Contribution, float]]] = defaultdict(list)
    endings: dict[tuple, list[tuple[Contribution, float]]] = defaultdict(list)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for c in contributions:
        if c.date is None or c.date > as_of or (start is not None and c.date <= start):
            continue
        w = 0.5 ** ((as_of - c.date).days / half_life_days)
        if c.origin == ENDING:
            for key in _closes(c):
                endings[key].append((c, w))
            continue
        groups[(c.source_code, c.target_code, c.kind)].append((c, w))
        if c.source_code and c.source_name:
            names[c.source_code][c.source_name] += 1
        names[c.target_code][c.target_name] += 1
    relations: list[Relation] = []
    ended: list[Relation] = []
    for key, items in groups.items():
        closing = endings.get(key, [])
        last = max((c.date for c, _ in closing if c.date is not None), default=None)
        if last is None:
            relations.append(_relation(key, items))
            continue
        closed = [cw for cw in items if cw[0].date is not None and cw[0].date <= last]
        after = [cw for cw in items if cw[0].date is not None and cw[0].date > last]
        if closed:
            ended.append(_relation(key, closed, closing, ended_on=last))
        if after:
            relations.append(_relation(key, after))
    for found in (relations, ended):
        found.sort(key=lambda r: (-r.weight, r.kind, r.source or "", r.target))
    return relations, ended, {code: _name_of(code, n) for code, n in names.items()}


def _name_of(code: str, names: Counter[str]) -> str:
    """An actor's name in a view: the one name its evidence gives it, or, when a country-and-role code stands for
    several ("USABUS" for two companies), the code's own reading ("United States business"), not the commonest
    one: a table that names every US company after one of them misleads."""
    if len(names) == 1 or code[:3] in ("IGO", "NGO", "IMG") or len(code) != 6:
        return names.most_common(1)[0][0]
    from detente.actors.roles import country_actor
    from detente.data import gazetteer, roles_file

    if code[:3] not in gazetteer().countries or code[3:] not in roles_file().role_names:
        return names.most_common(1)[0][0]
    return country_actor(code[:3], code[3:], "").name


def _closes(ending: Contribution) -> list[tuple]:
    """The relations an ending closes: its own, and for a kind without direction the same pair both ways
    ('Israel is no longer an ally of Turkey' ends Turkey's alliance with Israel too)."""
    keys = [(ending.source_code, ending.target_code, ending.kind)]
    if ending.kind in SYMMETRIC_KINDS and ending.source_code is not None:
        keys.append((ending.target_code, ending.source_code, ending.kind))
    return keys


def _relation(
    key: tuple,
    items: list[tuple[Contribution, float]],
    endings: list[tuple[Contribution, float]] | None = None,
    ended_on: dt.date | None = None,
) -> Relation:
    """One relation from its evidence; a closed one keeps the endings after its evidence."""
    items.sort(key=lambda cw: (cw[0].date, cw[0].article_id, cw[0].sentence_index))
    closing = sorted(endings or [], key=lambda cw: (cw[0].date, cw[0].article_id, cw[0].sentence_index))
    net = sum(w if c.sign == "+" else -w for c, w in items)
    sign = "+" if net > 0 else "-" if net < 0 else items[-1][0].sign
    asserted = [c.attributed_to for c, _ in items]
    attributed = None if any(a is None for a in asserted) else Counter(asserted).most_common(1)[0][0]
    dates = [c.date for c, _ in items if c.date is not None]
    return Relation(
        source=key[0],
        target=key[1],
        kind=key[2],
        sign=sign,
        weight=sum(w for _, w in items),
        events=sum(1 for c, _ in items if c.origin == "event"),
        statives=sum(1 for c, _ in items if c.origin == "stative"),
        goldstein=round(sum(c.goldstein or 0.0 for c, _ in items), 2),
        first_seen=min(dates),
        last_seen=max(dates),
        attributed_to=attributed,
        evidence=[
            EvidenceItem(
                article_id=c.article_id,
                date=c.date,
                origin=c.origin,
                origin_id=c.origin_id,
                sentence_index=c.sentence_index,
                sentence=c.sentence,
                start=c.evidence_start,
                end=c.evidence_end,
                rule=c.rule,
                trigger=c.trigger,
                sign=c.sign,
                attributed_to=c.attributed_to,
                weight=w,
            )
            for c, w in [*items, *closing]
        ],
        ended_on=ended_on,
    )


def actors_of(relations: list[Relation], names: dict[str, str]) -> list[Actor]:
    codes = sorted({r.target for r in relations} | {r.source for r in relations if r.source})
    return [Actor(code=c, name=names.get(c, c), country=_country(c)) for c in codes]
