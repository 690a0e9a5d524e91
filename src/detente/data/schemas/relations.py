"""Schemas of the statives and relation files (data/statives/, read by detente.system)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, model_validator

from detente.data.schemas.base import CAMEO_CODE, DataFile, _no_duplicates, _Strict

# --- statives and relations (detente.system) ---------------------------------------------------

RelationKind = Literal["alliance", "support", "cooperation", "hostility", "label", "membership", "mediation"]
Sign = Literal["+", "-"]
Direction = Literal["holder_to_other", "other_to_holder"]


class EventRelationRule(_Strict):
    """Which coded events are evidence of a relation: by CAMEO code prefix or by pattern id."""

    kind: RelationKind
    sign: Sign
    codes: list[str] = []
    rules: list[str] = []

    @model_validator(mode="after")
    def _something(self) -> EventRelationRule:
        if not self.codes and not self.rules:
            raise ValueError("an event relation rule needs codes or rules")
        for code in self.codes:
            if not re.match(CAMEO_CODE, code):
                raise ValueError(f"{code!r} is not a CAMEO code prefix")
        return self


class EventRelationsFile(DataFile):
    half_life_days: float = Field(gt=0, description="default half-life of a relation's evidence, in days")
    rules: list[EventRelationRule]


class RelationWords(_Strict):
    words: list[str] = Field(min_length=1)
    kind: RelationKind
    sign: Sign
    direction: Direction = "holder_to_other"
    symmetric: bool = False
    preps: list[str] = []
    ends: bool = False  # "Britain's exit from the EU": closes the relation of this kind and sign, is none itself
    # prepositions that put the relation in the past: "after its war with Georgia" is a war that is over
    over_after: list[str] = []


class LabelWords(_Strict):
    nouns: list[str]
    modifiers: list[str]
    group_nouns: list[str]
    verbs: list[str]
    # labels only when someone calls them so ("Beijing calls Lai a separatist"), not in the author's description
    # ("the separatist Polisario Front")
    called: list[str] = Field(default_factory=list)
    # nouns of armed bodies that label only under a labelling verb and with a label word before them ("calls the
    # troops an occupation force"), never in the author's description ("the occupying army")
    called_groups: list[str] = Field(default_factory=list)
    # "put Havana on its list of state sponsors of terrorism": a label named as a list's members, the list the
    # object of one of ``list_preps`` under one of ``list_verbs``, labels the verb's object
    list_nouns: list[str] = Field(default_factory=list)
    list_preps: list[str] = Field(default_factory=list)
    list_verbs: list[str] = Field(default_factory=list)
    # "Washington has accused the RSF of genocide", "the army, which the UN accuses of war crimes": an accusation of
    # one of these crimes (after one of ``accusing_preps``) brands the accused, as calling them criminals does
    accusing_verbs: list[str] = Field(default_factory=list)
    accusing_preps: list[str] = Field(default_factory=list)
    crimes: list[str] = Field(default_factory=list)
    # "crimes against humanity": prepositions whose phrase is part of a crime's name
    crime_preps: list[str] = Field(default_factory=list)
    # s16-ties: "calls the group a band of terrorists": a collective of labelled members labels as they do
    collectives: list[str] = Field(default_factory=list)
    # s16-m2: the prepositions before a collective's members ("a band of terrorists")
    member_preps: list[str] = Field(default_factory=list)
    # "called the Saudi soldiers 'occupiers'": quotes around a label (the parser reads the first as a possessive)
    quotes: list[str] = Field(default_factory=list)


class TiesWords(_Strict):
    nouns: list[str]
    positive: list[str]
    negative: list[str]
    preps: list[str]
    holding: list[str] = Field(min_length=1)  # "has close ties with", "wages war on": held by the verb's subject
    forming: list[str] = Field(default_factory=list)  # "declared a partnership": held by the subjects together


class MembershipVerb(_Strict):
    words: list[str] = Field(min_length=1)
    sign: Sign
    preps: list[str] = Field(default_factory=list)  # "belongs to the EU": the body is the object of these
    ends: bool = False  # "left NATO": closes the membership (of sign ``sign``), is none itself
    # "formed their own confederation, the Alliance of Sahel States": the body is named after the object
    named_after: bool = False
    # "NATO admitted Montenegro", "ECOWAS suspended Mali": also told with the body as subject and the member as object
    body_first: bool = False
    # "joining Brazil and India in the bloc": the object joined are members of the body after "in" too
    join_in: bool = False
    # "Britain joined the US-led coalition": a coalition under one state's command is that state's military
    # (docs/conventions.md), which the joiner cooperates with; it has no members' body
    coalition: bool = False
    # s16-ties: "Slovenia, which joined in 2004": told with no object, the body joined is the one the article named last
    bare: bool = False
    # "Burundi contributes troops to the AU mission": with one of these as object, the body is after the preposition
    objects: list[str] = Field(default_factory=list)


class RosterWords(_Strict):
    """A body's members listed by the body: 'the Arab League, which includes Egypt', 'ASEAN member states,
    including Vietnam', 'NATO, of which Turkey is a member'."""

    verbs: list[str] = Field(default_factory=list)  # the body is the subject, its members the object
    # "made up of", "composed of": its members after "of"; a second word is a particle the verb needs ("made use of"
    # lists no one)
    of_verbs: list[str] = Field(min_length=1)
    preps: list[str] = Field(default_factory=list)  # "member states, including Vietnam"
    member_nouns: list[str] = Field(default_factory=list)  # what the listing hangs from: members, states


