"""Where an event happened: the place attached to its trigger, never any place in the article.

Two sources, in order: a target that is itself a place ("shelled Kherson",
"flew to Syria"), then a locative phrase on the trigger or its object ("met ...
in Ankara", "clashes near Gaza City"). The most specific place wins: a town over its region ("Manbij in the
Aleppo governorate"), a region ("Homs province") over its country. No attached
place means no location, with two readings back (``scene``): "in the city" is the city named before,
and a deed on the ground whose sentence names no place takes the scene the sentences just before set, flagged
``carried``, else the country the article is about, at the precision of a country. A guessed place is worse than
none, and a guessed town worse than the right country. What place a phrase names is ``phrases``' job; this module
chooses which phrases of the clause are the event's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Span, Token

from detente.data import roles_file
from detente.nlp.memo import per_token
from detente.nlp.tree import TIME_LABELS, in_perfect, nearest_verb, prep_objects
from detente.records import Location
from detente.where.mentions import dictionary_entities
from detente.where.named import seat
from detente.where.phrases import LOCATIVE_PREPS, locatives, place_of, preps_of, unlisted_place, venue_compound
from detente.where.places import PLACE_LABELS, town_nouns
from detente.where.said import reporting_verb
from detente.where.scene import carried_scene, sentence_index, sentence_spans
from detente.where.several import several_places

OTHER_CLAUSES = {"relcl", "ccomp", "advcl", "parataxis", "csubj"}


def _clause_tokens(head: Token, skip: frozenset[str] | set[str] = OTHER_CLAUSES) -> list[Token]:
    """The words of a clause, without the clauses inside it (relative, reported, adverbial, conjoined verbs; and
    what else ``skip`` names)."""
    verb = nearest_verb(head)
    out, stack = [], [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ in skip or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
                continue
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def _anchors(trigger: Token, record: bool = False) -> list[Token]:
    """The words a locative phrase of the event hangs on: the trigger, its object, the verb of an event
    noun ("held talks ... in Muscat"), the verb it is conjoined to, and its subject ("Protesters in
    Dhaka demanded ...": people are where they act)."""
    anchors = [trigger, *[c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]]
    if trigger.dep_ == "conj" and not _own_subject(trigger):
        anchors.append(trigger.head)
    verb = _noun_verb(trigger, record)
    if verb is not None:
        anchors.append(verb)
    if record:  # "killed by Turkish shelling and US air raids in northern Syria": the doer's deed, where done
        agents = [o for a in trigger.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        anchors += [t for o in agents for t in (o, *o.conjuncts)]
    return anchors


def _noun_verb(trigger: Token, record: bool = False) -> Token | None:
    """The verb an event noun is told with ("held talks", "launched strikes", "in a raid by ..."); with ``record``
    (the event's own record) also through a quantity or kind ("launched dozens of air raids", "carried out a series
    of strikes"). Not while the parties are read: "launched dozens of air strikes across Yemen" would make the
    country the target of a party that struck a group in it."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj"):
        return None
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    if (
        record
        and verb.pos_ not in ("VERB", "AUX")
        and trigger.head.lower_ == "of"
        and verb.dep_ in ("dobj", "nsubj", "nsubjpass")
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


class PlaceTarget(Protocol):
    """A resolved party that may be a place (``actors.Resolved``)."""

    place: Location | None


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


# a clause without its own subject that hangs on another ("accusing Germany ..." after "in Brussels, Trump
# offered ...", "to meet ..." after "headed to Brussels") happened where that clause did
SCENE_OF_HEAD = {"advcl", "xcomp", "conj", "pcomp", "acl"}


def _for_purpose(trigger: Token) -> bool:
    """'dashed to Paris for a breakfast meeting': an event noun the journey was for."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "for"


def _clause_place(
    anchors: list[Token],
    trigger: Token,
    unlisted: bool = False,
    words: bool = False,
    meal: bool = False,
    force: bool = False,
    attacked: bool = False,
) -> list[Location]:
    """The places the event's own words and clause name. ``meal``: the event is a meeting (``roles.yaml``
    ``meal_roots``), whose occasion a meal it was held over can be (``_own_occasion``). ``force``: the event is a deed
    of force (``fell_on_roots``), whose attack nouns fall where their "on" says; ``attacked``: its verb's object or
    doer is such an attack (``_attacked``)."""
    # the verb an event noun is told with takes the noun's prepositions: "launched air raids on the town of X"
    # (the parser hangs "on" on the verb), "paid a visit to London"
    verb = _noun_verb(trigger, unlisted)
    attacks = _fell_on() if force else set()

    def read(anchor: Token) -> list[Location]:
        if anchor is trigger or (_for_purpose(trigger) and anchor.i == trigger.head.head.i):
            preps = preps_of(anchor)
            if attacked and anchor is trigger:
                # "repelled an attack on Sunday on the town of Haditha", "died in air raids on the Hara
                # area": the parser hangs the attack's "on" on the verb whose object or doer the attack is
                preps = preps | {"on"}
        elif verb is not None and anchor.i == verb.i:
            preps = preps_of(trigger)
        elif anchor.pos_ in ("NOUN", "PROPN") and anchor.lemma_.lower() in attacks:
            # "repelled an attack on the town of Haditha in Anbar province", "killed by an air raid on the market in
            # the town of X": an attack noun among the event's words falls on the place its "on" names
            preps = LOCATIVE_PREPS | {"on"}
        else:
            preps = LOCATIVE_PREPS
        # "on" before a place name only on the event's own verb ("met on Capitol Hill", "held talks on Capitol Hill"):
        # on another noun it names a topic ("rejected the UN resolution on the Golan Heights")
        own_verb = anchor.pos_ in ("VERB", "AUX") and (anchor is trigger or (verb is not None and anchor.i == verb.i))
        return locatives(anchor, preps, unlisted, on_names=own_verb)

    # for the event's own record, a place on the subject ("rebels in Talbisseh shelled positions around the town of
    # X") is where the party is: the event's only where the trigger and its other words name none
    subjects = [a for a in anchors if unlisted and a.dep_ == "nsubj" and a.head.i == trigger.i]
    found = [loc for anchor in anchors if anchor not in subjects for loc in read(anchor)]
    if not found:
        found = [loc for anchor in subjects for loc in read(anchor)]
    found += [loc for anchor in anchors for loc in _visited(anchor, unlisted)]
    if not found:  # "held a White House meeting with ...", "the Geneva talks": a venue its town or site names
        found = [loc for anchor in anchors if (loc := venue_compound(anchor)) is not None]
    if not found:
        # the small parser often hangs "in Muscat" on a party or an object: any locative phrase of the
        # event's own clause (not of a clause within it: "who stormed parliament in Nairobi")
        clause = _event_clause(anchors, trigger, unlisted, words)
        # known places only: "(its branch in the Levant)"; for the event's record, none of another occasion the
        # clause names in passing (while the parties are read, dropping "for its attacks on shipping in the Red Sea"
        # left "air strikes across Yemen" to make the country a target: one false event on tests/dev)
        own = [tok for tok in clause if not (unlisted and _aside(tok, trigger, meal))]
        found = [loc for tok in own for loc in _known(tok, unlisted)]
        if unlisted and found and all(loc.precision == "region" for loc in found):
            found += _towns_beside(own, found)
    elif all(loc.precision == "region" for loc in found):
        # "killed in airstrikes on the militants near the town of Manbij, in Aleppo province": the phrase on
        # the event names only a region, and its clause a known town of that region's country elsewhere (on a
        # party): the town is the most specific place the text gives
        countries = {loc.country for loc in found}
        clause = _event_clause(anchors, trigger, unlisted)
        found += [
            loc
            for tok in clause
            for loc in locatives(tok)
            if loc.precision in ("city", "site") and loc.lat is not None and loc.country in countries
        ]
        if unlisted and all(loc.precision == "region" for loc in found):
            found += _towns_beside(clause, found)
    return found


def _known(tok: Token, unlisted: bool) -> list[Location]:
    """The places a word's locative phrases name that a gazetteer knows; for the event's record (``unlisted``) also a
    known place only the reading of unlisted names finds ("an outpost in northwestern Syrias Idlib province": the
    possessive's apostrophe lost; a respelt town), never one no gazetteer knows ("its branch in the Levant")."""
    found = locatives(tok)
    if found or not unlisted:
        return found
    return [loc for loc in locatives(tok, unlisted=True) if loc.lat is not None]


def _towns_beside(words: list[Token], regions: list[Location]) -> list[Location]:
    """'raids on hideouts in al-Shadadi city, Hasaka province', 'a clinic in Kafr Halab in
    rural Idlib province': where the clause's place phrases name only regions, a town or site no gazetteer knows
    named in a phrase on the same word as such a region, or on whose own name the region's phrase hangs, is the finer
    place the text gives; the region says where it lies (and gives its country). Only beside one of the ``regions``
    found for the event: "killed fighters in Maaret al-Numaan in Idleb's countryside and targeted strongholds in Raqqa
    province" puts the second deed in Raqqa province, not in the first's town. Read for the event's record only."""
    names = {loc.name for loc in regions}
    found = []
    for tok in words:
        known = locatives(tok)
        if not known or any(loc.precision != "region" or loc.name not in names for loc in known):
            continue
        towns = locatives(tok, unlisted=True)
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
            towns.append(place_of(tok, True))
        countries = {loc.country for loc in known}
        for town in towns:
            if town is None or town.precision not in ("city", "site"):
                continue
            if any(t.name == town.name for t in found):
                continue  # the same town read by both readings of the phrase
            if town.country is None and len(countries) == 1:
                town = town.model_copy(update={"country": next(iter(countries))})
            found.append(town)
    return found


def _attacked(verb: Token) -> bool:
    """'repelled an attack', 'killed by air strikes': a verb whose object or doer is an attack noun whose "on" names
    the place it fell on (``roles.yaml`` ``fell_on_nouns``)."""
    nouns = _fell_on()
    return any(w.lemma_.lower() in nouns for w in _deed_words(verb))


def _fell_on() -> set[str]:
    """The nouns whose "on" names where a deed of force fell: attacks ("an attack on the town of X": ``roles.yaml``
    ``fell_on_nouns``) and what the deed sent ("fired shells on the village of X": ``fell_on_munitions``)."""
    roles = roles_file()
    return {*roles.fell_on_nouns, *roles.fell_on_munitions}


def _deed_words(verb: Token) -> list[Token]:
    """A verb's object and the nouns of its "by" phrase ("repelled an attack", "killed by air strikes and missiles")."""
    words = [c for c in verb.children if c.dep_ == "dobj"]
    words += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return [w for word in words for w in (word, *word.conjuncts)]


def _aside(tok: Token, trigger: Token, meal: bool = False) -> bool:
    """'cancelled a visit to Moscow after the gas attack in Syria', 'berated the mayor for his reaction to the
    atrocity in London': a word inside a phrase of time or cause (``roles.yaml`` ``aside_preps``) names another
    occasion, and a place on it is that occasion's, not the event's. A phrase of purpose whose object is a venue or a
    journey ("met for talks in Geneva", ``purpose_preps``) names the event's own occasion, the same test
    ``occasion_preps`` takes, and is no aside."""
    roles = roles_file()
    node = tok
    while node.head.i != node.i and node.i != trigger.i:
        if node.dep_ == "prep" and node.lower_ in roles.aside_preps and not _own_occasion(node, meal):
            return True
        node = node.head
    return False


def _own_occasion(prep: Token, meal: bool = False) -> bool:
    """Whether an aside preposition is one of purpose whose object is a venue noun or a word of travel ("for talks",
    "for a summit", "for a visit"), or, for a meeting (``meal``), "over" a meal ("met over a working dinner":
    ``meal_preps``, ``meal_nouns``): the occasion the event is part of. For any other event "over" a meal is its
    cause, another occasion ("criticized Macron over a dinner in Paris that he had skipped")."""
    roles = roles_file()
    if prep.lower_ in roles.meal_preps:
        if not meal:
            return False  # "met over a dinner at Number 10": the meal was the occasion
        return any(o.dep_ == "pobj" and o.lemma_.lower() in roles.meal_nouns for o in prep.children)
    if prep.lower_ not in roles.purpose_preps:
        return False
    words = set(roles.venue_nouns) | set(roles.travel_words)
    # "talks" is a venue as written, its lemma "talk" a word said
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in words or o.lower_ in words) for o in prep.children)


