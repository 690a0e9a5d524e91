"""Schema of clauses.yaml's words that change what a trigger word codes: a word of force used of words
(``verbal_sense:``), of approval aimed at a guest (``guest_sense:``), of disapproval done by a weapon
(``forceful_sense:``), and the adjectives whose infinitive's act they make intended, scheduled, refused or done
(``predicate_adjectives:``). Split out of clauses.py, which keeps ClausesFile and re-exports these names.
"""

from __future__ import annotations

from pydantic import Field

from detente.data.schemas.base import _Strict


class PredicateAdjectives(_Strict):
    """Adjectives that take an infinitive ("ready to send", "due to visit"), by what they make of its act."""

    intent: list[str] = Field(default_factory=list, description="a stance the bearer states: an intention (03x)")
    scheduled: list[str] = Field(default_factory=list, description="a scheduled act: its own code, modality intent")
    refused: list[str] = Field(default_factory=list, description="the act is refused or impossible: negated")
    done: list[str] = Field(default_factory=list, description="the act was done ('was quick to condemn'): asserted")


class VerbalSense(_Strict):
    """A word of force used of words: 'Trump has attacked Corker on Twitter', 'May launched an attack on Corbyn'."""

    words: list[str] = Field(description="lemmas of the trigger (verb or noun) read in the sense")
    roles: list[str] = Field(
        description="roles both parties must have: political actors, none armed ('attacked people on a train' by a "
        "civilian, 'strikes on the regime' by a military keep their force)"
    )
    code: str = Field(pattern=r"^\d{3,4}$", description="the CAMEO code of the verbal sense")
    topic_preps: list[str] = Field(
        default_factory=list,
        description="prepositions whose object, a thing not an actor nor a time, is what the attack is about "
        "('attacked the government in Brasilia over the decree'): a topic keeps the word verbal despite a place",
    )


class SpokenReason(_Strict):
    """A word of force whose reason is a thing said, or whose object is a thing of words or ideas: 'attacked Trudeau
    for raising questions', 'attacked her over her remarks', 'hammered his ideas' (s34-senses)."""

    words: list[str] = Field(description="lemmas of the word of force (verb or noun) read so")
    reason_preps: list[str] = Field(description="prepositions of the reason ('for saying', 'over his remarks')")
    spoken_nouns: list[str] = Field(
        description="nouns of things said ('remarks', 'questions'): as the reason's object, or a reason gerund's object"
    )
    spoken_verbs: list[str] = Field(
        description="verbs of saying whose gerund is a reason ('for saying', 'for calling')"
    )
    idea_nouns: list[str] = Field(
        description="nouns of ideas, plans and policy that, as the word's own object ('attacked the plan', 'an attack "
        "on his policy'), are no body to strike: the attack is of words; with the spoken nouns"
    )
    object_preps: list[str] = Field(description="the prepositions of a noun's object ('an attack on his remarks')")
    judgement_words: list[str] = Field(
        description="nouns and adjectives of judgement an 'as' phrase names ('attacked him as a liar', 'as "
        "pathetic'); read between political actors only (verbal_sense roles)"
    )
    participles: list[str] = Field(
        description="verbs of saying whose participle on the word tells what the attack said ('attacked our allies, "
        "suggesting ...'); read between political actors only (verbal_sense roles)"
    )
    armed_roles: list[str] = Field(
        description="roles of an armed body, for either party: an attack by one or on one stays force whatever its "
        "reason ('police attacked reporters for questioning them', 'attacked Boko Haram for defending the kidnappers')"
    )


class GuestSense(_Strict):
    """A word of approval whose object is a party itself: 'Trump welcomed Varadkar', 'May is welcomed by Juncker'."""

    words: list[str] = Field(description="lemmas of the verb read in the sense")
    roots: list[str] = Field(description="codes (or their prefixes) of the approval the words are coded with")
    code: str = Field(pattern=r"^\d{3,4}$", description="the CAMEO code of receiving a guest")
    guest_nouns: list[str] = Field(
        default_factory=list,
        description="nouns of a party that travels as a guest ('the Syrian delegation'), beside a person's name and "
        "the person titles of roles.yaml ('the Iraqi prime minister')",
    )
    place_preps: list[str] = Field(
        default_factory=list,
        description="prepositions of the verb that put the welcome at a place ('welcomed Kim to Beijing', 'in "
        "Paris'): a state welcomed there is received as a guest",
    )
    place_adverbs: list[str] = Field(
        default_factory=list,
        description="adverbs of the verb that put the welcome at a place named before ('the city where they were "
        "welcomed by the governor')",
    )
    visit_words: list[str] = Field(
        default_factory=list,
        description="lemmas that make the welcome a visit's ('welcomed Qatar's emir on his first visit')",
    )


class ForcefulSense(_Strict):
    """A word of disapproval whose doer is a weapon: 'rockets from Russia, Iran and America have hammered Syria'."""

    roots: list[str] = Field(
        description="CAMEO roots of the words read in their sense of force when a weapon does them"
    )
    code: str = Field(pattern=r"^\d{3,4}$", description="the CAMEO code of the deed of force")