class AllegianceWords(_Strict):
    """An armed group that pledges allegiance to another is its member: 'the Maute group, which has pledged
    allegiance to Islamic State' (a verb of ``verbs`` with a noun of ``nouns`` as its object, the body after one of
    ``preps``; only armed groups on both sides)."""

    verbs: list[str] = Field(min_length=1)
    nouns: list[str] = Field(min_length=1)
    preps: list[str] = Field(min_length=1)
    # an armed group is one of these roles or its code starts with one of ``group_prefixes``
    group_roles: list[str] = Field(min_length=1)
    group_prefixes: list[str] = Field(min_length=1)


class OngoingHostilityWords(_Strict):
    """A conflict held by the subject of a verb it is 'in': 'have been locked in a war'."""

    in_verbs: list[str] = Field(default_factory=list)
    # "which fought a border war from 1998 to 2000", "fought a war between 1980 and 1988": a fight whose clause gives
    # it a span of time that closed before the article's year is history, no hostility as of the article (a start
    # after one of ``span_starts``, an end after one of ``span_ends`` or joined to the start)
    span_starts: list[str] = Field(default_factory=list)
    span_ends: list[str] = Field(default_factory=list)
    span_closers: list[str] = Field(default_factory=list)  # an end alone: "until a truce in 2006"