def _event_clause(anchors: list[Token], trigger: Token, record: bool = False, words: bool = False) -> list[Token]:
    """The words of the event's own clause: the clause of its verb (for an event noun, the verb it is told with),
    and, for a verb conjoined to another ("UN envoy meets rebels ... met with leaders of the alliance in southern
    Syria"), its own words too, which the clause of the verb it hangs on leaves out as another clause — for the
    event's record only (``record``): while the parties are read, such a place made its country the target of one
    more (false) event on the real-news train split."""
    # words ("called on the EU to stop crimes in Syria", "vowed to fight in Idlib"): what is asked, vowed or
    # threatened is done elsewhere, so the clause it is told in (an xcomp) is no place of the words
    # and their object or its complement is what they are about ("accused the rebels of firing on Aleppo")
    skip = OTHER_CLAUSES | {"xcomp", "dobj", "pcomp"} if words else OTHER_CLAUSES
    clause = _clause_tokens(anchors[-1] if len(anchors) > 1 else trigger, skip)
    if record and trigger.dep_ == "conj" and trigger.pos_ in ("VERB", "AUX"):
        seen = {t.i for t in clause}
        clause = sorted([*clause, *(t for t in _clause_tokens(trigger) if t.i not in seen)], key=lambda t: t.i)
    return clause


