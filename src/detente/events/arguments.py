"""From a frame's words to its parties: resolve source and target phrases to actors, pair them.

A *frame* is what the candidate stage found: a trigger, the code its pattern (or the model)
gives, the words of the subject and the filled target slots. ``resolve_frame`` turns it into
one ``Candidate`` per source-target pair, or says why it cannot (no source, no target, the same
actor on both sides), so ``explain`` can show the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from detente.actors import (
    ArticleContext,
    CodedEvent,
    Resolved,
    coreference,
    country_actor,
    pairs,
    resolve_all,
    sentence_country,
)
from detente.actors.phrases import lemma_in
from detente.actors.weapons import is_weapon
from detente.data import clauses, gazetteer, roles_file
from detente.events.dating import dated_in_the_news
from detente.events.implied import IMPLIED, another_doer_named, implied_doer
from detente.events.tree import (
    counted_phrase,
    has_own_name,
    instrument_owners,
    is_instrument,
    is_passive,
    means_owners,
    named_examples,
    names_a_party,
    names_its_government,
    owners_of_thing,
    prep_parties,
    reporting_verb,
    role_site,
    site_holders,
    struck_in_passive,
    subjects,
)
from detente.nlp.tree import TIME_LABELS, prep_objects
from detente.records import ActorRef
from detente.where import locate

VIOLENT_ROOTS = ("18", "19", "20")
# guide 2, mutual events: every ordered pair is written for up to three named parties; beyond that each participant
# goes to the host, so a meeting of more parties than this whose host the clause does not name writes nothing
MUTUAL_PAIRS_UP_TO = 3
STRUCK_PREPS = ("against", "on")
# approving or disapproving (praise, endorse, criticise, accuse): a judgement of a thing is a judgement of its owner
EVALUATION_ROOTS = ("05", "11")
OWNER_PLACES = ("GPE", "LOC", "FAC")


@dataclass
class Frame:
    """A trigger with its code and the words that may name its parties, before any actor is resolved."""

    trigger: Token
    anchor: Token  # the verb whose clause decides negation, modality and date
    rule: str
    code: str
    source_heads: list[Token]
    target_options: list[list[Token]]  # filled target slots in the pattern's order
    mutual: bool = False
    as_place: bool = False
    target_optional: bool = False
    fallback_sources: list[Token] = field(default_factory=list)
    source_roles: list[str] | None = None
    not_own: list[str] | None = None  # roles a target of the source's own country may not have
    not_source_roles: list[str] | None = None  # roles the source may not have ("called for Y to do": no crowd)
    score: float | None = None  # the learned layer's probability; None for a pattern


def _government(head: Token, found: Resolved) -> bool:
    """Whether the words that resolved to an owner of a weapon name its government ("Syrian government air
    strikes"), directly or as the owner of the attack noun that is the head ("Syrian regime airstrikes killed")."""
    if names_its_government(head):
        return True
    owners = instrument_owners(head) if is_instrument(head) else []
    return any(names_its_government(o) and o.text in (found.actor.text or "") for o in owners)


def _hurt_by_another_word(frame: Frame) -> bool:
    """'carried out air raids, killing dozens of civilians', 'Mortar fire wounded three people': the target words are
    what a verb of killing or hurting (``result_verbs``) other than the trigger did to them, so the people are the
    result of the attack the trigger names, not what it was aimed at."""
    heads = [counted_phrase(h) for h in (frame.target_options[0] if frame.target_options else [])]
    words = clauses().result_verbs
    return bool(heads) and all(
        h.dep_ in ("dobj", "nsubjpass") and h.head.i != frame.trigger.i and h.head.lemma_.lower() in words
        for h in heads
    )


def owns_the_instrument(frame: Frame) -> bool:
    """Whether the source words modify the attack noun that is the trigger ("Russian and regime airstrikes"),
    not a subject that launched it ("Russia launched airstrikes" keeps the country as the doer)."""
    trigger = frame.trigger
    inside = {t.i for t in trigger.subtree}
    return (
        bool(frame.source_heads)
        and is_instrument(trigger)
        and all(h.i in inside and h.i < trigger.i for h in frame.source_heads)
    )


TOLL_REASON = (
    "a toll: the deed names only the people it killed or hurt (result_roles), no attack, weapon or place struck "
    "says what it was aimed at, and no main or reported clause tells it as the day's deed"
)


@dataclass
class Candidate:
    """An event found in a clause, before its date and place."""

    trigger: Token
    anchor: Token
    rule: str
    code: str
    source: ActorRef
    target: ActorRef | None
    place_targets: list[Resolved | None]
    score: float | None = None
    reverse: bool = False  # the target's direction of a mutual event (the partner, not the subject, does it)
    antecedent: CodedEvent | None = None  # the earlier event a re-mention tells again (``events/remention.py``)
    # the source as the text names it, when the deed gave it another role ("the Democrats attacked ...": OPP, read
    # as REB by ``deed_roles``); a sense of words (``filters.verbal_code``) reads and keeps this one, not the armed one
    named_source: ActorRef | None = None
    # why the source and the target were read so (``Resolved.why``: the entry, rule or earlier mention), for explain
    source_why: str | None = None
    target_why: str | None = None


@dataclass
class Resolution:
    """What resolving a frame gave: candidates, or the reasons it gave none."""

    candidates: list[Candidate] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    resolved: bool = False  # the parties resolved (a same-actor pair may still have been dropped)
    unresolved_party: bool = False  # a target slot named a party we could not resolve
    toll: bool = False  # skipped as a bare toll (``TOLL_REASON``): no layer may read the word as force
    same_actor: bool = False  # a pair was dropped as the same actor read twice (source code = target code)


class SentenceParties:
    """Resolves frames of one sentence; what the sentence holds is read once for all its frames."""

    def __init__(self, ctx: ArticleContext, sent: Span, index: int | None = None) -> None:
        self.ctx = ctx
        self.sent = sent
        self.index = index  # the sentence's number in the article: earlier events may imply a doer (events/implied.py)
        self._country: tuple[str | None] | None = None

    def sentence_country(self) -> str | None:
        """The one country of the places the sentence names (computed once per sentence)."""
        if self._country is None:
            self._country = (sentence_country(self.sent),)
        return self._country[0]

    def _ruled_against(self, frame: Frame, source: ActorRef, place_country: str | None) -> list[Resolved]:
        """'Britain's High Court sided with campaigners against the British government': a deed of a source of a role
        (``clauses.yaml`` ``role_targets``: a court's siding, coded as its ruling) is aimed at the party named after
        one of these prepositions, on the verb or on the party it sided with, not at that party."""
        table = clauses().role_targets.get(source.role or "", {})
        preps = next((words for prefix, words in table.items() if frame.code.startswith(prefix)), None)
        if not preps:
            return []
        heads = [frame.anchor, *(h for option in frame.target_options for h in option)]
        return [
            r
            for head in heads
            for party in prep_objects(head, preps)
            for r in resolve_all(party, self.ctx, other=source, place_country=place_country)
        ]

    def _tried(self, head: Token) -> str:
        """A party phrase that gave no actor, for the skip reason: its text, or for a pronoun the resolver's
        reason ("pronoun 'he': no person named in its sentence or the 2 before")."""
        return coreference.why_unresolved(head, self.ctx) or pairs.why_no_pair(head, self.ctx) or head.text

    def resolve(self, frame: Frame) -> Resolution:
        """One candidate per source-target pair; the first target slot with a resolvable actor is the target
        ("attacked positions in Lebanon")."""
        out = Resolution()
        where = locate(frame.trigger, [])
        place_country = where.country if where is not None else self.sentence_country()
        found = [(h, r) for h in frame.source_heads for r in self._doers(h, place_country, frame.code[:2])]
        # "Russian airstrikes hit ...", "Russian airstrikes on Aleppo": who owns the weapon does the deed with it
        by_instrument = any(is_instrument(h) for h in frame.source_heads) or owns_the_instrument(frame)
        if not found:  # "Regime airstrikes killed ...", "killed in a Russian airstrike": the weapon's owner
            owners = [o for h in frame.source_heads if is_instrument(h) for o in instrument_owners(h)]
            if not frame.source_heads and frame.trigger.tag_ == "VBG" and frame.trigger.dep_ in ("pobj", "pcomp"):
                owners = instrument_owners(frame.trigger)  # "killed in Syrian government shelling"
            elif not frame.source_heads and frame.anchor.pos_ in ("VERB", "AUX") and is_passive(frame.anchor):
                owners = means_owners(frame.anchor)
            found = [(h, r) for h in owners for r in resolve_all(h, self.ctx, place_country=place_country)]
            by_instrument = bool(found)
        sources = [
            self._as_doer(r, frame.code[:2], by_instrument, by_instrument and _government(h, r)) for h, r in found
        ]
        # the doer as named, where the deed gave it another role: a word of force used of words keeps this one
        named = {id(d.actor): r.actor for d, (_, r) in zip(sources, found, strict=True) if d.actor is not r.actor}
        if not sources and frame.fallback_sources:
            sources = [r for h in frame.fallback_sources for r in self._doers(h, place_country, frame.code[:2])]
        rule = frame.rule
        implied = None
        if not sources and not frame.fallback_sources:
            # "were killed in air strikes on X": no doer named; the one doer of the article's earlier such deeds
            implied = implied_doer(
                frame.code, frame.trigger, frame.source_heads, frame.mutual, self.ctx.events, self.index
            )
            if implied is not None:
                sources, rule = [Resolved(implied, why="the doer of the article's earlier events")], f"{rule}.{IMPLIED}"
        if sources and frame.source_roles is not None:
            allowed = [r for r in sources if (r.actor.role or "STATE") in frame.source_roles]
            if not allowed:
                roles = ", ".join(sorted({r.actor.role or "STATE" for r in sources}))
                out.reasons.append(f"this pattern is not for a source of role {roles}")
                return out
            sources = allowed
        if sources and frame.not_source_roles:
            sources = [r for r in sources if r.actor.role not in frame.not_source_roles]
            if not sources:
                out.reasons.append(f"this reading is not for a source of role {', '.join(frame.not_source_roles)}")
                return out
        if not sources:
            what = ", ".join(self._tried(h) for h in frame.source_heads) or "no subject in the parse"
            out.reasons.append(f"no source actor ({what})")
            return out
        targets = self._ruled_against(frame, sources[0].actor, place_country) or self.targets(
            frame, sources[0].actor, place_country
        )
        if not targets and not frame.mutual and frame.code[:2] in VIOLENT_ROOTS and where is not None and where.country:
            # "airstrikes in Idlib", "shelled towns near Aleppo": a deed of force whose victims we cannot name
            # is aimed at the country of the place it struck (conventions: a place as target is its country)
            targets = [Resolved(country_actor(where.country, None, where.text or where.name), where)]
        if self._victims_only(frame, targets):
            # "Regime airstrikes killed 20 civilians in Douma": the place struck is the target (guide: places), or
            # what the attack was aimed at ("killed in air raids on Idlib", "in airstrikes against ISIS")
            struck = self._struck(frame, sources[0].actor, place_country)
            if struck:
                targets = struck
            elif by_instrument or _hurt_by_another_word(frame):
                if where is not None and where.country:
                    targets = [Resolved(country_actor(where.country, None, where.text or where.name), where)]
                elif place_country:
                    targets = [Resolved(country_actor(place_country, None, place_country))]
            elif clauses().skip_bare_tolls and not _a_deed_told(frame, self.sent, self.ctx.date):
                # "IS has killed hundreds since ...", "a gunman who killed three people", "were killed in
                # bombardment by terrorists": no attack, weapon or struck place says what the deed was aimed at; told
                # as no deed of the day, the victims are a toll, which the annotators code at the attack when the
                # article names one (s17-precision); the word is then barred to the learned layer's force roots too
                out.reasons.append(TOLL_REASON)
                out.toll = True
                return out
        if implied is not None:
            why = self._implied_refused(frame, implied, targets)
            if why:
                out.reasons.append(why)
                return out
        out.unresolved_party = (
            bool(frame.target_options)
            and not targets
            and any(names_a_party(h) for heads in frame.target_options for h in heads)
        )
        if frame.target_options and not targets and not frame.target_optional:
            tried = "; ".join(", ".join(self._tried(h) for h in heads) for heads in frame.target_options)
            out.reasons.append(f"no target actor ({tried})")
            return out
        if frame.not_own:  # "asked voters to turn out": the source's own public is no addressee of this deed
            own = sources[0].actor.country
            targets = [t for t in targets if t is None or t.actor.country != own or t.actor.role not in frame.not_own]
            if not targets and frame.target_options and not frame.target_optional:
                out.reasons.append("the target is the source's own public")
                return out
        resolved_targets = [t for t in targets if t is not None]
        pairs: list[tuple[ActorRef, ActorRef | None]] = []
        reverse: set[int] = set()
        if frame.mutual and not resolved_targets and len(sources) > MUTUAL_PAIRS_UP_TO:
            # "A, B, C and D held talks": each goes to a host the clause does not name; all pairs would be guesses
            out.reasons.append(f"a meeting of {len(sources)} parties names no host to pair them with (guide 2)")
            return out
        if frame.mutual and not resolved_targets and len(sources) >= 2:
            pairs = [(a.actor, b.actor) for a in sources for b in sources if a is not b]
        elif not resolved_targets:
            if frame.mutual:
                out.reasons.append("a mutual event needs two parties")
                return out
            pairs = [(s.actor, None) for s in sources]
        else:
            for s in sources:
                for t in resolved_targets:
                    if (s.paired or t.paired) and s.actor.country is not None and s.actor.country == t.actor.country:
                        # "Russia and Turkey held talks. The two sides criticized the Turkish army": a side of a pair
                        # is never set against its own country, at any level (TURGOV -> TURMIL, RUS -> RUSGOV)
                        own = f"({s.actor.code}, {t.actor.code})"
                        out.reasons.append(f"a side of the pair against its own country {own}")
                        continue
                    pairs.append((s.actor, t.actor))
                    if frame.mutual:
                        pairs.append((t.actor, s.actor))
                        reverse.add(len(pairs) - 1)
        out.resolved = True
        whys = {id(r.actor): r.why or None for r in (*sources, *resolved_targets)}  # no reason given: None, not ""
        for k, (src, tgt) in enumerate(pairs):
            if tgt is not None and (src.code == tgt.code or src.text == tgt.text):
                # the same words read twice ("Russian" as the owner of the strikes and as what they hit)
                out.reasons.append(f"source and target are the same actor ({src.code}, '{src.text}')")
                out.same_actor = True
                continue
            own_place = [t for t in resolved_targets if t.actor is tgt]  # "visited Nigeria, Benin and Ghana"
            out.candidates.append(
                Candidate(
                    frame.trigger,
                    frame.anchor,
                    rule,
                    frame.code,
                    src,
                    tgt,
                    own_place or list(targets),
                    frame.score,
                    reverse=k in reverse,
                    named_source=named.get(id(src)),
                    source_why=whys.get(id(src)),
                    target_why=whys.get(id(tgt)) if tgt is not None else None,
                )
            )
        return out

    def _implied_refused(self, frame: Frame, doer: ActorRef, targets: list[Resolved | None]) -> str | None:
        """Why a doer implied by the earlier events is not taken (events/implied.py): the deed names only its dead
        ("20 civilians were killed": the toll of an attack, which the attack's own words code), or the sentence
        names another acting party the frame did not reach."""
        victims = clauses().result_roles
        if not targets or all(t is not None and t.place is None and t.actor.role in victims for t in targets):
            return "no doer named, and the deed names only its victims: no doer is implied"
        skip = {t.i for heads in frame.target_options for h in heads for t in h.subtree}
        if another_doer_named(self.sent, self.ctx, doer, skip):
            return "no doer in the frame, but the sentence names another party: no doer is implied"
        return None

    def _struck(self, frame: Frame, source: ActorRef, place_country: str | None) -> list[Resolved | None]:
        """What the attack that killed was aimed at: the "against"/"on" party of the attack noun that is the
        trigger, the killing's subject or its means ("air raids by X on Idlib killed ...", "were killed in air
        raids on Idlib"). A place stands for its country (``as_place``); an unnamed held place for its holder."""
        trigger = frame.trigger
        attacks = [trigger] if is_instrument(trigger) else []
        attacks += [h for h in frame.source_heads if is_instrument(h)]
        if trigger.pos_ in ("VERB", "AUX"):
            for c in trigger.children:
                if c.dep_ in ("nsubj", "nsubjpass") and is_instrument(c):
                    attacks.append(c)
                elif c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during"):
                    for p in (p for p in c.children if p.dep_ in ("pobj", "pcomp")):
                        # "in airstrikes", "in waves of air raids"
                        attacks += [a for a in [p, *prep_parties(p, "of")] if is_instrument(a)]
        if attacks and trigger.pos_ in ("VERB", "AUX"):
            # "killed in air raids ... on Idlib province", "by Syrian and Russian jets on Aleppo": the parser
            # hangs "on" on the verb or on its agent
            attacks += [trigger, *subjects(trigger)] if is_passive(trigger) else [trigger]
        for attack in attacks:
            for prep in STRUCK_PREPS:
                heads = [h for h in prep_parties(attack, prep) if h.ent_type_ not in TIME_LABELS]
                found = [
                    r
                    for h in heads
                    for r in resolve_all(h, self.ctx, as_place=True, other=source, place_country=place_country)
                ]
                if found:
                    return found
        return []

    @staticmethod
    def _victims_only(frame: Frame, targets: list[Resolved | None]) -> bool:
        """Whether the targets are only the people a weapon's attack killed or hurt (``result_verbs``)."""
        words = clauses()
        trigger = frame.trigger
        # the verb of killing, or the attack noun that is its subject ("airstrikes killed ...")
        killing = (
            trigger.lemma_.lower() in words.result_verbs
            or (
                is_instrument(trigger) and trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in words.result_verbs
            )
            or _hurt_by_another_word(frame)
        )
        return (
            frame.code[:2] in VIOLENT_ROOTS
            and killing
            and bool(targets)
            and all(t is not None and t.place is None and t.actor.role in words.result_roles for t in targets)
        )

    def _doers(self, head: Token, place_country: str | None, root: str = "") -> list[Resolved]:
        """The actors a source phrase names, places left out: "a town in Idlib, killing 18 people", "the province
        of Homs", "Aleppo City was shelled" (the model's subject slot) name where a deed happened, not who did it
        (conventions: a place is a party only as a target, standing for its country). A capital standing for its
        government resolves to ``GOV`` with no place, and stays. Nor is a party whose role only reports, watches or
        tends a deed of the ``root`` (``unarmed_roles``: "SANA said mortars hit ...") its doer, nor a held place or
        its holder (:func:`_held`)."""
        if _held(head):
            return []
        found = resolve_all(head, self.ctx, place_country=place_country)
        unarmed = clauses().unarmed_roles.get(root, ())
        return [r for r in found if not _a_place(head, r) and r.actor.role not in unarmed]

    @staticmethod
    def _as_doer(found: Resolved, root: str, by_instrument: bool, government: bool = False) -> Resolved:
        """The role the deed shows (``deed_roles``, ``instrument_roles`` in ``data/clauses.yaml``); ``government``:
        the owner of the weapon is named with an own-state word ("Syrian government air strikes": ``GOV``)."""
        actor = found.actor
        if actor.country is None or actor.code not in (actor.country, actor.country + (actor.role or "")):
            return found
        if government and actor.role is None:
            why = f"{found.why}; an own-state word names the government" if found.why else ""
            return Resolved(country_actor(actor.country, "GOV", actor.text), found.place, why)
        tables = [clauses().deed_roles] + ([clauses().instrument_roles] if by_instrument else [])
        for table in tables:
            role = table.get(actor.role or "STATE", {}).get(root)
            if role:  # the role changes, the reason the country was read stays
                why = f"{found.why}; as the doer of a {root} deed: {role} (clauses.yaml)" if found.why else ""
                return Resolved(country_actor(actor.country, role, actor.text), found.place, why)
        return found

    @staticmethod
    def _named_site(head: Token, found: Resolved) -> Resolved:
        """'launched a rocket on the Dabbit hospital': a site with a name of its own (``site_nouns``) is a named
        place, of its country whoever works there (guide 1.3), not the role its noun has ("hospital": HLH)."""
        actor = found.actor
        if (
            not has_own_name(head)
            or actor.role is None
            or actor.country is None
            or not lemma_in(head, roles_file().site_nouns)
        ):
            return found
        return Resolved(country_actor(actor.country, None, actor.text), found.place, why=f"{found.why}; a named site")

    def _visited_regions(self, frame: Frame, source: ActorRef) -> list[Resolved | None]:
        """'Tillerson visits Europe', 'a trip to Asia': a place slot whose words name a whole region (``regions.yaml``)
        locate nowhere, yet the region is what the visit was aimed at (the annotators code the region). Only a bare
        region, no role ("European leaders" is a party of a role, not a place), and only for travel
        (``region_visit_codes``): "deployed troops to Europe", "shipped weapons to Africa" say where a thing went, not
        at whom the deed was aimed, and a deed of force strikes a place of a country."""
        if not frame.code.startswith(tuple(clauses().region_visit_codes)):
            return []
        regions = gazetteer().regions
        for heads in frame.target_options:
            found = [
                r
                for h in heads
                if h.pos_ == "PROPN"
                for r in resolve_all(h, self.ctx, other=source)
                if r.place is None and r.actor.code in regions
            ]
            if found:
                return found
        return []

    @staticmethod
    def _abroad(source: ActorRef, targets: list[Resolved]) -> list[Resolved]:
        """'Trump arrived in Hawaii', 'flew to Mississippi', 'arrived back in Harare': a trip to a place of the
        traveller's own country has no host. On train the annotators coded 2 of 9 such trips (042 and the 036 that
        announce them) as a visit to the own country; a visit is coded when it is to another country, or to a party
        (a role) there ('visited the troops' keeps its target)."""
        if source.country is None:
            return targets
        return [t for t in targets if t.place is None or t.actor.role or t.actor.country != source.country]

    def _seat_host(self, frame: Frame, source: ActorRef, targets: list[Resolved]) -> list[Resolved]:
        """'travelled to Brussels to meet EU leaders', 'visits Brussels for a summit with EU heads': a visit to the
        seat of an organisation (``igo_seats``) whose purpose names that organisation is a visit to it, not to the
        seat's country; the place stays the city. A bare visit to the city ('visited Brussels') stays its country's:
        the seat alone does not say whom the visit was with."""
        seats = roles_file().igo_seats
        if not any(t.place is not None and t.place.name in seats for t in targets):
            return targets
        hosts = {
            r.actor.code: r.actor
            for h in _purpose_parties(frame.trigger)
            for r in resolve_all(h, self.ctx, other=source)
            if r.place is None
        }
        out: list[Resolved] = []
        for t in targets:
            housed = seats.get(t.place.name, []) if t.place is not None else []
            named = [hosts[code] for code in housed if code in hosts]
            out.append(Resolved(named[0], t.place, why=f"{t.why}; the seat of {named[0].code}") if named else t)
        return out

    @staticmethod
    def _role_sites(frame: Frame, source: ActorRef) -> dict[int, Resolved]:
        """'struck a Syrian army position': the heads of a deed of force's target slots whose own words give the site
        to a role of a country (``tree.role_site``), by token index, each read as that role in place of the site's
        reading as a place; the slot's other heads keep their own reading ("struck Hezbollah fighters and a Syrian
        army position": both). A site of the source's own role ("Syrian troops retook a Syrian military airbase",
        "Syrian warplanes bombed a Syrian army hospital") is no target of that role, or the deed would be directed at
        its doer: the site keeps its reading as a place (its country, or the role its noun has)."""
        if frame.code[:2] not in VIOLENT_ROOTS:
            return {}
        return {
            h.i: r
            for heads in frame.target_options
            for h in heads
            if (r := _role_site(h)) is not None and r.actor.code != source.code
        }

    def targets(self, frame: Frame, source: ActorRef, place_country: str | None) -> list[Resolved | None]:
        if _no_party_of_a_call(frame):
            return []
        held_sites = self._role_sites(frame, source)
        if frame.as_place and frame.code[:2] in VIOLENT_ROOTS:
            # "strikes against supply routes of ISIL": a site named by its holder is aimed at the holder (a site its
            # own words give to a role is that role, read above: not a holder "army" would give the source's country)
            options = [
                ([o for h in heads if h.i not in held_sites for o in site_holders(h)], heads)
                for heads in frame.target_options
            ]
            if is_instrument(frame.trigger):  # "ISIS hideouts were destroyed in army airstrikes near X"
                options.append(([o for h in struck_in_passive(frame.trigger) for o in site_holders(h)], []))
            for holders, heads in options:
                found = [r for h in holders for r in resolve_all(h, self.ctx, other=source) if r.place is None]
                if found:
                    return found + [held_sites[h.i] for h in heads if h.i in held_sites]

        def party(tok: Token) -> list[Resolved]:
            return resolve_all(tok, self.ctx, as_place=frame.as_place, other=source, place_country=place_country)

        for heads in frame.target_options:
            targets = [
                r
                for h in heads
                for r in (
                    [held_sites[h.i]]
                    if h.i in held_sites
                    else [self._named_site(h, r) if frame.as_place else r for r in _or_examples(h, party)]
                )
            ]
            if targets and frame.as_place and frame.code.startswith(tuple(clauses().region_visit_codes)):
                return self._abroad(source, self._seat_host(frame, source, targets))  # visits: a seat, abroad
            if targets:
                return targets
        if frame.as_place:
            return self._visited_regions(frame, source)
        # "pledged aid to Gaza": a place named as a party stands for its country (not the event's location); a
        # judgement of an attack is aimed at its doer, never at the place it struck ("called the attack in Kabul
        # cowardly": ``doer_judged_roots``)
        judged = frame.code.startswith(tuple(clauses().doer_judged_roots))
        for heads in frame.target_options:
            targets = [
                Resolved(r.actor)
                for h in heads
                if not (judged and lemma_in(h, roles_file().attack_nouns))
                for r in resolve_all(h, self.ctx, as_place=True, other=source)
                if r.place is not None
            ]
            if targets:
                return targets
        if frame.code[:2] not in EVALUATION_ROOTS:
            return []
        # "assailed Khan's record", "welcomed the Prime Minister's decision": no slot names a party, but a judgement of
        # what a named party did or holds is aimed at that party (a pronoun's, a group's or a place's thing is not)
        for heads in frame.target_options:
            targets = [
                r
                for h in heads
                for o in owners_of_thing(h)
                if o.pos_ == "PROPN" and o.ent_type_ not in OWNER_PLACES
                for r in resolve_all(o, self.ctx, other=source, place_country=place_country)
            ]
            if targets:
                return targets
        return []


def _role_site(site: Token) -> Resolved | None:
    """The role of a country a site's own words give it (``tree.role_site``), as a party."""
    held = role_site(site)
    if held is None:
        return None
    country, role, text = held
    return Resolved(country_actor(country, role, text), why=f"'{text}': a site its own words give to a role ({role})")


def _or_examples(head: Token, resolve: Callable[[Token], list[Resolved]]) -> list[Resolved]:
    """The actors a target slot's phrase names, or when it names none, those of the parties its group of parties
    gives as examples ('criticised foreign powers like China and Japan': China, Japan; ``tree.named_examples``).
    Read for targets only: a doer's examples ("countries such as France condemned ...") are not read."""
    return resolve(head) or [r for e in named_examples(head) for r in resolve(e)]


def _no_party_of_a_call(frame: Frame) -> bool:
    """'called the Arab League to discuss the crisis', 'called the Russian ambassador to discuss': a call read from its
    purpose alone (``calls`` in clauses.yaml) whose target slots name a body by its noun (convened or appealed to:
    council, league, assembly; not any organisation: 'called Hamas to discuss', review s20) or an envoy (summoned) is
    no telephone call with them; 'called Erdogan to discuss' and 'called UN chief Guterres' are, and so
    is a call whose medium is named ('phoned the European Commission')."""
    words = clauses().calls
    if frame.rule not in words.patterns:
        return False
    heads = [h for option in frame.target_options for h in option]
    return any(h.lemma_.lower() in words.body_nouns or h.lower_ in words.summoned for h in heads)


def _purpose_parties(trigger: Token) -> list[Token]:
    """The organisations a visit's purpose names as its own gathering: the name on a venue noun after 'for' ('for a
    NATO summit', 'for the EU's summit') or the object of a verb of attending ('to attend an EU summit', 'to address
    the UN Human Rights Council'; ``visit_purpose_verbs``). Not the party of 'a summit with EU leaders' nor of 'to meet
    EU leaders': that meeting is coded by its own word (040, both ways), and a visit whose target were the same party
    would be dropped as the same event of root 04 in the sentence; on train such visits were coded BEL as often as
    IGOEU."""
    names = roles_file()
    venues: list[Token] = list(prep_objects(trigger, names.purpose_preps))
    parties: list[Token] = []
    for clause in trigger.children:
        if clause.dep_ in ("xcomp", "advcl") and clause.lemma_.lower() in names.visit_purpose_verbs:
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                (venues if lemma_in(obj, names.venue_nouns) else parties).append(obj)
    for venue in venues:
        if venue.pos_ == "PROPN":
            parties.append(venue)  # a gathering's own name: 'the UN General Assembly'
        if lemma_in(venue, names.venue_nouns):
            parties.extend(c for c in venue.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN")
    return parties


def _a_deed_told(frame: Frame, sent: Span, day: dt.date | None) -> bool:
    """'US-led coalition jets killed 40 civilians in Manbij', 'troops shelled X and killed dozens of civilians':
    the sentence's main verb (or its conjunct) in the simple past, active, tells the deed of the day, its victims as
    target. So does, in a sentence that names no attack or weapon and with a doer that names a party (the annotators
    code killings at the attack: on train "were killed by regime airstrikes on Monday", "by regime and Russian
    warplanes", "killed 22 people Monday in an attack", "an intensifying push by the government killed 23" all were),
    a killing a verb of saying reports in the simple past ('Police said a gunman killed three people'), one whose doer
    is a passive's agent in the simple past ('Five civilians were killed by Turkish troops'), or one dated in the news
    ('Turkish troops have killed 20 civilians near Afrin on Tuesday, the monitor said': ``dating.dated_in_the_news``).
    What the toll skip is for stays a toll: a description or a result ('a gunman who killed three people', '...,
    killing 15 people') and a long, undated or ongoing total ('IS has killed hundreds since 2014', 'have been
    killed in the conflict, most by the regime', 'have been killing villagers')."""
    verb = frame.anchor
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBG":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if _main(verb) and verb.tag_ == "VBD" and not aux:
        return True
    if not (_main(verb) or _main(_reporting_verb(verb))) or not all(names_a_party(h) for h in frame.source_heads):
        return False
    if any(is_instrument(t) or (t.pos_ == "NOUN" and is_weapon(t)) for t in sent):
        return False  # "were killed by regime airstrikes", "by regime and Russian warplanes": coded at the attack
    if verb.tag_ == "VBD" and not aux:
        return True  # a reported clause's simple past
    simple = all(a.tag_ == "VBD" for a in aux)  # "were killed by", not "have been killed by"
    if simple and any(c.dep_ == "agent" for c in verb.children):
        return True  # the doer is the passive's agent, which resolved to an actor (else no source: no frame here)
    return dated_in_the_news(verb, sent, day, reporting=True)


def _main(verb: Token | None) -> bool:
    """The sentence's main verb or a conjunct of it ("shelled X and killed Y")."""
    return verb is not None and (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"))


def _reporting_verb(verb: Token) -> Token | None:
    """The verb of saying whose reported clause the verb heads, or a conjunct of it heads (``tree.reporting_verb``)."""
    return reporting_verb(verb.head if verb.dep_ == "conj" else verb)


def _held(head: Token) -> bool:
    """'airstrikes on a rebel-held area close to X killed ...', 'a rebel-held area ... regime artillery hit X': a place
    noun (``place_nouns``, ``held_territory_nouns``) a holding participle (``holding_verbs``) describes, or the holder
    named on the participle of such a noun ("rebel" of "a rebel-held district"), is where a deed was and who holds
    it, not who did the deed. As a target a held place stands for its holder (``holders.held_by``); as a source it is
    the parser's or the model's misreading of the struck place (s21-force: 0 of 6 such train events right). A party
    the participle describes stays a doer: "Russian-controlled separatists shelled ...", "Saudi-run forces bombed
    ..." (the participle says who backs them, not where the deed was)."""
    verbs = roles_file().holding_verbs
    if head.dep_ in ("npadvmod", "compound", "nmod") and head.head.dep_ == "amod" and head.head.lemma_ in verbs:
        return a_place_noun(head.head.head)  # "rebel" of "a rebel-held district"
    held = any(c.dep_ == "amod" and c.lemma_ in verbs and c.tag_ == "VBN" for c in head.children)
    return held and a_place_noun(head)


def a_place_noun(noun: Token) -> bool:
    """Whether a noun names a place (``place_nouns``) or a stretch of land one holds (``held_territory_nouns``:
    "position", "base"), not a party."""
    roles = roles_file()
    return lemma_in(noun, roles.place_nouns) or lemma_in(noun, roles.held_territory_nouns)


def _a_place(head: Token, found: Resolved) -> bool:
    """Whether a resolved phrase names a place rather than an actor: the resolver located it (a named place), or its
    head is a place noun (``place_nouns``: "the city", "a town in ...") or the object of a preposition of place ("in
    Syria") read as a bare country."""
    if found.place is not None:
        return True
    if found.actor.role is not None or found.actor.country is None:
        return False
    # "strikes by the coalition in Syria", "activists in Syria said ...": a bare country after a preposition of place
    # is where the deed or its doer was, not who did it
    return names_where(head)


def names_where(tok: Token) -> bool:
    """Whether a word names where rather than who: a place noun (``place_nouns``: "the town") or the object of a
    preposition of place ("in Syria": :func:`after_a_place_prep`)."""
    return after_a_place_prep(tok) or lemma_in(tok, roles_file().place_nouns)


def after_a_place_prep(tok: Token) -> bool:
    """Whether a word is the object of a preposition of place (``named_place_preps``: "in Syria", "near Homs"), so
    names where something was or happened."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in roles_file().named_place_preps
