"""Places an event's own words do not name: "the city" read back, and the scene the article set just before.

News names a place once and then goes on: "Rebels shelled Aleppo on Monday. ... killed two civilians in
the city"; "Government forces entered Harbanafseh. The army took the hills around it." The annotation
guide counts such a place as the event's ("made plain by it"). Two readings, both only when plain:

- **a place description** ("the city", "the town", "the province": ``roles.yaml`` ``place_descriptions``)
  is the latest place of its precision named before it in the article (a city for "the town", a region
  for "the province"), within a few sentences; two different ones in that sentence and it stays unread;
- **the sentence's scene**: a deed done on the ground (below) whose own clause names no place takes the one
  place its sentence sets as where things happen ("Fighting in Aleppo intensified, and rebels attacked
  soldiers"); two such places, and it takes none;
- **the scene**: an event whose sentence names no place at all, of a deed done on the ground (the CAMEO
  roots of ``roles.yaml`` ``scene_roots``: protest, force, coercion, assault, fighting; never a statement,
  a meeting or a call, and never a verb of saying), takes the place the previous sentences of its paragraph set as where
  things happen — a place after "in", "near", "at" ... — when that is one place, in the country the
  article is about, and no sentence in between named another. Such a location says so: its precision
  is ``carried``;
- **the country**: such a deed with no scene of its own sentence or carried takes the country the article is about
  (``actors.home_country``), at the precision ``country``, when its sentence names no other country and nothing
  before it in the paragraph set a scene or named a place abroad. A town the
  article names elsewhere would be a guess (the annotators place such deeds at another town as often as not), and a
  wrong town is worse than the right country.

Whatever is not plain stays without a place: a guessed place is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.data import clauses, gazetteer, roles_file
from detente.nlp.tree import nearest_verb, sentence_bounds
from detente.records import Location
from detente.where.mentions import dictionary_entities, entity_span
from detente.where.places import PLACE_LABELS, countries_named, geonames_location, place_location
from detente.where.possessive import stripped_possessive

DESCRIPTION_WINDOW = 4  # sentences back a place description reads
SCENE_WINDOW = 3  # sentences back a scene is carried, within one paragraph
SCENE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "within"}
FINE = ("site", "city", "region")


def sentence_spans(doc: Doc) -> list[Span]:
    """The doc's sentences, their bounds found once per doc (``nlp.tree.sentence_bounds``)."""
    return [doc[start:end] for start, end in sentence_bounds(doc)]


def sentence_index(sents: list[Span], tok: Token) -> int:
    """The index in ``sents`` (``sentence_spans``) of the sentence holding ``tok``."""
    return next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)


def _named_places(sent: Span, before: int | None = None) -> list[tuple[Token, Location]]:
    """The places (not whole countries) a sentence names, by their first token, in order."""
    out: list[tuple[Token, Location]] = []
    seen: set[int] = set()
    index = dictionary_entities(sent.doc)
    for tok in sent:
        if before is not None and tok.i >= before:
            break
        known = index.get(tok.i)
        loc = None
        if known is not None:
            span = known[2]
            if span.start in seen or known[0] not in ("place", "capital"):
                continue
            seen.add(span.start)
            loc = place_location(known[1], span.text)
        elif tok.ent_type_ in PLACE_LABELS and tok.ent_iob_ == "B":
            span = entity_span(tok)  # the entity starting here, from the doc's index (doc.ents is rebuilt per access)
            end = span.end if span is not None and span.start == tok.i else tok.i + 1
            loc = geonames_location(sent.doc[end - 1])
        if loc is not None and loc.precision in FINE:
            out.append((tok, loc))
    return out


def _one(locs: list[Location]) -> Location | None:
    """The one place of a list, or None when they name different places."""
    names = {loc.name for loc in locs}
    return locs[-1] if len(names) == 1 else None