def _struck(trigger: Token, unlisted: bool = False) -> list[Location]:
    """A town, region or site that is the deed's own object ("bombed opposition-held Idlib province",
    "entered the town of Dara'a"); a capital as object stands for its government, a country for itself."""
    found = []
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        known = dictionary_entities(obj.doc).get(obj.i)
        if known is not None and known[0] != "place":
            continue
        loc = place_of(obj, unlisted)
        if loc is not None and loc.precision != "country":
            found.append(loc)
    return found


def _struck_by(trigger: Token, unlisted: bool = False) -> list[Location]:
    """'The raids hit the town of Douma', 'mortar attacks which targeted neighbourhoods in Damascus city': an attack
    noun (``roles.yaml`` ``attack_nouns``, ``armed_deeds``) that is the subject of a verb of striking
    (``striking_verbs``), or that a relative clause of such a verb describes (on the noun or on its doer after "by":
    "attacks by the group which targeted ..."), fell on the town, region or site that verb's object names
    (``_struck``), else on the place that verb or its object is said to be in. Not a verb of killing or words: "the
    strikes killed 12 people from Douma", "the attack shocked Paris"."""
    roles = roles_file()
    noun = trigger
    while noun.dep_ == "compound" and noun.head.i != noun.i:  # "air strikes", "mortar attacks": the noun's head
        noun = noun.head
    # the deed told by a verb whose phrase holds the attack ("were killed in mortar attacks which targeted ...")
    nouns = [noun, *prep_objects(trigger, roles.attack_preps)] if trigger.pos_ == "VERB" else [noun]
    verbs: list[Token] = []
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if lemma not in roles.attack_nouns and lemma not in roles.armed_deeds:
            continue
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
            verbs.append(noun.head)
        doers = list(prep_objects(noun, roles.agent_words))
        verbs += [  # the relative clause's own subject is its relative word ("which targeted"), not another party
            c
            for held in (noun, *doers)
            for c in held.children
            if c.dep_ == "relcl"
            and any(w.dep_ == "nsubj" and w.tag_ == "WDT" for w in c.children)
            and (held is noun or not _doers_past(c))
        ]
    # "raids which were the newest to hit the town X": a copula's attribute whose infinitive strikes
    verbs += [
        v
        for verb in verbs
        if verb.lemma_.lower() == "be"
        for attr in verb.children
        if attr.dep_ == "attr"
        for v in attr.children
        if v.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    ]
    for verb in verbs:
        if verb.lemma_.lower() not in roles.striking_verbs:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for obj in objects for o in prep_objects(obj, ("of",))]  # "a number of neighbourhoods in X"
        found = _struck(verb, unlisted) or [loc for a in (verb, *objects) for loc in locatives(a, unlisted=unlisted)]
        if found:
            return found
    return []


