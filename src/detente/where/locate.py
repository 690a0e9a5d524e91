"""Where an event happened: the place attached to its trigger, never any place in the article.

Two sources, in order: a target that is itself a place ("shelled Kherson",
"flew to Syria"), then a locative phrase on the trigger or its object ("met ...
in Ankara", "clashes near Gaza City"). The most specific place wins: a town over its region ("Manbij in the
Aleppo governorate"), a region ("Homs province") over its country. No attached
place means no location, with two readings back (``scene``): "in the city" is the city named before,
and a deed on the ground whose sentence names no place takes the scene the sentences just before set, flagged
``carried``, else the country the article is about, at the precision of a country. A guessed place is worse than
none, and a guessed town worse than the right country.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from detente.data import gazetteer, roles_file
from detente.nlp.tree import prep_objects
from detente.records import Location
from detente.where.compass import COMPASS_DEPS, compass_bases, part_of, part_of_country, part_of_region
from detente.where.mentions import dictionary_entities, entity_span, own_phrase
from detente.where.named import as_region, demonym_capital, misattached, seat, town_of_country
from detente.where.places import (
    PLACE_LABELS,
    article_countries,
    geonames_location,
    place_info_location,
    place_location,
)
from detente.where.possessive import stripped_possessive
from detente.where.said import reporting_verb
from detente.where.scene import carried_scene, described_place
from detente.where.several import listed_places, several_places
from detente.where.spelling import respelt_place

LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "into",
    "off",
    "along",
    "within",
    "through",
}

# the arcs a locative phrase hangs from a word by: a preposition, or a compass adverb ("east of Aleppo",
# ``compass.compass_bases``); a word with neither has no place of its own
LOCATIVE_DEPS = ("prep", *COMPASS_DEPS)


# labels the small model gives a place's name when it takes it for something else ("Jisr al-Shaghour" a person)
NAME_LABELS = {*PLACE_LABELS, "PERSON", "NORP", "ORG"}


def _place_of(head: Token, unlisted: bool = False) -> Location | None:
    """The dictionary place a phrase names: its head, or the name with a place noun ('the capital Niamey');
    with ``unlisted``, failing those, a place name no gazetteer knows (``_unlisted``)."""
    roles, lemma = roles_file(), head.lemma_.lower()
    if unlisted:
        listed = listed_places(head)
        if listed is not None:
            return listed
    candidates = [head]
    if lemma in roles.place_nouns or lemma in roles.site_nouns:  # "the town of X", "Clark airport"
        # "Aleppo city": the small parser sometimes makes the name an adjective of the noun
        candidates += [
            c for c in head.children if c.dep_ in ("appos", "compound") or (c.dep_ == "amod" and c.pos_ == "PROPN")
        ]
        candidates += list(prep_objects(head, ("of",)))
    for tok in candidates:
        found = dictionary_entities(tok.doc).get(tok.i)
        if found and found[0] == "country":
            town = town_of_country(tok, found[2])
            if town is not None:
                return town
            part = part_of_country(tok, found[1], found[2].text)
            if part is not None:
                return part
        if found and (found[0] in ("place", "capital", "country") or seat(found)):
            return part_of_region(tok, as_region(head, tok, place_location(found[1], found[2].text)))
    for tok in candidates:
        geo = geonames_location(tok)
        if geo is not None:
            return part_of_region(tok, as_region(head, tok, geo))
    if unlisted and lemma in roles.capital_nouns:
        capital = demonym_capital(head)
        if capital is not None:
            return capital
    if unlisted and (lemma in roles.place_nouns or lemma in roles.part_nouns):
        # "the eastern countryside of Homs province", "the Eastern part of Homs province": the place the part is of,
        # and which part when the text says; read for the event's own record only (while the parties are read, it
        # would make the region's country the target of deeds whose victims are unnamed)
        inner = (_place_of(o, unlisted) for o in prep_objects(head, ("of",)) if o.lemma_.lower() in roles.place_nouns)
        found = next(filter(None, inner), None)
        if found is not None:
            return part_of(head, found)
    described = described_place(head)  # "in the city": the city named before
    if described is None:
        described = misattached(head)
    if described is not None or not unlisted:
        return described
    if lemma in roles.place_nouns or lemma in roles.site_nouns:
        # "the towns of Jisr al-Shaghour", "the strategic Tal al-Jabiyeh hill": the noun says the name is a place
        # "Syrias Hama province": a known town the tagger hid in a longer name is the region its noun says
        return next(filter(None, (as_region(head, c, _unlisted(c, named=c.i != head.i)) for c in candidates)), None)
    # "Maaret-al-Numan, a city south of Idlib": an appositive place noun says the name is a place, whatever its tag
    named = any(c.dep_ == "appos" and c.lemma_.lower() in roles.place_nouns for c in head.children)
    return next(filter(None, (_unlisted(c, named=named) for c in candidates)), None)


def _unlisted(tok: Token, named: bool = False) -> Location | None:
    """A place the text names that no gazetteer knows ("in Nabea al-Sakhr", "the towns of Jisr al-Shaghour"):
    a proper name the parser tags as a place, or any proper name right after "in", "near", "at" ... It keeps
    its name and the words it was read from; its country only where the phrase gives it ("... in Hama",
    "Aleppo's ... neighbourhood"), and coordinates only of a known town it is a part of ("Aleppo's Bab
    al-Maqam", "Bab al-Maqam of Aleppo"; not "in Hama", which may be the province): a named place is the
    event's, a guessed position is not."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.i in dictionary_entities(tok.doc):
        return None
    after_prep = tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS
    # after "in", "near" ... the small model often tags a town a person ("in Maaret ...", "near Abu Kamal")
    # ``named``: the phrase says the name is a place ("to the northwest of al-Qaraytain"), whatever its tag
    if not named and tok.ent_type_ not in PLACE_LABELS and not (after_prep and tok.ent_type_ in ("", "NORP", "PERSON")):
        return None
    span = entity_span(tok)
    if span is None or not (span.label_ in PLACE_LABELS or (named and span.label_ in NAME_LABELS)):
        # a name the phrase says is a place keeps the whole name the model found, whatever it took it for ("the
        # towns of Jisr al-Shaghour", tagged a person)
        left = min([tok.i, *(c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN")])
        span = tok.doc[left : tok.i + 1]
    span = own_phrase(span, tok)
    if any(dictionary_entities(tok.doc).get(t.i) for t in span):
        return None  # a name the dictionaries know in part ("Damascus countryside") is read by them, not here
    owner = stripped_possessive(span)
    if owner is not None:  # "Aleppos Qaryat al-Ansari": the town's quarter, its apostrophe lost
        span = span[1:]
    name = span.text[4:] if span.text.lower().startswith("the ") else span.text
    listed = gazetteer().places.get(name) if owner is not None else None
    if listed is not None:  # "Syrias Hama": a known town of the country; one of another country is not read so
        return place_info_location(listed, span.text) if listed.country == owner.country else None
    known = respelt_place(name, article_countries(tok.doc))
    if known is not None:  # "Deir Ezour": a known town under another spelling
        return place_info_location(known, span.text)
    part_of = [c for c in tok.children if c.dep_ == "poss"] + list(prep_objects(tok, ("of",)))
    part_of += list(prep_objects(tok.head, ("of",))) if tok.dep_ == "compound" else []
    around = owner or next(filter(None, map(_place_of, part_of)), None)
    if around is not None and around.precision == "city":  # "Aleppo's Bab al-Maqam": a quarter of a known town
        return Location(
            name=name, country=around.country, lat=around.lat, lon=around.lon, text=span.text, precision="site"
        )
    inside = next(filter(None, map(_place_of, prep_objects(tok, ("in",)))), around)  # "X in Hama": its country only
    return Location(name=name, country=inside.country if inside else None, text=span.text, precision="site")


def _preps_of(trigger: Token) -> set[str]:
    """The prepositions that name the event's place on its trigger: the locative ones, "to" after a word of
    travel ("a visit to London"), "on" after a deed that falls on a place ("air strikes on Raqqa")."""
    lemma, roles = trigger.lemma_.lower(), roles_file()
    preps = set(LOCATIVE_PREPS)
    if lemma in roles.travel_words:
        preps.add("to")
    if lemma in roles.departure_words:  # "heading for Croatia", "left for Paris"
        preps.add("for")
    if lemma in roles.attack_nouns or lemma in roles.onset_words:
        preps.add("on")
    return preps


def _locatives(anchor: Token, preps: set[str] = LOCATIVE_PREPS, unlisted: bool = False) -> list[Location]:
    # a direction from a place ("to the west of Damascus") counts only where the word names no town or site of its
    # own: "raids on the town of Zabadani to the west of Damascus" were on Zabadani, which the direction describes;
    # a coarser place there ("positions in Homs province east of Palmyra") leaves the base town in, and the most
    # specific place wins
    if not any(c.dep_ in LOCATIVE_DEPS for c in anchor.children):
        return []  # most words of a clause hang no phrase at all: one look at the children instead of four walks
    found: list[Location] = []
    for contest in prep_objects(anchor, ("for",)):
        if contest.lemma_.lower() in roles_file().contest_nouns:  # "battled for control of the city of Aleppo"
            found += [loc for o in prep_objects(contest, ("of",)) if (loc := _place_of(o, unlisted)) is not None]
    objects = list(prep_objects(anchor, preps))
    if unlisted:  # "during a visit to London", "during talks in Ankara": where the visit or the talks were
        roles = roles_file()
        objects += [
            o
            for o in prep_objects(anchor, roles.occasion_preps)
            if o.lemma_.lower() in roles.venue_nouns
            or o.lower_ in roles.venue_nouns
            or o.lemma_.lower() in roles.travel_words
        ]  # "talks" is a venue as written, its lemma "talk" a word said
    if unlisted:  # "spent time in England, France and Ireland": each place listed (the target picks among them)
        objects += [c for o in objects for c in o.conjuncts if c.i > o.i]
    for pobj in objects:
        loc = _place_of(pobj, unlisted)
        if loc is None and (unlisted or pobj.lemma_.lower() in roles_file().venue_nouns):
            # "at a conference in Tokyo": the venue's place; and, read for the event's own record, where the
            # thing struck or met at lies ("air raids on their strongholds in Deir Ezzor")
            loc = _inner_place(pobj, unlisted)
        if loc is not None:
            found.append(loc)
    if any(loc.precision in ("city", "site") for loc in found):
        return found
    return found + [
        loc
        for base in compass_bases(anchor, LOCATIVE_PREPS)
        if (loc := _place_of(base, unlisted) or (_unlisted(base, named=True) if unlisted else None)) is not None
    ]


def _inner_place(pobj: Token, unlisted: bool, depth: int = 2) -> Location | None:
    """The place a venue or a deed's phrase holds, up to two phrases deep: "at a conference in Tokyo", "in air
    raids on their strongholds in Deir Ezzor", "in airstrikes by Russian jets on Aleppo"."""
    for obj in prep_objects(pobj, _preps_of(pobj)):
        loc = _place_of(obj, unlisted)
        if loc is None and depth > 1:
            loc = _inner_place(obj, unlisted, depth - 1)
        if loc is not None:
            return loc
    return None


OTHER_CLAUSES = {"relcl", "ccomp", "advcl", "parataxis", "csubj"}


def _clause_tokens(head: Token, skip: frozenset[str] | set[str] = OTHER_CLAUSES) -> list[Token]:
    """The words of a clause, without the clauses inside it (relative, reported, adverbial, conjoined verbs; and
    what else ``skip`` names)."""
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
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
    if record:  # "killed by Turkish artillery fire and US airstrikes in northern Syria": the doer's deed, where done
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
    """'dashed to Brussels for a breakfast meeting': an event noun the journey was for."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "for"


def _clause_place(anchors: list[Token], trigger: Token, unlisted: bool = False, words: bool = False) -> list[Location]:
    # the verb an event noun is told with takes the noun's prepositions: "launched air raids on the town of X"
    # (the parser hangs "on" on the verb), "paid a visit to London"
    verb = _noun_verb(trigger, unlisted)

    def read(anchor: Token) -> list[Location]:
        if anchor is trigger or (_for_purpose(trigger) and anchor.i == trigger.head.head.i):
            preps = _preps_of(anchor)
        elif verb is not None and anchor.i == verb.i:
            preps = _preps_of(trigger)
        else:
            preps = LOCATIVE_PREPS
        return _locatives(anchor, preps, unlisted)

    # for the event's own record, a place on the subject ("rebels in Talbisseh shelled positions around the town of
    # X") is where the party is: the event's only where the trigger and its other words name none
    subjects = [a for a in anchors if unlisted and a.dep_ == "nsubj" and a.head.i == trigger.i]
    found = [loc for anchor in anchors if anchor not in subjects for loc in read(anchor)]
    if not found:
        found = [loc for anchor in subjects for loc in read(anchor)]
    found += [loc for anchor in anchors for loc in _visited(anchor, unlisted)]
    if not found:
        # the small parser often hangs "in Muscat" on a party or an object: any locative phrase of the
        # event's own clause (not of a clause within it: "who stormed parliament in Nairobi")
        clause = _event_clause(anchors, trigger, unlisted, words)
        # known places only: "(its branch in the Levant)"; for the event's record, none of another occasion the
        # clause names in passing (while the parties are read, dropping "for its attacks on shipping in the Red Sea"
        # left "air strikes across Yemen" to make the country a target: one false event on tests/dev)
        found = [loc for tok in clause if not (unlisted and _aside(tok, trigger)) for loc in _locatives(tok)]
    elif all(loc.precision == "region" for loc in found):
        # "killed in airstrikes against the group near the city of Manbij in the Aleppo governorate": the phrase on
        # the event names only a region, and its clause a known town of that region's country elsewhere (on a
        # party): the town is the most specific place the text gives
        countries = {loc.country for loc in found}
        clause = _event_clause(anchors, trigger, unlisted)
        found += [
            loc
            for tok in clause
            for loc in _locatives(tok)
            if loc.precision in ("city", "site") and loc.lat is not None and loc.country in countries
        ]
    return found


def _aside(tok: Token, trigger: Token) -> bool:
    """'cancelled a visit to Moscow after the gas attack in Syria', 'berated the mayor for his reaction to the
    atrocity in London': a word inside a phrase of time or cause (``roles.yaml`` ``aside_preps``) names another
    occasion, and a place on it is that occasion's, not the event's. A phrase of purpose whose object is a venue or a
    journey ("met for talks in Geneva", ``purpose_preps``) names the event's own occasion, the same test
    ``occasion_preps`` takes, and is no aside."""
    roles = roles_file()
    node = tok
    while node.head.i != node.i and node.i != trigger.i:
        if node.dep_ == "prep" and node.lower_ in roles.aside_preps and not _own_occasion(node):
            return True
        node = node.head
    return False


def _own_occasion(prep: Token) -> bool:
    """Whether an aside preposition is one of purpose whose object is a venue noun or a word of travel ("for talks",
    "for a summit", "for a visit"): the occasion the event is part of."""
    roles = roles_file()
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
        loc = _place_of(obj, unlisted)
        if loc is not None and loc.precision != "country":
            found.append(loc)
    return found


def _scene(trigger: Token, unlisted: bool = False) -> list[Location]:
    """Places of the clauses that share the event's scene: a participle on the trigger ("Speaking in Berlin,
    Merkel advised ..."), then up to two clauses the trigger's subjectless clause hangs on."""
    found = []
    for child in trigger.children:
        if child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN") and not _own_subject(child):
            found += _clause_place([child], child, unlisted)
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
    return [loc for leg in legs for loc in _locatives(leg, _preps_of(leg))]


def _where_clause(trigger: Token, unlisted: bool = False) -> list[Location]:
    """'the northern city of Manbij where US-backed fighters are battling ...', 'on Capitol Hill, where his aides
    met ...': an event told in a relative clause opened by "where" happened at the place that clause describes."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is trigger and verb.dep_ == "xcomp" and not _own_subject(verb):
        verb = verb.head  # "Hamburg, where he is to meet Putin"; not "where he will spend time preparing for a meeting"
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return []
    loc = _place_of(verb.head, unlisted)
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
            loc = _place_of(obj) if known[0] in ("place", "capital") or seat(known) else None
        elif not unlisted or obj.pos_ != "PROPN":
            loc = None
        elif obj.ent_type_ in PLACE_LABELS or (obj.ent_type_ == "ORG" and obj.lemma_.lower() in landmarks):
            loc = _unlisted(obj, named=True)
        else:
            loc = None
        if loc is not None:
            found.append(loc)
    return found


def _unplaced(loc: Location) -> bool:
    """A place no gazetteer knows, whose country the text around it may give; not shared waters, which the
    gazetteer lists with coordinates and no country on purpose (places.yaml): they take no coastal state's."""
    return loc.country is None and loc.lat is None


def _of_words(code: str) -> bool:
    """An event of words (roles.yaml ``said_roots``), not one of the deeds listed among them (``said_deeds``: signing
    an agreement is done where it was signed, whoever reports it)."""
    roles = roles_file()
    return code[:2] in roles.said_roots and not code.startswith(tuple(roles.said_deeds))


def locate(trigger: Token, targets: Sequence[PlaceTarget | None], *, code: str | None = None) -> Location | None:
    """The event's place: a place-like target ("shelled Kherson"), else a locative phrase on the trigger or
    its clause ("met ... in Ankara"), else of the clause whose scene it shares; a city or region named
    there beats a country target. With the event's CAMEO ``code`` (given for the event's record only), a
    deed done on the ground takes, failing all that, the scene an earlier sentence set
    (``scene.carried_scene``); never while the parties are read, where a place found would make its
    country the target of a deed whose victims are unnamed."""
    targeted = next((t.place for t in targets if t is not None and t.place is not None), None)
    unlisted = code is not None  # places no gazetteer knows are read for the event's own record only
    words = code is not None and _of_words(code)
    if words:
        speaker = reporting_verb(trigger)
        said = _clause_place([speaker], speaker, True) or _scene(speaker, True) if speaker is not None else []
        if said:  # words told in a reported clause were said where the verb of saying's clause says
            return _most_specific(said, None, trigger, unlisted)
        if speaker is not None:
            return None  # the reported clause's places are what the words are about; where said, it does not say
        return _spoken_at(trigger)
    found = _clause_place(_anchors(trigger, unlisted), trigger, unlisted, words)
    if targeted is not None and targeted.precision != "country":
        # the target read as its town, the phrase names the town's region ("bombed Idlib province"), or the deed's
        # object is a place inside the target's ("retook the al-Qaryatain city in Homs")
        region = f"{targeted.name} "
        struck = _struck(trigger, unlisted)
        named = (loc for loc in [*found, *struck] if loc.precision == "region")
        inside = next((loc for loc in struck if loc.name != targeted.name), None)
        if inside is not None:
            return inside if not _unplaced(inside) else inside.model_copy(update={"country": targeted.country})
        return next((loc for loc in named if region in f"{loc.name} "), targeted)
    if targeted is not None and len({loc.country for loc in found} - {None}) > 1:
        # "spent time in England, France and Ireland" (a visit to France): the phrase lists places of several
        # countries, the event's target among them; its place is the target's, not the first listed
        found = [loc for loc in found if loc.country == targeted.country] or found
    if unlisted and (targeted is None or targeted.precision == "country"):
        # "struck Maaret-al-Numan, a city south of Idlib": a known town or site that is the deed's own object is
        # where it fell, not a town the rest of the clause names ("south of Idlib" says where that town lies)
        struck = [
            loc for loc in _struck(trigger, unlisted) if loc.precision in ("city", "site") and loc.lat is not None
        ]
        if struck:
            found = struck + [loc for loc in found if loc.precision not in ("city", "site")]
    if (found or targeted) and all(loc.precision == "country" for loc in [*found, *filter(None, [targeted])]):
        found += _struck(trigger, unlisted)  # "struck the towns of X and Y in Syria": the towns, in that country
    if not found and targeted is None:
        found = _struck(trigger, unlisted) or _where_clause(trigger, unlisted) or _scene(trigger, unlisted)
    place = _most_specific(found, targeted, trigger, unlisted)
    if place is not None or code is None or code[:2] not in roles_file().scene_roots:
        return place
    return carried_scene(trigger)


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
        found = [loc for o in trigger.children if o.dep_ == "dobj" for loc in _locatives(o, set(), True)]
    if not found and trigger.dep_ != "acl":
        found = _scene(trigger, True)
    return _most_specific(found, None, trigger, True)


def _most_specific(found: list[Location], targeted: Location | None, trigger: Token, unlisted: bool) -> Location | None:
    """The most specific place wins: a city or region is more precise than a country ("attacked the embassies of
    France in Kinshasa"), a town than its region ("near the city of Manbij in the Aleppo governorate"); a place
    no gazetteer knows beats only a region ("in Maaret al-Numaan in the countryside of Idleb"), never a known
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