class ForceDeedWords(_Strict):
    """Force an armed actor used that the event coder left uncoded: 'Congolese troops drove the rebels from their
    positions', 'South Sudanese troops seized the oil field from Sudan', 'clashed with soldiers'."""

    verbs: list[str] = Field(default_factory=list)  # the object, when it names an actor, is the target
    # the object of ``from_preps`` is the target ("seized the field from Sudan": the holder of what was taken)
    from_verbs: list[str] = Field(default_factory=list)
    from_preps: list[str] = Field(default_factory=list)
    # the object of ``with_preps`` is the target ("clashed with soldiers")
    with_verbs: list[str] = Field(default_factory=list)
    with_preps: list[str] = Field(default_factory=list)
    armed_roles: list[str] = Field(default_factory=list)  # who uses force: only these roles (and armed groups)
    armed_prefixes: list[str] = Field(default_factory=list)  # codes of armed groups ("IMG")
    # a force posture at another's border: "ordered ten battalions and tanks to the Colombian border", "massed troops
    # on its border with Ukraine" (a verb of ``posture_verbs``, a force of ``posture_forces`` as its object, a place
    # of ``posture_places`` after one of ``posture_preps``, whose country is named before it or after ``with_preps``)
    posture_verbs: list[str] = Field(default_factory=list)
    posture_forces: list[str] = Field(default_factory=list)
    posture_places: list[str] = Field(default_factory=list)
    posture_preps: list[str] = Field(default_factory=list)
    # the armed holdings of an actor: "ambushed an Israeli patrol", "destroyed Gaddafi's tanks", "shot down an Indian
    # fighter jet": a deed of ``verbs`` or ``asset_verbs`` on one of these is force on its owner (named before it);
    # a country's or government's holdings are its military's (docs/conventions.md)
    assets: list[str] = Field(min_length=1)
    asset_verbs: list[str] = Field(min_length=1)
    asset_preps: list[str] = Field(min_length=1)  # "fired missiles at U.S. bases"
    # verbs whose object is what is sent, not what is struck ("launched Iranian drones at Kyiv"): only the holding
    # after ``asset_preps`` is struck
    sent_verbs: list[str] = Field(min_length=1)
    # "the insurgents fighting Somalia's government": verbs read (as ``verbs``) only in a participle describing the doer
    described_verbs: list[str] = Field(min_length=1)
    # "returned fire at the North's gun positions": fire as a verb's object is aimed at the one after ``fire_preps``
    fire_nouns: list[str] = Field(min_length=1)
    fire_preps: list[str] = Field(min_length=1)
    exchange_verbs: list[str] = Field(min_length=1)  # "exchanged fire": two sides fired at each other
    # "the SDF, which are fighting the Islamic State": a fight with an object (direct or after ``one_way_preps``) is
    # the subject's, not also the object's back (the event coder writes a fight both ways)
    # "advanced on towns held by the Islamic Courts Union", "to take the region, which Guyana administers": force on
    # one of ``held_places`` that a participle or relative clause of ``place_holding_verbs`` gives a holder is force on
    # the holder; ``advance_verbs`` act on the object of ``advance_preps``
    held_places: list[str] = Field(min_length=1)
    place_holding_verbs: list[str] = Field(min_length=1)
    place_holder_preps: list[str] = Field(min_length=1)  # the holder after a participle: "held by X"
    advance_verbs: list[str] = Field(min_length=1)
    advance_preps: list[str] = Field(min_length=1)
    # "AQIM said it had carried out the attack", "claimed responsibility for Saturday's bombing": an armed group's
    # claim (a verb of ``claim_verbs`` whose object, or the "for" of one of ``responsibility_nouns``, is a definite
    # noun of ``claim_nouns``) of an attack told before: force on the one country whose places (dictionary kinds
    # ``claim_place_kinds``) the nearest of ``claim_back`` earlier sentences with a deed of force names
    claim_verbs: list[str] = Field(min_length=1)
    claim_nouns: list[str] = Field(min_length=1)
    claim_dets: list[str] = Field(min_length=1)
    responsibility_nouns: list[str] = Field(min_length=1)
    responsibility_preps: list[str] = Field(min_length=1)  # "responsibility for the attack"
    claim_place_kinds: list[str] = Field(min_length=1)
    claim_back: int = Field(ge=1)
    # "blamed Iran" (for the attack told before): the blamed one's attack, the blamer's claim
    blame_verbs: list[str] = Field(min_length=1)
    # "the Israel-Hamas war": two names joined by a hyphen right before one of ``paired_nouns`` (only
    # ``paired_modifiers`` between) fought each other; after ``paired_over_preps`` or as the object of
    # ``paired_over_verbs`` the war is over
    paired_nouns: list[str] = Field(min_length=1)
    paired_modifiers: list[str] = Field(default_factory=list)
    paired_over_preps: list[str] = Field(default_factory=list)
    paired_over_verbs: list[str] = Field(default_factory=list)
    # no war going on: the war describes one of ``paired_past_heads`` (through ``paired_past_preps`` or as a
    # compound), is governed by one of ``paired_unreal_heads`` (feared, risked, averted), or is dated after the noun
    # (through ``paired_date_preps``) by a year before the article's
    paired_past_heads: list[str] = Field(default_factory=list)
    paired_past_preps: list[str] = Field(default_factory=list)
    paired_unreal_heads: list[str] = Field(default_factory=list)
    # s16-m3: the prepositions through which an unreal head takes the war as its complement ("the risk of a war",
    # "warned of a war"); any other ("fears over the war", "famine in the war") leaves the war going on
    paired_unreal_preps: list[str] = Field(default_factory=list)
    paired_date_preps: list[str] = Field(default_factory=list)
    # s16-m3: a year on the deed whose setting the war is ("lost tanks in the war in 2023") makes the war history only
    # this many years before the article's year (a deed of last year may be one of a war still going on)
    paired_deed_year_gap: int = Field(default=1, ge=1)
    # words that mark a state's killing of its own people beside its force abroad as the deed the force answers,
    # someone else's (system/contributions.py ``_answered``)
    answer_marks: list[str] = Field(default_factory=list)
    # "fighting the group alongside Somali government forces": the partner after these fights the same enemy
    alongside_preps: list[str] = Field(default_factory=list)
    one_way_verbs: list[str] = Field(min_length=1)
    one_way_preps: list[str] = Field(min_length=1)
    # of ``with_verbs``, those that alone say the two sides the subject names fought each other ("Djiboutian and
    # Eritrean troops clashed"); the rest only with one of ``reciprocals`` ("Syrian and Russian troops fought in
    # Aleppo" fought side by side)
    mutual_verbs: list[str] = Field(min_length=1)
    reciprocals: list[str] = Field(min_length=1)
    asset_owner_roles: list[str] = Field(min_length=1)  # owners of these roles stand as the country's MIL
    # holdings that are one only with an armed owner or under one of ``striking_verbs`` ("positions": stances too)
    ambiguous_assets: list[str] = Field(min_length=1)
    striking_verbs: list[str] = Field(min_length=1)
    # "North Korea has long threatened to attack U.S. bases", "threatening military action against the junta",
    # "vowed to answer the strike with more attacks on Israel": a threat of force (any subject) is hostility to
    # whom the threatened deed or act of force (``threat_nouns`` after ``threat_preps``) is aimed at
    threat_verbs: list[str] = Field(min_length=1)
    threat_nouns: list[str] = Field(min_length=1)
    threat_preps: list[str] = Field(min_length=1)
    # the verbs a threatened deed is carried by ("to use force against", "to answer the strike with attacks on"):
    # the walk from a threat goes on through these and the verbs of force, and stops at any other verb ("to veto a
    # resolution on military action against Syria", "to stop attacks on Israel" threaten no one)
    threat_carriers: list[str] = Field(min_length=1)
    # carriers that answer something ("to respond to the attack on Israel", "to answer the strike on Iran with
    # attacks on Israel"): what they answer (their object, their "to") is no one threatened; only their
    # ``response_means`` phrase ("with more attacks on Israel") carries the threatened deed
    response_verbs: list[str] = Field(min_length=1)
    response_means: list[str] = Field(min_length=1)
    # "Armenia has accused Azerbaijan of shelling its territory": the accused's deed, the accuser's claim; "its" is
    # the accuser's own when it owns one of ``owned_places`` (or an asset); not one list with clauses.yaml
    # ``agent_aim_grounds``, read in another shape (an "on" phrase after a "by" doer: where the doers stood); a noun
    # may answer both ("territory"), yet "fired by the army on rebel positions" aims at positions an accuser holds
    accuse_verbs: list[str] = Field(min_length=1)
    accuse_preps: list[str] = Field(min_length=1)  # the deed alleged: "accused X of shelling", "blamed X for"
    owned_places: list[str] = Field(min_length=1)