def _doers_past(clause: Token) -> bool:
    """'attacks by the Islamic State group, which destroyed the ancient city of Palmyra in 2015': a relative clause on
    the doer that names a date or is told in a perfect tense ("which had destroyed") tells the doer's past, not where
    the attack fell."""
    if in_perfect(clause):
        return True
    return any(t.ent_type_ == "DATE" for t in clause.subtree)


def _scene(trigger: Token, unlisted: bool = False) -> list[Location]:
    """Places of the clauses that share the event's scene: a participle on the trigger ("Speaking in Berlin,
    Merkel advised ..."), then up to two clauses the trigger's subjectless clause hangs on."""
    found = []
    for child in trigger.children:
        if child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN") and not _own_subject(child):
            found += _clause_place([child], child, unlisted)
    found += _arrival(trigger)
    clause, steps = trigger, 0
    while not found and steps < 2 and clause.dep_ in SCENE_OF_HEAD and not _own_subject(clause):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            # "stationed in Niger to fight militants in the Sahel": a purpose is not a scene, but the purpose of a
            # journey is done where it led ("headed to Brussels to meet ...", "made a stop in London to urge ...")
            return _destination(clause.head) if clause.dep_ == "advcl" else []
        clause, steps = clause.head, steps + 1
        if clause.pos_ not in ("VERB", "AUX", "NOUN"):
            clause = clause.head  # "before meeting ...": the preposition's verb
        found = _clause_place([clause], clause, unlisted)
    if not found and unlisted and trigger.dep_ == "acl" and trigger.tag_ == "VBN" and clause.i == trigger.head.i:
        # "shells fired by the rebels hit western neighborhoods of Aleppo": a deed told by a participle on the thing
        # it sent, which then fell on a place, happened where that thing fell (the verb the thing is subject of)
        verb = clause.head if clause.dep_ in ("nsubj", "nsubjpass") and clause.head.pos_ == "VERB" else None
        if verb is not None:
            found = _clause_place([verb], verb, unlisted) or _struck(verb, unlisted)
    return found