def described_place(head: Token) -> Location | None:
    """'in the city', 'the town': the place a definite place noun refers back to, or None when not plain."""
    precision = roles_file().place_descriptions.get(head.lemma_.lower())
    if precision is None or head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    mods = [c for c in head.children if c.i < head.i]
    if len(mods) != 1 or mods[0].lower_ not in ("the", "this", "that"):
        return None  # "a town near Idlib", "the besieged town": not a plain reference back
    if any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in head.children if c.i > head.i):
        return None  # "the town of X", "the city where ...": named or described on the spot
    sents = sentence_spans(head.doc)
    here = sentence_index(sents, head)
    if precision == "country":
        return _described_country(head, sents, here)
    for n in range(here, max(here - DESCRIPTION_WINDOW, -1), -1):
        found = [loc for _, loc in _named_places(sents[n], head.i if n == here else None)]
        kind = [loc for loc in found if (loc.precision == "region") == (precision == "region")]
        if kind:
            return _one(kind)
        if found:
            return None  # the latest place named is of another kind: "the town" after "Idlib province"
    return None


def _described_country(head: Token, sents: list[Span], here: int) -> Location | None:
    """'operations by the Syrian army ... across the country': the country named latest before "the country" (by
    its name or its people's), when the nearest sentence naming countries names one."""
    index = dictionary_entities(head.doc)
    for n in range(here, max(here - DESCRIPTION_WINDOW, -1), -1):
        named = {
            known[1]: known
            for tok in sents[n]
            if (n < here or tok.i < head.i) and (known := index.get(tok.i)) is not None
            if known[0] in ("country", "demonym")
        }
        codes = {gazetteer().country_names.get(s) or gazetteer().demonyms.get(s) for s in named}
        if len(codes) > 1 or None in codes:
            return None
        if codes:
            c = gazetteer().countries[codes.pop()]
            return Location(name=c.name, country=c.code, lat=c.lat, lon=c.lon, text=head.text, precision="country")
    return None


def _paragraph_break(before: Span, after: Span) -> bool:
    """Whether a line break ends ``before`` (spaCy keeps the break as a trailing token of its sentence)."""
    seg = before.text_with_ws  # the text up to ``after`` (not doc.text: that is rebuilt on every access)
    return "\n" in seg[len(seg.rstrip()) :]


def _scene_of(sent: Span) -> list[Location]:
    """The places a sentence sets as where things happen: objects of a locative preposition."""
    return [loc for _, loc in _scene_tokens(sent)]