class MediationWords(_Strict):
    """How mediation is said: who mediates (a verb's subject or agent, an owner of the noun) and between whom
    (a 'between' phrase, or the parties who agree to, sign or observe the mediated truce, deal or talks)."""

    verbs: list[str] = Field(min_length=1)
    light_verbs: list[str] = Field(default_factory=list)
    things: list[str] = Field(min_length=1)
    agree_verbs: list[str] = Field(min_length=1)
    frame_preps: list[str] = Field(default_factory=list)
    former: list[str] = Field(default_factory=list)
    mediators: list[str] = Field(default_factory=list)
    # s16-m2: mediators who travel ("envoy"): their "between" names sides only beside a mediated thing
    envoys: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)  # the act of mediating: 'Egyptian mediation'
    sides: list[str] = Field(default_factory=list)
    # a side word naming the sides' role: "mediated the talks between the two governments" is between their GOVs
    side_roles: dict[str, str] = Field(default_factory=dict)
    mutual_verbs: list[str] = Field(default_factory=list)
    effort_verbs: list[str] = Field(default_factory=list)
    effort_nouns: list[str] = Field(default_factory=list)
    not_yet: list[str] = Field(default_factory=list)
    lead_verbs: list[str] = Field(default_factory=list)  # "Kenya leads the mediation between A and B"
    led_things: list[str] = Field(default_factory=list)  # "AU-led talks": who leads the talks mediates them
    # s16-ties: "mediators are pushing for a truce between A and B": the mediated thing after these on the verb
    aim_preps: list[str] = Field(default_factory=list)
    # "Qatar has been mediating between Hamas and Israel alongside Egypt": who mediates beside the subject
    partner_preps: list[str] = Field(default_factory=list)
    # "following mediation by Egypt", "under the auspices of the AU": who mediates, after these on a framing noun
    owner_preps: list[str] = Field(default_factory=list)