def _arrival(trigger: Token) -> list[Location]:
    """'met Polish President Duda after arriving in Warsaw', 'set to meet EU leaders upon arriving in Poland': a
    subjectless clause of arrival (``roles.yaml`` ``arrival_words``) after a preposition of time (``arrival_preps``)
    on the event's verb, or on the verb it is the complement of, is where the event was: the arrival's destination."""
    roles = roles_file()
    verbs = [trigger, *([trigger.head] if trigger.dep_ == "xcomp" else [])]
    found = []
    for verb in verbs:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in roles.arrival_preps):
            for leg in (c for c in prep.children if c.dep_ == "pcomp" and c.lemma_.lower() in roles.arrival_words):
                if not _own_subject(leg):
                    found += locatives(leg, preps_of(leg))
    return found


def _specific(loc: Location) -> int:
    """How specific a place is, lower first: a known site or town, a place no gazetteer knows, a region."""
    if loc.precision == "region":
        return 2
    return 0 if loc.lat is not None else 1


def _destination(verb: Token) -> list[Location]:
    """Where a journey led: 'headed to Brussels', 'made a stop in London' (a word of travel, or its object)."""
    travel = roles_file().travel_words
    legs = [verb] if verb.lemma_.lower() in travel else []
    legs += [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in travel]
    return [loc for leg in legs for loc in locatives(leg, preps_of(leg))]


def _where_clause(trigger: Token, unlisted: bool = False) -> list[Location]:
    """'the town of Manbij in the north where US-backed forces are fighting ...', 'on Capitol Hill, where his aides
    met ...': an event told in a relative clause opened by "where" happened at the place that clause describes."""
    verb = nearest_verb(trigger)
    if verb is trigger and verb.dep_ == "xcomp" and not _own_subject(verb):
        verb = verb.head  # "Hamburg, where he is to meet Putin"; not "where he will spend time preparing for a meeting"
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return []
    loc = place_of(verb.head, unlisted)
    if loc is None and verb.head.ent_type_ in TIME_LABELS and verb.head.dep_ == "pobj":
        # "landed in Paris on Tuesday where he held meetings": the parser hangs "where" on the day the place
        # phrase before it is followed by; the place is the one the clause that day is told on names
        # This assumes the parse "verb -prep-> on -pobj-> day -relcl-> where-clause": the day's preposition hangs on
        # the clause's verb, whose own locatives name the place. Where it hangs on a noun instead ("talks on Monday
        # where ..."), that noun's own locative phrases are read, and most nouns hang none: no place.
        told_on = verb.head.head.head
        found = {(loc.name, loc.country): loc for loc in locatives(told_on, preps_of(told_on), unlisted)}
        return list(found.values()) if len(found) == 1 else []
    return [loc] if loc is not None else []


def _home_country(trigger: Token) -> str | None:
    from detente.actors.context import home_country  # actors reads places: imported late, not at load

    return home_country(trigger.doc)


def _visited(verb: Token, unlisted: bool) -> list[Location]:
    """'visited the Acropolis', 'toured the Mississippi Civil Rights Museum': the place a visit's object names. A
    name no gazetteer knows counts only as a place or site the model tagged so, or an organisation named by a
    site noun (a museum, not a company); a person visited is no place."""
    if verb.lemma_.lower() not in roles_file().travel_words:
        return []
    found, landmarks = [], roles_file().landmark_nouns
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        known = dictionary_entities(obj.doc).get(obj.i)
        if known is not None:
            loc = place_of(obj) if known[0] in ("place", "capital") or seat(known) else None
        elif not unlisted or obj.pos_ != "PROPN":
            loc = None
        elif obj.ent_type_ in PLACE_LABELS or (obj.ent_type_ == "ORG" and obj.lemma_.lower() in landmarks):
            loc = unlisted_place(obj, named=True)
        else:
            loc = None
        if loc is not None:
            found.append(loc)
    return found


def _unplaced(loc: Location) -> bool:
    """A place no gazetteer knows, whose country the text around it may give; not shared waters, which the
    gazetteer lists with coordinates and no country on purpose (places.yaml): they take no coastal state's."""
    return loc.country is None and loc.lat is None


def of_words(code: str) -> bool:
    """An event of words (roles.yaml ``said_roots``), not one of the deeds listed among them (``said_deeds``: signing
    an agreement is done where it was signed, whoever reports it)."""
    roles = roles_file()
    return code[:2] in roles.said_roots and not code.startswith(tuple(roles.said_deeds))


BARE_PLACE_KEY = "detente_bare_place"


