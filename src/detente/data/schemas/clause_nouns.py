"""Schema of clauses.yaml's words that find an event noun's parties where its own clause does not name them: an
earlier event it tells again (``remention:``), the one doer of the article's earlier deeds (``implied_doer:``), the
participle clause describing it (``noun_participles:``) and its doer's 'by' phrase (``by_bridge:``). Split out of
clauses.py, which keeps ClausesFile and re-exports these names.
"""

from __future__ import annotations

from pydantic import Field

from detente.data.schemas.base import _Strict


class Remention(_Strict):
    """A definite event noun naming no party ("the attack", "the talks") is a re-mention of an event the article
    coded before: it takes that event's parties when exactly one earlier event fits (``events/remention.py``)."""

    enabled: bool = Field(default=False, description="whether re-mentions are coded at all (on since s24)")
    determiners: list[str] = Field(
        default_factory=list, description="determiners that make an event noun a re-mention ('the', 'these')"
    )
    window: int = Field(default=0, ge=0, description="how many sentences back an antecedent may be (0: any)")
    deps: list[str] = Field(
        default_factory=list,
        description="the noun's own roles that state the event ('the strikes killed', 'the talks were held'); others "
        "only refer to it ('ahead of the visit', 'defend the sanctions')",
    )
    preps: list[str] = Field(
        default_factory=list,
        description="prepositions of a verb whose object states the event ('killed in the attack')",
    )
    same_word: bool = Field(
        default=False, description="an antecedent must have the noun's own lemma ('the strikes' after 'air strikes')"
    )
    roots: list[str] = Field(default_factory=list, description="CAMEO roots whose nouns may re-mention (empty: all)")
    perfect_aux: list[str] = Field(
        default_factory=list,
        description="auxiliaries of 'unreported_aux' that a passive still reports the deed with ('the strikes have "
        "been carried out')",
    )
    date_owner_deps: list[str] = Field(
        default_factory=list,
        description="roles of a date word before an event noun with no determiner that make it name a told event as "
        "'the' does ('Monday's strikes', 'Friday's fighting'; the corpus often drops the apostrophe: 'Mondays')",
    )
    loose_modifiers: list[str] = Field(
        default_factory=list,
        description="words of degree or time before an event noun that name no party and no other kind of deed ('the "
        "heavy shelling', 'the fresh strikes'): a noun with only these leaves the earlier event re-mentioned; any "
        "other word ('coalition', 'rocket', 'retaliatory', 'the 2015 strikes') keeps it from that",
    )
    bare_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots whose event nouns with no determiner and no owner ('Air strikes killed 12', "
        "'were killed in clashes') may re-mention the one earlier event of their root (empty: none)",
    )
    bare_one_way: bool = Field(
        default=False,
        description="whether a bare noun of a one-way pattern of 'bare_roots' ('air strikes on the town') re-mentions "
        "when its sentence names what was hit; two-way nouns ('clashes', 'heavy fighting') of those roots re-mention "
        "the one earlier two-way event of their root whatever this says",
    )
    toll_verbs: list[str] = Field(
        default_factory=list,
        description="verbs of a toll whose 'in' makes a bare two-way noun the fighting itself ('were killed in "
        "clashes', 'died in fighting'), told of both sides, not a deed of one side during it",
    )
    side_preps: list[str] = Field(
        default_factory=list,
        description="prepositions whose object under a bare two-way noun names a side ('clashes with regime troops', "
        "'fighting between rebels and the army'): the noun then has parties of its own and re-mentions nothing",
    )
    rival_window: int = Field(
        default=0,
        description="sentences back in which another doer of the roots ('rival_roots') leaves a mention unresolved "
        "(the window bounds only where the antecedent stands)",
    )
    rival_roots: list[str] = Field(
        default_factory=list, description="CAMEO roots whose other doers compete for a mention (empty: its own root)"
    )
    timing_verbs: list[str] = Field(
        default_factory=list,
        description="verbs whose event subject is only set in time against something else ('the strikes came as "
        "rebels prepared'): the sentence is about the other thing, and states the event again only when it names "
        "the event's own target",
    )
    unreported_aux: list[str] = Field(
        default_factory=list,
        description="auxiliaries of the noun's verb that make the clause no report of the event: a modal says what "
        "it will do ('the assault will end the occupation'), an active perfect a consequence that stands ('the "
        "blockade has caused shortages'; a passive 'have been carried out' still reports it)",
    )


class ImpliedDoer(_Strict):
    """A deed of force whose clause names no doer ("were killed in air strikes on X", "X was shelled") takes the doer
    of the article's earlier events of its root, when they have exactly one (``events/implied.py``)."""

    enabled: bool = Field(default=False, description="whether an unnamed doer is read from the earlier events")
    roots: list[str] = Field(default_factory=list, description="CAMEO roots whose doer may be implied")
    window: int = Field(default=0, ge=0, description="how many sentences back an earlier event may be (0: any)")


class NounParticiples(_Strict):
    """'an attack launched by al-Nusra against army posts', 'air strikes conducted by the coalition', 'sorties
    targeting ISIL positions': an event noun whose parties sit in the participle clause that describes it
    (events/candidates.py, ``noun_participle_parties``)."""

    enabled: bool = Field(default=True, description="read the noun's participle clause for its slots at all")
    aiming_verbs: list[str] = Field(
        default_factory=list,
        description="'an attack targeting a wedding party': verbs of aiming whose object, in a present participle "
        "describing an event noun, is the noun's target",
    )
    doing_verbs: list[str] = Field(
        default_factory=list,
        description="'an attack launched by X', 'shells fired by Y': participles of doing, whose 'by' phrase names "
        "the doer of the noun they describe; a participle of another verb ('reported by', 'witnessed by', 'claimed "
        "by') names no doer. A two-word entry is the verb and its particle ('carry out')",
    )


class ByBridge(_Strict):
    """'an attack by rebel units on the Zahra quarter': an event noun's phrase hung on its doer's object."""

    agent: str = Field(default="by", description="the preposition naming an event noun's doer")
    not_bridged: list[str] = Field(
        default_factory=list,
        description="prepositions never read through the doer's phrase: the noun's own complement ('of'), a place "
        "('in'), the doer's word itself",
    )