def _scene_tokens(sent: Span) -> list[tuple[Token, Location]]:
    out = []
    for tok, loc in _named_places(sent):
        if _where_said(tok):
            continue  # "..., Zelensky said in Kyiv": where someone spoke, not where things happened
        head = tok
        while head.dep_ in ("compound", "amod", "nmod", "conj", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in SCENE_PREPS:
            out.append((tok, loc))
        elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.dep_ == "pobj":
            out.append((tok, loc))  # "in the town of Jobar", "in the suburbs of Damascus"
        elif head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
            out.append((tok, loc))  # "shelled Aleppo", "Aleppo was shelled": where the deed fell
    return out


def _describes_a_party(tok: Token, trigger: Token) -> bool:
    """'fired on protesters who had gathered in Nairobi': a place in a clause that describes a noun of the
    event's own clause (a relative clause, a participle) tells where that party was, not where the deed was."""
    verb = nearest_verb(trigger)
    node = tok
    while node.head.i != node.i and node.i != verb.i:
        if node.dep_ in ("relcl", "acl") and verb in node.ancestors:
            return True
        node = node.head
    return False


def _where_said(tok: Token) -> bool:
    """The place hangs from a verb of saying or claiming (its nearest verb)."""
    verb = nearest_verb(tok.head)
    words = clauses()
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in {*words.speech_verbs, *words.claim_verbs}


def _reporting(trigger: Token) -> bool:
    words = clauses()
    return trigger.lemma_.lower() in {*words.speech_verbs, *words.claim_verbs, *words.intent_verbs}


def carried_scene(trigger: Token) -> Location | None:
    """The one scene the event's own sentence sets, else (for a sentence that names no place) the place the
    previous sentences of the paragraph set, flagged ``carried``; failing that, the country the article is about,
    at the precision of a country (``home_scene``)."""
    if _reporting(trigger):
        return None
    doc = trigger.doc
    sents = sentence_spans(doc)
    here = sentence_index(sents, trigger)
    own = [loc for tok, loc in _scene_tokens(sents[here]) if not _describes_a_party(tok, trigger)]
    if own:
        return _one(own)  # "Clashes in Aleppo intensified and bombs killed 49 people": the sentence's one scene
    if _named_places(sents[here]):
        return None  # the sentence names a place of its own: its scene, or a new one, is not the earlier one
    if any(e.label_ in ("LOC", "FAC") for e in sents[here].ents):
        return None  # a place the gazetteer does not know ("the Golan", "the border crossing") may lie abroad
    from detente.actors.context import home_country  # actors reads places: imported late, not at load

    home = home_country(doc)
    carried, set_before = _scene_before(sents, here, home)
    if set_before:
        # a scene set just before abroad, or a place abroad named in between: where the deed was is not plain, and
        # the article's country would be a guess against that plain signal
        return carried
    country = home_scene(sents[here], home)
    if country is None:
        return None
    # "in al-Dumayr city, killing 12 fighters": a town the text names with its place noun, which the parser did not
    # hang where the scene reader looks, is more than the country
    return named_by_noun(sents[here], country.country, trigger) or country


def _scene_before(sents: list[Span], here: int, home: str | None) -> tuple[Location | None, bool]:
    """The one place the nearest of the previous sentences of the paragraph set as a scene, flagged ``carried``; and
    whether those sentences set a scene or named a place that makes the article's country a guess: one abroad or in
    no known country (``False``: nothing before to go by, or only places of that country)."""
    for n in range(here - 1, max(here - 1 - SCENE_WINDOW, -1), -1):
        if _paragraph_break(sents[n], sents[n + 1]):
            return None, False
        scene = _scene_of(sents[n])
        if scene:
            found = _one(scene)
            if found is None or found.country is None or (home is not None and found.country != home):
                # a place abroad is no scene of an article about one country (with none, the one place is); two
                # places of that country leave the country plain
                return None, _abroad(scene, home)
            return found.model_copy(update={"precision": "carried", "carried_from": n}), True
        named = [loc for _, loc in _named_places(sents[n])]
        if named:
            return None, _abroad(named, home)  # a place named in between, not as a scene: no longer plain
    return None, False


def _abroad(locs: list[Location], home: str | None) -> bool:
    """Whether a place set or named before lies outside the country the article is about (or in no known one)."""
    return home is None or any(loc.country is None or loc.country != home for loc in locs)


def home_scene(sent: Span, home: str | None) -> Location | None:
    """'Government forces shelled rebel positions, killing 12': a deed on the ground whose sentence names no place
    and no scene before it is plain happened, as far as the text says, in the country the article is about — when
    there is one (``actors.home_country``) and the sentence names no other country (by name, capital or demonym:
    "Russian jets" in an article about Syria may have struck anywhere). A country is all that is known, so it is
    given at the precision of a country, never a town guessed from the article: a wrong town is worse."""
    if home is None:
        return None
    index = dictionary_entities(sent.doc)
    named = {(known[0], known[1]) for tok in sent if (known := index.get(tok.i)) is not None}
    if set(countries_named([(k, s) for k, s in named if k in ("country", "capital", "demonym")])) - {home}:
        return None
    c = gazetteer().countries[home]
    return Location(name=c.name, country=c.code, lat=c.lat, lon=c.lon, text=None, precision="country")


def named_by_noun(sent: Span, home: str | None, trigger: Token | None = None) -> Location | None:
    """The one place a sentence names as a name and its place noun right after a locative preposition ("in al-Dumayr
    city", "near al-Rastan town", "into Nabea al-Sakhr neighborhood": ``roles.yaml`` ``named_place_preps``,
    ``place_nouns``), read from the words in order, whatever the parser made of them: in the unpunctuated text of some
    sources the small parser hangs such a phrase on the next clause ("in al-Dumayr city killing 14", the city the
    subject of "killing"), where no reader of the clause's phrases looks. Only within the trigger's own clause (its
    subtree without the deeds conjoined to it: "shelled positions, and later rebels fired rockets near Kafr Hamra
    town" places the firing, not the shelling), only a name no dictionary knows (a known one is read as such), no
    organisation's (the tagger's ORG or NORP, or a word of ``group_name_words``: "near Jaish al-Izza area" is an armed
    group's), only one such name (two, and which is the deed's is not plain), and in the country the article is
    about, which the deed with no other place already takes (``home_scene``); it keeps no coordinates, as any place
    no gazetteer knows."""
    if home is None:
        return None
    roles = roles_file()
    nouns, preps, groups = set(roles.place_nouns), set(roles.named_place_preps), set(roles.group_name_words)
    known, doc, found = dictionary_entities(sent.doc), sent.doc, {}
    clause = _clause(trigger) if trigger is not None else None
    for tok in sent:
        if tok.lower_ not in nouns or (clause is not None and tok.i not in clause):
            continue
        start = tok.i
        while start > sent.start and (doc[start - 1].pos_ == "PROPN" or (doc[start - 1].text == "-" and start < tok.i)):
            start -= 1
        name = doc[start : tok.i]
        if not name or name[0].pos_ != "PROPN" or start == sent.start or doc[start - 1].lower_ not in preps:
            continue
        if clause is not None and start - 1 not in clause:
            continue
        if stripped_possessive(name) is not None:  # "into Aleppos Rashidin district": the town's quarter
            name = name[1:]
        if any(t.i in known for t in name) or not any(t.text[:1].isupper() for t in name):
            continue
        if group_name(name, groups):
            continue
        found[name.text] = f"{name.text} {tok.text}"
    if len(found) != 1:
        return None
    name, text = next(iter(found.items()))
    return Location(name=name, country=home, text=text, precision="site")


def group_name(name: Span | list[Token], groups: set[str] | None = None, tagged: bool = True) -> bool:
    """Whether a name is an organisation's, never a place's: a word of ``roles.yaml`` ``group_name_words`` ("Jaish
    al-Izza", "Ahrar Brigade": an armed group's name before "area" is where the group is, not a place the text names),
    or, with ``tagged``, a word the tagger marks ORG. A reader the phrase already tells a place ("the town of X",
    "visited the ... Museum") passes ``tagged=False``: the small model tags many unlisted towns ORG (on the real-news
    train split, dropping them lost "Maarrat Masrin", "al-Qaryatain" and a museum visited)."""
    groups = set(roles_file().group_name_words) if groups is None else groups
    return any((tagged and t.ent_type_ == "ORG") or _words(t.lower_) & groups for t in name)


def _words(text: str) -> set[str]:
    """A token's words ("Jaish-e-Mohammed" is jaish, e, mohammed; "al-Izza" al, izza)."""
    return set(text.replace("-", " ").split())


def _clause(trigger: Token) -> set[int]:
    """The token indices of the trigger's own clause: its subtree without the subtrees of the verbs conjoined to it
    ("shelled ..., and rebels fired ..."), which tell another deed. A trigger that is itself a conjunct keeps its
    own subtree only."""
    drop: set[int] = set()
    for child in trigger.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            drop.update(t.i for t in child.subtree)
    return {t.i for t in trigger.subtree} - drop


def names_a_place(doc: Doc, index: int) -> bool:
    """Whether sentence ``index`` of the doc names a place finer than a country anywhere in its words: a meeting
    told there with no place of its own is not plainly the one placed elsewhere ("while he was in Paris, Trump met
    Putin")."""
    sents = sentence_spans(doc)
    return 0 <= index < len(sents) and bool(_named_places(sents[index]))