def locate(trigger: Token, targets: Sequence[PlaceTarget | None], *, code: str | None = None) -> Location | None:
    """The event's place (``_locate``); for a deed on the ground (``roles.yaml`` ``scene_roots``) whose place is no
    finer than a region, the town its words describe and the next sentences name (``_named_next``).

    With no targets and no code (the parties' country, ``arguments``) the answer is the parse's alone, and every frame
    of a trigger asks it again: it is kept once per trigger and doc (``nlp.memo``, issue 13), and every such caller is
    handed the same ``Location``: read it, never change it (a caller that needs another place makes a new one, as
    this module does with ``model_copy``)."""
    if code is None and not targets:
        return per_token(BARE_PLACE_KEY, trigger, lambda t: _locate(t, targets))
    place = _locate(trigger, targets, code=code)
    if code is not None and code[:2] in roles_file().scene_roots and (place is None or place.precision in COARSE):
        later = _named_next(trigger, place)
        if later is not None:
            return later
    return place


def _locate(trigger: Token, targets: Sequence[PlaceTarget | None], *, code: str | None = None) -> Location | None:
    """The event's place: a place-like target ("shelled Kherson"), else a locative phrase on the trigger or
    its clause ("met ... in Ankara"), else of the clause whose scene it shares; a city or region named
    there beats a country target. With the event's CAMEO ``code`` (given for the event's record only), a
    deed done on the ground takes, failing all that, the scene an earlier sentence set
    (``scene.carried_scene``); never while the parties are read, where a place found would make its
    country the target of a deed whose victims are unnamed."""
    targeted = next((t.place for t in targets if t is not None and t.place is not None), None)
    unlisted = code is not None  # places no gazetteer knows are read for the event's own record only
    words = code is not None and of_words(code)
    if words:
        speaker = reporting_verb(trigger)
        said = _clause_place([speaker], speaker, True) or _scene(speaker, True) if speaker is not None else []
        if said:  # words told in a reported clause were said where the verb of saying's clause says
            return _most_specific(said, None, trigger, unlisted)
        if speaker is not None:
            return None  # the reported clause's places are what the words are about; where said, it does not say
        return _spoken_at(trigger)
    meal = code is not None and code[:2] in roles_file().meal_roots  # a meeting can be held over a meal
    # the widening of "on" to where an attack fell, for a deed of force only: "discussed the offensive on Afrin with
    # Iranian officials in Tehran" was in Tehran
    force = code is not None and code[:2] in roles_file().fell_on_roots
    attacked = force and _attacked(trigger)
    found = _clause_place(_anchors(trigger, unlisted), trigger, unlisted, words, meal, force, attacked)
    if targeted is not None and targeted.precision != "country" and unlisted:
        within = _placed_by(trigger, targeted, attacked)
        if within is not None:
            return within if not _unplaced(within) else within.model_copy(update={"country": targeted.country})
    if targeted is not None and targeted.precision != "country":
        # the target read as its town, the phrase names the town's region ("bombed Idlib province"), or the deed's
        # object is a place inside the target's ("took back the al-Qaryatain town in Homs")
        region = f"{targeted.name} "
        struck = _struck(trigger, unlisted)
        named = (loc for loc in [*found, *struck] if loc.precision == "region")
        inside = next((loc for loc in struck if loc.name != targeted.name), None)
        if inside is not None:
            return inside if not _unplaced(inside) else inside.model_copy(update={"country": targeted.country})
        return next((loc for loc in named if region in f"{loc.name} "), targeted)
    if targeted is not None and len({loc.country for loc in found} - {None}) > 1:
        # "spent days in Spain, France and Portugal" (a visit to France): the phrase lists places of several
        # countries, the event's target among them; its place is the target's, not the first listed
        found = [loc for loc in found if loc.country == targeted.country] or found
    if unlisted and (targeted is None or targeted.precision == "country"):
        # "hit Maaret-al-Numan, a town below Idlib": a known town or site that is the deed's own object is
        # where it fell, not a town the rest of the clause names ("below Idlib" says where that town lies)
        struck = [
            loc for loc in _struck(trigger, unlisted) if loc.precision in ("city", "site") and loc.lat is not None
        ]
        if struck:
            found = struck + [loc for loc in found if loc.precision not in ("city", "site")]
    if (found or targeted) and all(loc.precision == "country" for loc in [*found, *filter(None, [targeted])]):
        # "struck the towns of X and Y in Syria": the towns, in that country; "killed in attacks which targeted
        # neighbourhoods in Damascus city" (a target read as the country): the town the attack noun's verb struck
        found += _struck(trigger, unlisted) or (_struck_by(trigger, unlisted) if unlisted else [])
    if not found and targeted is None:
        found = (
            _struck(trigger, unlisted)
            or (_struck_by(trigger, unlisted) if unlisted else [])  # for the event's record only, as _placed_by
            or _where_clause(trigger, unlisted)
            or _scene(trigger, unlisted)
        )
    place = _most_specific(found, targeted, trigger, unlisted)
    if place is not None or code is None or code[:2] not in roles_file().scene_roots:
        return place
    return carried_scene(trigger)


