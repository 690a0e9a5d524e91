"""Roles from head nouns and titles, and country + role actors.

"forces" is MIL, "deputy foreign minister" GOV, "commandos" MIL, "students" EDU: the table is
``roles.yaml`` (the one source of truth for role codes, their names and the groups of roles the
resolver reasons with). The longest title that ends at the head wins.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from detente.actors.phrases import PHRASES_KEY, lemma_in
from detente.data import gazetteer, role_nouns, roles_file
from detente.nlp.memo import kept, per_doc
from detente.records import ActorRef

ROLES_KEY = "detente_head_roles"


@cache
def role_group(name: str) -> frozenset[str]:
    """A group of role codes named in ``roles.yaml`` (``domestic``, ``local``, ``authority``, ``home``, ``armed``)."""
    return frozenset(roles_file().role_groups.get(name, []))


def role_name(role: str | None) -> str:
    return roles_file().role_names.get(role or "", role or "")


def head_role(head: Token, tokens: list[Token]) -> str | None:
    """Role from the longest title that ends at the head ("deputy foreign minister" before "minister"). Asked of a
    head's whole phrase (``phrase_tokens``), the answer is kept on the doc: resolution asks it again and again."""
    if tokens is not kept(PHRASES_KEY, head.doc, {}).get(head.i):
        return _head_role(head, tokens)  # a part of the phrase, or other words
    roles = per_doc(ROLES_KEY, head.doc)
    if head.i not in roles:
        roles[head.i] = _head_role(head, tokens)
    return roles[head.i]


def _head_role(head: Token, tokens: list[Token]) -> str | None:
    table = role_nouns()
    left = [t for t in tokens if t.i < head.i and t.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    words = [t.lower_ for t in left]
    heads = {head.lemma_.lower(), head.lower_}
    if head.lower_.endswith("s") and head.ent_type_ != "PERSON":  # "Nunes" is a name, not "nuns"
        heads.add(head.lower_[:-1])  # "Protesters" opening a sentence is read as a name: no lemma
        if head.lower_.endswith("es"):
            heads.add(head.lower_[:-2])
    for n in range(min(3, len(words)), -1, -1):
        prefix = tuple(words[len(words) - n :]) if n else ()
        titled = any(table.get((h,)) for h in heads)
        if not prefix and titled and lemma_in(head, roles_file().speaks_for_nouns):
            # "an Israeli army spokeswoman", "a police spokesperson": one who speaks for a body named before the noun
            # speaks as that body, when no longer title ("army spokesman") has said so already; a noun with no role of
            # its own ("government attorneys") gains none here (s19-levels)
            body = next((r for k in (2, 1) if len(words) >= k and (r := table.get(tuple(words[-k:])))), None)
            if body is not None:
                return body
        for h in heads:
            role = table.get((*prefix, h))
            if role == "MIL" and not prefix and any(table.get((w,)) in ("REB", "OPP") for w in words):
                return "REB"  # "opposition forces", "insurgent troops": armed men of a side that is not the state's
            if role:
                return role
    return None


def body_role(head: Token, tokens: list[Token]) -> str | None:
    """'electoral commission' GOV, 'ethics committee' LEG: the role of a body no dictionary has, from its head noun and
    the words before it (``body_nouns`` in roles.yaml; the longest that ends at the head wins)."""
    table = roles_file().body_nouns
    before = [t for t in tokens if t.i < head.i and t.dep_ in ("compound", "amod", "nmod")]
    words = [t.lower_ for t in before]
    for n in range(min(2, len(words)), -1, -1):
        for h in (head.lower_, head.lemma_.lower()):
            role = table.get(" ".join([*words[len(words) - n :], h]))
            if role:
                # "a Syrian aid agency", "a Chinese shipping agency": a word the key does not hold that says the
                # body is not the state's (body_not_state_words) leaves the phrase unresolved
                rest = before[: len(before) - n]
                not_state = roles_file().body_not_state_words
                return None if any(t.lower_ in not_state for t in rest) else role
    return None


def title_role(head: Token, tokens: list[Token]) -> str | None:
    """'Indian Prime Minister Narendra Modi': the role of the title before a name we do not know."""
    table = role_nouns()
    short = roles_file().title_abbreviations  # "Sen. Jeff Flake" is "Senator Jeff Flake"
    words = [
        short.get(t.lower_, t.lower_)
        for t in tokens
        if t.i < head.i and t.dep_ in ("compound", "amod", "nmod") and t.text != "-"
    ]
    title = [short.get(t.lower_, t.lower_) for t in tokens if t.i < head.i and t.ent_type_ != "PERSON" and t.is_alpha]
    if title and title[-1] in roles_file().candidate_nouns:
        return None  # "Senate candidate X" seeks a seat and holds none: the party decides (parties.candidate_party)
    # "Defense Ministry spokesman Maj. Gen. X": a spokesman speaks as the body he speaks for, whatever his rank
    spokes = [i + 1 for i, w in enumerate(words) if w in roles_file().speaks_for_nouns]
    ends = [*spokes[-1:], *range(len(words), 0, -1)]
    for end in ends:
        for n in (3, 2, 1):
            if end - n < 0:
                continue
            role = table.get(tuple(words[end - n : end]))
            if role:
                return role
    return None


def title_ends_at_name(head: Token, tokens: list[Token]) -> bool:
    """'Judge Timothy Kelly', 'Inspector General John Roth': the title right before the name gives its role, not
    a word further left ("head chef X" is no head of anything; ``title_role`` also reads a rank's spokesman)."""
    table = role_nouns()
    short = roles_file().title_abbreviations
    words = [short.get(t.lower_, t.lower_) for t in tokens if t.i < head.i and t.ent_type_ != "PERSON" and t.is_alpha]
    return any(table.get(tuple(words[-n:])) for n in (3, 2, 1) if len(words) >= n)


def country_actor(code: str, role: str | None, text: str) -> ActorRef:
    """A country (or region) with a role: IRN + GOV is IRNGOV, 'Iran government'."""
    g = gazetteer()
    info = g.countries.get(code)
    name = info.name if info else g.regions.get(code, code)
    if role:
        name = f"{name} {role_name(role)}"
    return ActorRef(code=code + (role or ""), name=name, text=text, country=code, role=role)