class SupportWords(_Strict):
    """Support said in a clause of its own: 'Pakistan harbours the Taliban', 'the rebels receive arms from Iran',
    'Iran is on the side of the government'."""

    verbs: list[str] = Field(min_length=1)
    receive_verbs: list[str] = Field(default_factory=list)
    # munitions are received by their target as often as by an ally ("Kyiv received Russian missiles overnight"):
    # their owner alone gives no support; a named giver ("from Iran") does
    fired_nouns: list[str] = Field(default_factory=list)
    # "backed by U.S. air strikes": force a country lends is its military's (docs/conventions.md: a country's
    # weapons are its military); the fired nouns above count too
    force_nouns: list[str] = Field(default_factory=list)
    aid_nouns: list[str] = Field(default_factory=list)
    side_nouns: list[str] = Field(default_factory=list)
    give_verbs: list[str] = Field(default_factory=list)
    give_nouns: list[str] = Field(default_factory=list)  # "Iran's supply of drones to Russia"
    backing_nouns: list[str] = Field(default_factory=list)
    rely_verbs: list[str] = Field(default_factory=list)  # "the Houthis rely on Iran for weapons"
    turn_verbs: list[str] = Field(default_factory=list)  # "the juntas turned to Russia for security assistance"
    # "Mozambique relied on Rwandan troops to fight the insurgents": relied on for one of these acts of defence
    rely_purposes: list[str] = Field(default_factory=list)
    # "French troops struck at the request of the Malian government": forces act for who asked them
    request_nouns: list[str] = Field(default_factory=list)
    send_verbs: list[str] = Field(default_factory=list)  # "sent troops to prop up": the sender does it
    # "launched air strikes in Syria to support the government": a verb of doing (``force_deed_verbs``) whose object
    # is a deed of force (one of ``force_deed_nouns``, or one of ``armed_only_nouns`` with one of ``arms_words``
    # before it) done for one of ``purpose_verbs`` is the doer's support, as after a sending verb
    force_deed_verbs: list[str] = Field(default_factory=list)
    force_deed_nouns: list[str] = Field(default_factory=list)
    armed_only_nouns: list[str] = Field(default_factory=list)
    arms_words: list[str] = Field(default_factory=list)
    accuse_verbs: list[str] = Field(default_factory=list)  # "accused of arming": the accuser's claim
    joined_verbs: list[str] = Field(default_factory=list)  # "funds and hosts": support beside a support verb
    purpose_verbs: list[str] = Field(default_factory=list)  # "sent mercenaries to help": after a send verb
    permit_verbs: list[str] = Field(default_factory=list)  # "let Russian troops use its territory"
    permitted_acts: list[str] = Field(default_factory=list)  # what the permitted forces do
    # s16-ties: "US troops helped the Burkinabe forces with surveillance": help given with aid (after these)
    help_verbs: list[str] = Field(default_factory=list)
    help_means: list[str] = Field(default_factory=list)
    # "backed Naypyidaw's efforts", "backs Belgrade's refusal": the named owner of a stance these verbs back
    stance_verbs: list[str] = Field(default_factory=list)
    # "Saudi soldiers crossed into Bahrain to help its rulers": a force's arrival for a purpose verb above, as after
    # a sending verb (only a subject of ``arrival_roles``: "the minister flew to Kyiv to help" is no force)
    arrival_verbs: list[str] = Field(default_factory=list)
    arrival_roles: list[str] = Field(default_factory=list)
    # "sent mercenaries to fight for Azerbaijan": purposes whose backed one follows "for" (never their object)
    purpose_for_verbs: list[str] = Field(default_factory=list)
    # "fighting for" backs only from a force (a role of ``arrival_roles`` or an armed group), never from those the
    # head noun names as hired or volunteering ("Colombian mercenaries are fighting for the RSF")
    # the preposition naming the side fought for ("fighting for the junta")
    purpose_for_preps: list[str] = Field(default_factory=list)
    irregular_fighters: list[str] = Field(default_factory=list)
    # "Assad survived thanks to Russian and Iranian support": these words before "to" credit the backing to its owner
    credit_words: list[str] = Field(default_factory=list)
    # "Colombia is the largest recipient of US military aid": the owner of the aid received backs the recipient
    recipient_nouns: list[str] = Field(default_factory=list)