# the precisions a town named later is finer than
COARSE = ("country", "region")


def _named_next(trigger: Token, place: Location | None) -> Location | None:
    """'Al-Qaeda loyalists stormed a largely Kurdish town in Syria's northeast ... The attack on the border town
    of Ras al-Ain', 'air raids on a town in northwestern Syria ... The bombardment of the town of Ariha': a deed
    on the ground whose own words put it in a town they do not name ("a town", "a village": an indefinite determiner,
    ``roles.yaml`` ``indefinite_determiners``, before a place noun of a town, ``place_descriptions``) happened in the
    town of that noun the next sentences (``named_next_window``) name first ("the town of X", "X town"), when that is
    a town or site of the country the event's own words give (or of none they give). Only where the event's own place
    is no finer than a region: a town its words name is read as they say. One such noun only: "a town near a village"
    says two places. A named town of another noun ("the village of X" after "a town") is not the one described."""
    roles = roles_file()
    towns = town_nouns()
    nouns = {
        tok.lemma_.lower()
        for tok in _clause_tokens(trigger, OTHER_CLAUSES - {"relcl"})
        if tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and tok.lemma_.lower() in towns
        and _indefinite(tok)
        and _deed_site(tok, trigger)
        and not _aside(tok, trigger)
    }
    if len(nouns) != 1:
        return None
    noun = nouns.pop()
    sents = sentence_spans(trigger.doc)
    here = sentence_index(sents, trigger)
    for sent in sents[here + 1 : here + 1 + roles.named_next_window]:
        if next((t.lower_ for t in sent if not t.is_punct), None) in roles.named_next_breaks:
            return None  # "Meanwhile, ...": the text turns to another event
        for tok in sent:
            if tok.lemma_.lower() != noun or tok.pos_ != "NOUN" or tok.tag_ != "NN":
                continue
            if _indefinite(tok):
                continue  # "a village" again: no name yet
            named = any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in tok.children)
            if not (named or any(o.pos_ == "PROPN" for o in prep_objects(tok, ("of",)))):
                continue  # "the town": a reference back, no name
            if not _refers_back(tok, trigger):
                return None  # the first town named is another event's: "Residents of the town of X celebrated"
            loc = place_of(tok, True)
            if loc is None or loc.precision not in ("city", "site"):
                return None
            country = place.country if place is not None else _home_country(trigger)
            if loc.country is None and country is not None:
                if _other_country(sent, country):
                    return None  # "the border town of Silopi in Turkey": not the event's country, whatever it is
                return loc.model_copy(update={"country": country})
            return loc if country is None or loc.country == country else None
    return None


def _indefinite(noun: Token) -> bool:
    """'a town', 'a village': a place noun an indefinite determiner (``roles.yaml`` ``indefinite_determiners``) leaves
    unnamed."""
    return any(c.dep_ == "det" and c.lower_ in roles_file().indefinite_determiners for c in noun.children)


def _other_country(sent: Span, country: str) -> bool:
    """'The assault on the border town of Silopi in Turkey', 'In Turkey, the town of Akcakale': the sentence names a
    place of another country than the event's, so a town no gazetteer knows may lie there and takes no country."""
    for tok in sent:
        if tok.ent_iob_ != "B" or tok.ent_type_ not in PLACE_LABELS:
            continue
        loc = place_of(tok)
        if loc is not None and loc.country is not None and loc.country != country:
            return True
    return False


def _refers_back(tok: Token, trigger: Token) -> bool:
    """'The assault on the border town of Ras al-Ain', 'The shelling hit the town of Jayrud', 'was killed in an
    air raid in the town of Turmanin': the named town's phrase is about the deed, an object or place phrase
    (``roles.yaml`` ``named_next_back_preps``) of an attack noun (``attack_nouns``), of the deed's own word, or of a
    verb whose subject is one of those. A town of another clause ('protesters demonstrated in the town of X',
    'Residents of the town of X celebrated') is another event's place."""
    roles = roles_file()
    deed = {trigger.lemma_.lower(), *roles.attack_nouns}
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in roles.named_next_back_preps:
        word = tok.head.head
    elif tok.dep_ in ("dobj", "nsubjpass"):
        word = tok.head
    else:
        return False
    if word.lemma_.lower() in deed:
        return True
    return word.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in deed for c in word.children
    )


