"""The place a phrase names: a locative phrase's object read as a dictionary place, a place no gazetteer knows, or
the venue or deed it holds.

``locate`` chooses which words of a clause are the event's; this module says what place such words name, so that the
two jobs (the clause's structure, a phrase's place) are read and changed apart. A guessed place is worse than none:
a name no gazetteer knows is read only where the phrase or the model says it is a place (``unlisted_place``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.data import gazetteer, roles_file
from detente.nlp.memo import per_doc, per_doc_once
from detente.nlp.tree import prep_objects
from detente.records import Location
from detente.where.compass import COMPASS_DEPS, compass_bases, part_of, part_of_country, part_of_region
from detente.where.mentions import dictionary_entities, entity_span, own_phrase
from detente.where.named import as_region, demonym_capital, misattached, seat, town_of_country
from detente.where.places import PLACE_LABELS, article_countries, geonames_location, place_info_location, place_location
from detente.where.possessive import stripped_possessive
from detente.where.scene import described_place, group_name
from detente.where.several import listed_places, listed_within
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


def place_of(head: Token, unlisted: bool = False) -> Location | None:
    """The dictionary place a phrase names: its head, or the name with a place noun ('the capital Niamey');
    with ``unlisted``, failing those, a place name no gazetteer knows (``unlisted_place``)."""
    roles, lemma = roles_file(), head.lemma_.lower()
    if unlisted:
        listed = listed_places(head) or listed_within(head, lambda holder: place_of(holder, True))
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
        # "the western countryside of Hama province", "the Western part of Hama province": the place the part is of,
        # and which part when the text says; read for the event's own record only (while the parties are read, it
        # would make the region's country the target of deeds whose victims are unnamed)
        inner = (place_of(o, unlisted) for o in prep_objects(head, ("of",)) if o.lemma_.lower() in roles.place_nouns)
        found = next(filter(None, inner), None)
        if found is not None:
            return part_of(head, found)
    described = _named_just_before(head) if unlisted else None
    if described is None:
        described = described_place(head)  # "in the city": the city named before
    if described is None:
        described = misattached(head)
    if described is not None or not unlisted:
        return described
    if lemma in roles.place_nouns or lemma in roles.site_nouns:
        # "the towns of Jisr al-Shaghour", "the strategic Tal al-Jabiyeh hill": the noun says the name is a place
        # "Syrias Hama province": a known town the tagger hid in a longer name is the region its noun says
        regions = (as_region(head, c, unlisted_place(c, named=c.i != head.i)) for c in candidates)
        return next(filter(None, regions), None)
    # "Maaret-al-Numan, a town below Idlib": an appositive place noun says the name is a place, whatever its tag
    named = any(c.dep_ == "appos" and c.lemma_.lower() in roles.place_nouns for c in head.children)
    return next(filter(None, (unlisted_place(c, named=named) for c in candidates)), None)


def _named_just_before(head: Token) -> Location | None:
    """'executed in the town of Ghraneij ... when IS stormed the town': a plain "the town" whose own sentence named a
    town with the same noun just before ("the town of X", "X town") is that town, though no gazetteer knows it (the
    reference back of ``described_place`` sees known places only, and took a known city named earlier instead)."""
    kind = roles_file().place_descriptions.get(head.lemma_.lower())
    if kind not in ("city", "region") or head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    mods = [c for c in head.children if c.i < head.i]
    if (
        len(mods) != 1
        or mods[0].lower_ != "the"
        or any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in head.children)
    ):
        return None
    for tok in reversed(head.sent[: head.i - head.sent.start]):
        if tok.lemma_.lower() == head.lemma_.lower() and tok.tag_ == "NN":
            named = any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in tok.children)
            named = named or any(o.pos_ == "PROPN" for o in prep_objects(tok, ("of",)))
            loc = place_of(tok, True) if named else None
            return loc if loc is not None and loc.precision != "country" else None
    return None


def unlisted_place(tok: Token, named: bool = False) -> Location | None:
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
    if group_name(span, tagged=False):
        return None  # "near Jaish al-Izza area": an armed group's name, where the group is, no place the text names
    owner = stripped_possessive(span)
    if owner is not None:  # "Aleppos Qaryat al-Ansari": the town's quarter, its apostrophe lost
        span = span[1:]
    name = span.text[4:] if span.text.lower().startswith("the ") else span.text
    if _spans_countries(name):
        return None  # "a trip to Asia", "visiting Europe": no town, region or country the event was in (guide 6)
    listed = gazetteer().places.get(name) if owner is not None else None
    if listed is not None:  # "Syrias Hama": a known town of the country; one of another country is not read so
        return place_info_location(listed, span.text) if listed.country == owner.country else None
    known = respelt_place(name, article_countries(tok.doc))
    if known is not None:  # "Deir Ezour": a known town under another spelling
        return place_info_location(known, span.text)
    part_of = [c for c in tok.children if c.dep_ == "poss"] + list(prep_objects(tok, ("of",)))
    part_of += list(prep_objects(tok.head, ("of",))) if tok.dep_ == "compound" else []
    around = owner or next(filter(None, map(place_of, part_of)), None)
    if around is not None and around.precision == "city":  # "Aleppo's Bab al-Maqam": a quarter of a known town
        return Location(
            name=name, country=around.country, lat=around.lat, lon=around.lon, text=span.text, precision="site"
        )
    inside = next(filter(None, map(place_of, prep_objects(tok, ("in",)))), around)  # "X in Hama": its country only
    return Location(name=name, country=inside.country if inside else None, text=span.text, precision="site")


def _spans_countries(name: str) -> bool:
    """A name of a region of several countries (``regions.yaml``: "Asia", "Europe", "the Middle East"): a trip there
    was to some of its countries, and the guide gives an event a town, a region of a country or a country, never a
    continent. On the real-news train split all six such places were wrong (five annotated with none)."""
    regions = gazetteer().regions.values()
    return any(name.casefold() in (r.casefold(), r.casefold().removeprefix("the ")) for r in regions)


def preps_of(trigger: Token) -> set[str]:
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


def locatives(
    anchor: Token, preps: set[str] = LOCATIVE_PREPS, unlisted: bool = False, on_names: bool = False
) -> list[Location]:
    """The places the locative phrases on ``anchor`` name. ``on_names``: the anchor is the event's own verb, so "on"
    before a name ending in a word of ``on_place_words`` is where it happened ("met on Capitol Hill"); on any other
    word "on" names a topic ("the UN resolution on the Golan Heights", "Syria's stance on the Golan Heights")."""
    if anchor.i not in _phrase_heads(anchor.doc):
        return []  # most words of a clause hang no phrase at all: one look at the children instead of four walks
    # the answer depends on the parse and the tables alone, and every candidate of a sentence asks it again of the
    # words of its clause (``locate._known``): kept once per word and question on the doc (issue 13), given as a copy
    memo = per_doc(LOCATIVES_KEY, anchor.doc)
    key = (anchor.i, frozenset(preps), unlisted, on_names)
    if key not in memo:
        memo[key] = _locatives(anchor, preps, unlisted, on_names)
    return list(memo[key])


LOCATIVES_KEY = "detente_locatives"
PHRASE_HEADS_KEY = "detente_locative_heads"


def _phrase_heads(doc: Doc) -> frozenset[int]:
    """The words that hang a locative phrase (a child by ``LOCATIVE_DEPS``), found in one pass over the doc: every
    candidate asks it of every word of its clause (``locate._known``), one walk of the word's children each time
    (issue 13)."""
    return per_doc_once(
        PHRASE_HEADS_KEY, doc, lambda d: frozenset(t.head.i for t in d if t.dep_ in LOCATIVE_DEPS and t.head.i != t.i)
    )


def _locatives(anchor: Token, preps: set[str], unlisted: bool, on_names: bool) -> list[Location]:
    """The read ``locatives`` keeps: a fresh list of the places of the phrases on ``anchor``, worked out from the parse
    and the tables alone (never from the event being coded), which is why one answer per word and question can be kept
    for the whole doc.

    A direction from a place ("to the west of Damascus", ``compass.compass_bases``) counts only where the word names
    no town or site of its own: "shelling of the town of Zabadani west of Damascus" was on Zabadani, which the
    direction describes; a coarser place there ("positions in Homs province east of Palmyra") leaves the base town
    in, and the most specific place wins."""
    found: list[Location] = []
    for contest in prep_objects(anchor, ("for",)):
        if contest.lemma_.lower() in roles_file().contest_nouns:  # "battled for control of the city of Aleppo"
            found += [loc for o in prep_objects(contest, ("of",)) if (loc := place_of(o, unlisted)) is not None]
    objects = list(prep_objects(anchor, preps))
    if on_names and "on" not in preps:  # "met on Capitol Hill": a name whose last word takes "on" (on_place_words)
        words = roles_file().on_place_words
        objects += [o for o in prep_objects(anchor, ("on",)) if o.pos_ == "PROPN" and o.lemma_.lower() in words]
    if unlisted:  # "during a visit to London", "during talks in Ankara": where the visit or the talks were
        roles = roles_file()
        objects += [
            o
            for o in prep_objects(anchor, roles.occasion_preps)
            if o.lemma_.lower() in roles.venue_nouns
            or o.lower_ in roles.venue_nouns
            or o.lemma_.lower() in roles.travel_words
        ]  # "talks" is a venue as written, its lemma "talk" a word said
    if unlisted:  # "spent days in Spain, France and Portugal": each place listed (the target picks among them)
        objects += [c for o in objects for c in o.conjuncts if c.i > o.i]
    for pobj in objects:
        loc = place_of(pobj, unlisted)
        if loc is None and (unlisted or pobj.lemma_.lower() in roles_file().venue_nouns):
            # "at a conference in Tokyo": the venue's place; and, read for the event's own record, where the
            # thing struck or met at lies ("air raids on militant positions around Deir Ezzor")
            loc = inner_place(pobj, unlisted)
        if loc is None:  # "at the Astana talks": the gathering's name, unless a place phrase says where ("in Sochi")
            loc = venue_compound(pobj)
        if loc is not None:
            found.append(loc)
    if any(loc.precision in ("city", "site") for loc in found):
        return found
    return found + [
        loc
        for base in compass_bases(anchor, LOCATIVE_PREPS)
        if (loc := place_of(base, unlisted) or (unlisted_place(base, named=True) if unlisted else None)) is not None
    ]


def inner_place(pobj: Token, unlisted: bool, depth: int = 2) -> Location | None:
    """The place a venue or a deed's phrase holds, up to two phrases deep: "at a conference in Tokyo", "in air
    raids on militant positions around Deir Ezzor", "in airstrikes by Russian jets on Aleppo"."""
    preps = preps_of(pobj)
    for obj in [*prep_objects(pobj, preps), *(o for done in _done_by(pobj) for o in prep_objects(done, preps))]:
        loc = place_of(obj, unlisted)
        if loc is None and depth > 1:
            loc = inner_place(obj, unlisted, depth - 1)
        if loc is not None:
            return loc
    return None