class CooperationWords(_Strict):
    """Agreements and comradeship: 'A and B agreed to a truce', 'A agreed to a ceasefire with B', 'A and B
    issued a joint statement', 'A fought alongside B'. Signing any agreement is cooperation, even between foes."""

    agreements: list[str] = Field(min_length=1)
    verbs: list[str] = Field(min_length=1)
    joint: list[str] = Field(default_factory=list)
    alongside_verbs: list[str] = Field(default_factory=list)
    with_verbs: list[str] = Field(default_factory=list)  # "works with": one way, subject -> the one after "with"
    # "the mutual defence treaty between A and B", "signed a defence pact with B": a pact of defence is alliance
    pacts: list[str] = Field(default_factory=list)  # the agreement nouns a pact of defence is said with
    pact_modifiers: list[str] = Field(default_factory=list)  # the words that make one a pact of defence
    # "a treaty that obliges each to come to the other's aid", "a pact under which they pledged to defend each
    # other": a pact whose own clause binds each party to the other's aid (these nouns) or defence (these verbs)
    mutual_aid_nouns: list[str] = Field(default_factory=list)
    mutual_aid_verbs: list[str] = Field(default_factory=list)
    # the words of that clause that name the other party ("the other's aid", "defend each other")
    mutual_aid_others: list[str] = Field(default_factory=list)
    # "a confederation bound by a mutual-defence pact": verbs whose participle says a pact binds the body it describes
    binding_verbs: list[str] = Field(default_factory=list)


