"""The stative pattern file as lookup tables, and ``Found``, what every extractor yields.

Every extractor reads its words from ``data/statives/patterns.yaml`` through ``lexicon()`` (loaded once), and
yields a ``Found``: parties, kind, sign and the token that stated it. ``extract`` turns a ``Found`` into a record.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from detente.data import schemas
from detente.nlp.memo import per_token
from detente.records import ActorRef


@dataclass(frozen=True)
class Lexicon:
    """The stative pattern file as lookup tables."""

    nouns: dict[str, schemas.RelationWords]
    adjectives: dict[str, schemas.RelationWords]
    hyphens: dict[str, schemas.RelationWords]
    label_nouns: frozenset[str]
    label_modifiers: frozenset[str]
    group_nouns: frozenset[str]
    label_verbs: frozenset[str]
    called_labels: frozenset[str]
    called_groups: frozenset[str]
    label_lists: schemas.LabelWords
    membership: dict[str, str]
    membership_preps: dict[str, tuple[str, ...]]
    membership_ends: frozenset[str]
    membership_named: frozenset[str]
    membership_body_first: frozenset[str]
    membership_join_in: frozenset[str]
    membership_coalition: frozenset[str]
    membership_bare: frozenset[str]
    membership_objects: dict[str, frozenset[str]]
    copulas: frozenset[str]
    ties: schemas.TiesWords
    holding_verbs: frozenset[str]
    label_acts: frozenset[str]
    owned: dict[str, schemas.RelationWords]
    relative_verbs: dict[str, schemas.RelationWords]
    ending_verbs: frozenset[str]
    mediation: schemas.MediationWords
    body_nouns: frozenset[str]
    coalition_nouns: frozenset[str]
    rosters: schemas.RosterWords
    allegiance: schemas.AllegianceWords
    ongoing_hostility: schemas.OngoingHostilityWords
    force_deeds: schemas.ForceDeedWords
    support: schemas.SupportWords
    cooperation: schemas.CooperationWords
    pro_state: frozenset[str]
    referents: schemas.ReferentWords
    quantifiers: frozenset[str]
    foremost: frozenset[str]
    picks: frozenset[str]
    relative_possessives: frozenset[str]
    negating_prefixes: frozenset[str]
    member_country_roles: frozenset[str]
    member_roles: frozenset[str]
    likeness_preps: frozenset[str]
    fellows: frozenset[str]


@cache
def lexicon() -> Lexicon:
    data: schemas.StativePatternsFile = schemas.load("statives/patterns.yaml")  # type: ignore[assignment]

    def index(entries: list[schemas.RelationWords]) -> dict[str, schemas.RelationWords]:
        return {w.lower(): e for e in entries for w in e.words}

    return Lexicon(
        nouns=index(data.relation_nouns),
        adjectives=index(data.relation_adjectives),
        hyphens=index(data.hyphen_participles),
        label_nouns=frozenset(w.lower() for w in data.labels.nouns),
        label_modifiers=frozenset(w.lower() for w in data.labels.modifiers),
        group_nouns=frozenset(w.lower() for w in data.labels.group_nouns),
        label_verbs=frozenset(w.lower() for w in data.labels.verbs),
        called_labels=frozenset(w.lower() for w in data.labels.called),
        called_groups=frozenset(w.lower() for w in data.labels.called_groups),
        label_lists=data.labels,
        membership={w.lower(): m.sign for m in data.membership_verbs for w in m.words},
        membership_preps={w.lower(): tuple(m.preps) for m in data.membership_verbs for w in m.words},
        membership_ends=frozenset(w.lower() for m in data.membership_verbs if m.ends for w in m.words),
        membership_named=frozenset(w.lower() for m in data.membership_verbs if m.named_after for w in m.words),
        membership_body_first=frozenset(w.lower() for m in data.membership_verbs if m.body_first for w in m.words),
        membership_join_in=frozenset(w.lower() for m in data.membership_verbs if m.join_in for w in m.words),
        membership_coalition=frozenset(w.lower() for m in data.membership_verbs if m.coalition for w in m.words),
        membership_bare=frozenset(w.lower() for m in data.membership_verbs if m.bare for w in m.words),
        membership_objects={
            w.lower(): frozenset(m.objects) for m in data.membership_verbs for w in m.words if m.objects
        },
        copulas=frozenset(data.copulas),
        ties=data.ties,
        holding_verbs=frozenset(w.lower() for w in data.ties.holding),
        label_acts=frozenset(data.label_acts),
        owned=index(data.owned_relations),
        relative_verbs=index(data.relative_verbs),
        ending_verbs=frozenset(data.ending_verbs),
        mediation=data.mediation,
        body_nouns=frozenset(data.body_nouns),
        coalition_nouns=frozenset(data.coalition_nouns),
        rosters=data.rosters,
        allegiance=data.allegiance,
        ongoing_hostility=data.ongoing_hostility,
        force_deeds=data.force_deeds,
        support=data.support,
        cooperation=data.cooperation,
        pro_state=frozenset(w.lower() for w in data.pro_state),
        referents=data.referents,
        quantifiers=frozenset(data.quantifiers),
        foremost=frozenset(data.foremost),
        picks=frozenset(data.quantifiers) | frozenset(data.picks),
        relative_possessives=frozenset(w.lower() for w in data.relative_possessives),
        negating_prefixes=frozenset(w.lower() for w in data.negating_prefixes),
        member_country_roles=frozenset(data.member_country_roles),
        member_roles=frozenset(data.member_roles),
        likeness_preps=frozenset(data.likeness_preps),
        fellows=frozenset(data.fellows),
    )


@dataclass
class Found:
    """One stative before it becomes a record: parties, kind and the words that stated it."""

    source: ActorRef | None
    target: ActorRef
    kind: str
    sign: str
    rule: str
    trigger: Token
    attributed: ActorRef | None = None
    attributed_text: str | None = None
    ends: bool = False  # an ending ("no longer backs"): closes the relation of this kind and sign, is none itself


KEYS_KEY = "detente_stative_keys"


def keys_of(tok: Token) -> tuple[str, ...]:
    """Keys a noun may be listed under: 'arms supplier' before 'supplier', as written and by lemma; a word the
    tokenizer split at its hyphen ('go-between' as 'go', '-', 'between') by the whole word first.

    The keys depend on the doc's words alone, so they are made once per token and doc: the extractors ask for the
    same nouns' keys again (42,581 asks for 15,753 words in 100 real articles)."""
    return per_token(KEYS_KEY, tok, _keys_of)


def _keys_of(tok: Token) -> tuple[str, ...]:
    keys = []
    doc = tok.doc
    if tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        keys.append(f"{doc[tok.i - 2].lower_}-{tok.lower_}")
    if tok.i > 0:
        prev = tok.doc[tok.i - 1]
        keys += [f"{prev.lower_} {tok.lower_}", f"{prev.lower_} {tok.lemma_.lower()}"]
    return (*keys, tok.lower_, tok.lemma_.lower())


def lookup(tok: Token, table: dict[str, schemas.RelationWords]) -> schemas.RelationWords | None:
    for key in keys_of(tok):
        if key in table:
            return table[key]
    return None