def _done_by(deed: Token) -> list[Token]:
    """'a rocket attack carried out by rebels on a district of Aleppo', 'airstrikes conducted in Hama province': the
    participle of doing (``clauses.yaml`` ``noun_participles.doing_verbs``, read by ``actors.holders.of_doing`` for the
    deed's doer too), and its doer after "by", that the parser hangs the deed noun's
    own place phrases on; not a participle of blame or claim ("an attack blamed on Iran")."""
    from detente.actors.holders import of_doing  # the actors package reads places: imported here, not at the top

    roles = roles_file()
    if deed.lemma_.lower() not in roles.attack_nouns and deed.lemma_.lower() not in roles.armed_deeds:
        return []
    done = [c for c in deed.children if c.dep_ == "acl" and c.tag_ == "VBN" and of_doing(c)]
    # "carried out by rebels on a district": the small parser hangs the phrase on the doer named after "by"
    return [*done, *(o for d in done for a in d.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj")]


def venue_compound(noun: Token) -> Location | None:
    """'a White House meeting', 'the Geneva talks', 'at their Helsinki summit': a venue noun (``roles.yaml``
    ``venue_nouns``) that a known town or site (a seat of power included) names right before it was held there. Not a
    country or a region: 'the Iran talks', 'a Syria conference' name what the gathering is about."""
    venues = roles_file().venue_nouns
    if noun.lemma_.lower() not in venues and noun.lower_ not in venues:
        return None
    index = dictionary_entities(noun.doc)
    for mod in (c for c in noun.children if c.dep_ == "compound" and c.i < noun.i):
        known = index.get(mod.i)
        if known is None or not (known[0] in ("place", "capital") or seat(known)):
            continue
        loc = place_location(known[1], known[2].text)
        if loc is not None and loc.precision in ("city", "site"):
            return loc
    return None