class ReferentWords(_Strict):
    """Descriptions the actor resolver leaves open, read back to the names the article gave before them: 'the
    six-nation bloc' (the latest international body named), 'the two countries' (the two states named)."""

    # nouns of a body that a definite description refers back to ("the bloc", "the six-nation bloc", "the league's")
    bodies: list[str] = Field(default_factory=list)
    # bodies no such description stands for: the UN family is no bloc, alliance or league
    not_bodies: list[str] = Field(default_factory=list)
    # plural nouns of states, with the role the states take ("the two governments": GOV; "the two countries": null,
    # the country alone, as docs/conventions.md codes "Iran")
    states: dict[str, str | None] = Field(default_factory=dict)
    numbers: dict[str, int] = Field(default_factory=dict)  # "two" -> 2 ("both" counts two)
    # words of ``numbers`` that make a description definite and counted without "the" ("both countries")
    counted_alone: list[str] = Field(default_factory=list)
    # nouns of a group that a definite description with an adjective refers back to ("the Lebanese group")
    groups: list[str] = Field(default_factory=list)
    state_roles: list[str] = Field(default_factory=list)  # roles of a state's organs: no group


class StativePatternsFile(DataFile):
    relation_nouns: list[RelationWords]
    relation_adjectives: list[RelationWords]
    hyphen_participles: list[RelationWords]
    labels: LabelWords
    ties: TiesWords
    label_acts: list[str]
    owned_relations: list[RelationWords]
    relative_verbs: list[RelationWords]
    ending_verbs: list[str]
    membership_verbs: list[MembershipVerb]
    copulas: list[str]
    mediation: MediationWords
    body_nouns: list[str] = Field(default_factory=list)
    coalition_nouns: list[str] = Field(default_factory=list)
    rosters: RosterWords
    allegiance: AllegianceWords
    ongoing_hostility: OngoingHostilityWords = Field(default_factory=OngoingHostilityWords)
    force_deeds: ForceDeedWords
    support: SupportWords
    cooperation: CooperationWords
    pro_state: list[str] = Field(default_factory=list)  # "pro-government forces": the government of their country
    referents: ReferentWords = Field(default_factory=ReferentWords)
    # "Azerbaijan's closest ally is Turkey", "Syria's main backer is Russia": words that name the foremost ally or
    # backer (with superlatives), whose relation noun as a copula's subject holds for what the copula names
    foremost: list[str] = Field(default_factory=list)
    # "Turkey and Qatar, both of which are ...": a relative's quantifier subject stands for what the clause describes
    quantifiers: list[str] = Field(default_factory=list)
    # "Azerbaijan, whose closest ally is Turkey", "the bloc, whose members include Nigeria": relative possessives,
    # which stand for the noun their clause describes
    relative_possessives: list[str] = Field(default_factory=list)
    # "Poland is one of Kyiv's closest allies", "the last of the alliance's members": a pick (a quantifier or one of
    # these) holds the relation of the noun after its "of"
    picks: list[str] = Field(default_factory=list)
    # "Norway, a non-EU member", "Qatar, a major non-NATO ally": a party named after one of these and a hyphen is
    # the one the relation is denied with
    negating_prefixes: list[str] = Field(min_length=1)
    # members of an international body of these roles are their country ("the leaders of China ... founded the SCO")
    member_country_roles: list[str] = Field(min_length=1)
    # who may join, enter or leave a body besides a state (or body) itself: a state's organs of these roles only
    # ("Thousands of Syrian refugees entered the EU" is no membership)
    member_roles: list[str] = Field(min_length=1)
    # s16-ties: "Saudi Arabia and the UAE, like Bahrain, are members of the GCC": the one after these on the subject
    # holds what the copula says too
    likeness_preps: list[str] = Field(default_factory=list)
    # "Turkey and fellow member Hungary": a member noun with one of these is of the body the article named last
    fellows: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_words(self) -> StativePatternsFile:
        uncounted = set(self.referents.counted_alone) - set(self.referents.numbers)
        if uncounted:
            raise ValueError(f"referents.counted_alone {sorted(uncounted)} need a count in referents.numbers")
        for name in ("relation_nouns", "relation_adjectives", "hyphen_participles", "owned_relations"):
            _no_duplicates([w for entry in getattr(self, name) for w in entry.words], f"{name} word")
        for entry in self.relation_adjectives:
            if not entry.preps:
                raise ValueError(f"relation adjectives {entry.words} need the prepositions that take the other party")
        return self