def _deed_site(tok: Token, trigger: Token) -> bool:
    """'attacked a town in northern Syria', 'air raids in a town in Syria': the unnamed town is where the deed
    happened, its object or the place phrase (``roles.yaml`` ``named_next_preps``) of the deed's word or of its object
    ('shelled positions in a town'). Not a town inside the subject or another argument: 'Rebels from a town in
    northern Syria attacked a checkpoint' says where the rebels come from."""
    if tok.dep_ == "dobj":
        return tok.head.i == trigger.i
    if tok.dep_ != "pobj" or tok.head.lower_ not in roles_file().named_next_preps or tok.head.dep_ != "prep":
        return False
    word = tok.head.head
    return word.i == trigger.i or (word.dep_ == "dobj" and word.head.i == trigger.i)


def _placed_by(trigger: Token, targeted: Location, attacked: bool = False) -> Location | None:
    """'hit by airstrikes in the village of al-Rahjan, some 50 km east of Hama', 'killed in the villages of
    Rabia, 60 km north of Lattakia': the place the target was read from is named after a finer place of the event's
    own phrase (a town or site, up to two phrases deep), to say where that place lies; the event was at that place,
    not at the town that only locates it. ``attacked``: the deed of force's object or doer is an attack
    (``_attacked``), whose "on" names a place."""
    named = f" {targeted.text or targeted.name} "
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    # "nineteen died in government air raids on the Hara area, Daraa province": the attack that did the deed falls on
    # the place its "on" names, whether the parser hangs the phrase on the attack or on the verb
    attacks = _fell_on() if attacked else set()
    doers = [w for w in _deed_words(trigger) if w.dep_ != "dobj" and w.lemma_.lower() in attacks]
    level, heads = list(objects), [trigger, *objects, *doers]
    on_attack = LOCATIVE_PREPS | ({"on"} if attacked else set())
    for depth in range(3):
        for head in level:
            loc = place_of(head, True)
            if loc is None or loc.precision not in ("city", "site") or loc.name == targeted.name:
                continue
            if named in " " + " ".join(t.text for t in head.subtree if t.i > head.i) + " ":
                return loc
        if depth < 2:
            level = [
                o for h in heads for o in prep_objects(h, on_attack if h is trigger or h in doers else LOCATIVE_PREPS)
            ]
            heads = level
    return None


def _spoken_at(trigger: Token) -> Location | None:
    """Where words were spoken: the phrases on their own verb or noun and its subject ("told reporters in Ankara",
    "Protesters in Dhaka demanded ..."), a fronted or participle scene ("Speaking in Berlin, ..."). Never what the
    words are about: their target ("threatened to destroy North Korea"), their object or its complement ("accused
    the rebels of firing on a neighbourhood in Aleppo", "condemned the attack in Damascus"), nor the thing a
    participle of words describes ("an attack in Damascus claimed by IS")."""
    anchors = [trigger, *(c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass"))]
    anchors += [a for a in (_noun_verb(trigger, True),) if a is not None]
    found = _clause_place(anchors, trigger, True, words=True) or _where_clause(trigger, True)
    if not found:  # an occasion the parser hung on the object: "praised X's commitment during talks in Washington"
        found = [loc for o in trigger.children if o.dep_ == "dobj" for loc in locatives(o, set(), True)]
    if not found and trigger.dep_ != "acl":
        found = _scene(trigger, True)
    return _most_specific(found, None, trigger, True)


def _most_specific(found: list[Location], targeted: Location | None, trigger: Token, unlisted: bool) -> Location | None:
    """The most specific place wins: a city or region is more precise than a country ("attacked the embassies of
    France in Kinshasa"), a town than its region ("near the town of Manbij, in Aleppo province"); a place
    no gazetteer knows beats only a region ("in Maaret al-Numaan, out in rural Idleb"), never a known
    town ("in Hebron near Kiryat Arba": Hebron)."""
    finer = sorted((loc for loc in found if loc.precision != "country"), key=_specific)
    if finer:
        several = several_places(finer)
        if several is not None:
            return several
    if finer:
        if _unplaced(finer[0]):  # an unlisted town: in the one country the clause's other places are in
            countries = {loc.country for loc in found if loc.country}
            if len(countries) == 1:
                return finer[0].model_copy(update={"country": countries.pop()})
            home = _home_country(trigger) if unlisted else None
            if home is not None:  # else in the country the article is about, if one is
                return finer[0].model_copy(update={"country": home})
        return finer[0]
    return targeted or (found[0] if found else None)
