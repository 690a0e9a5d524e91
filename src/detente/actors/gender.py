"""The gender of the people an article names, from the article's own words, for he/she agreement.

A salience rule alone cannot tell "she" from the last man named: "Prime Minister Shinzo Abe was curt when she
came in" is about the British prime minister named before, not Abe. The dictionaries do not record gender, and a
first-name table would guess; the article itself often says it:

- an honorific or gendered title before a name ("Mrs May", "Ms Sturgeon", "Queen Rania", "Sheikh Tamim";
  ``gendered_words`` in ``roles.yaml``), or a gendered head noun ("the congresswoman");
- a subject pronoun the resolver reads as the speaker of the very clause it is in ("May said she would ...",
  "Scotland's First Minister has announced she won't ..."): the speaker is of the pronoun's gender.

Evidence is collected over the whole article once (a gender is a property of the person, so a later "Mrs May"
tells an earlier "he" apart too) and kept per name as written ("Hillary Clinton", or a bare "Clinton") and per
speaker token. A surname speaks for a full name only when the article names one person of that surname: "his wife
Hillary Clinton" says nothing of Bill Clinton. A name with evidence both ways has none. Where nothing is said the
gender is unknown and nothing is filtered.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from detente.actors.titles import gendered_word, name_words, office_word
from detente.data import gazetteer, roles_file
from detente.nlp.memo import per_doc_once
from detente.where.mentions import entity_of

Speaker = Callable[[Token], Token | None]


def _name_words(tok: Token) -> list[str]:
    """The capitalised words of the person's name a token is in ("Theresa May" -> Theresa, May)."""
    if tok.ent_type_ == "PERSON":
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return name_words(ent)
    return []


def _shared_surnames(doc: Doc) -> set[str]:
    """The surnames the article names more than one person by in full ("Bill Clinton", "Hillary Clinton")."""
    fulls: dict[str, set[tuple[str, ...]]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(words := name_words(ent)) >= 2:
            fulls.setdefault(words[-1], set()).add(tuple(words))
    return {surname for surname, names in fulls.items() if len(names) > 1}


def _evidence(doc: Doc, speaker_of: Speaker) -> tuple[dict[str, str], dict[int, str], set[str]]:
    by_word: dict[str, set[str]] = {}
    by_token: dict[int, set[str]] = {}
    for tok in doc:
        pronoun = roles_file().pronoun_genders.get(tok.lower_)
        if pronoun is not None and tok.pos_ == "PRON":
            speaker = speaker_of(tok) if tok.dep_ in ("nsubj", "nsubjpass") else None
            # only "May said she would ...": the pronoun the subject of the very clause the speaker's verb reports (a
            # possessive deeper down, "... the murder of Skripal and his daughter", is often someone else's)
            if speaker is not None and tok.head.dep_ == "ccomp" and tok.head.head.i == speaker.head.i:
                by_token.setdefault(speaker.i, set()).add(pronoun)
                name = " ".join(_name_words(speaker))
                if name:
                    by_word.setdefault(name, set()).add(pronoun)
            continue
        gender = gendered_word(tok)
        if gender is None or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1] if doc[tok.i + 1].text != "." else (doc[tok.i + 2] if tok.i + 2 < len(doc) else None)
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:  # "Mrs May", "Mr. Trump", "Queen Rania"
            name = " ".join(_name_words(nxt)) or nxt.text  # the name as written, or the one word after the title
            by_word.setdefault(name, set()).add(gender)
    words = {w: next(iter(g)) for w, g in by_word.items() if len(g) == 1}
    tokens = {i: next(iter(g)) for i, g in by_token.items() if len(g) == 1}
    return words, tokens, _shared_surnames(doc)


def gender_of(head: Token, speaker_of: Speaker) -> str | None:
    """The gender the article gives the person whose phrase ``head`` heads, else the one the office-holder data
    record for the name ("Macron met Merkel. She criticized ..."), or None."""
    said = _said_gender(head, speaker_of)
    return said if said is not None else recorded_gender(head)


def recorded_gender(head: Token) -> str | None:
    """The gender the office-holder files record for the person a name heads: every spell the name (the whole name
    when it is written out, else the one word) is indexed under must record the same one; a name shared with a
    person whose gender is not recorded gives none."""
    spells = list(gazetteer().people.get(_written_name(head), ()))
    genders = {e.gender for e in spells}
    return genders.pop() if len(genders) == 1 and None not in genders else None


def other_first_names(span: Span, names: list[str]) -> list[str]:
    """The first names written before a dictionary name ``span`` that no name of its person (``names``: the entry's
    name and the surface matched) holds: "Ivanka Trump" is not Donald Trump by the surname alias they share."""
    own = {w for name in names for w in name.split()}
    firsts = [
        c.text
        for c in span.root.lefts
        if c.i < span.start
        and c.dep_ == "compound"
        and c.pos_ == "PROPN"
        and c.is_alpha
        and c.is_title
        and c.text not in own
        and not office_word(c)  # "Senator Trump", "Mrs Trump": a title, no first name
        and c.ent_type_ != "NORP"  # "Republican Trump"
        and entity_of(c) is None  # "U.S. Trump": a dictionary's word, no first name ("Melania" may be tagged GPE)
    ]
    return firsts


def _written_name(head: Token) -> str:
    """The whole name a head is written with: the entity's words, or (where the tagger split the name) the head with
    the first names hung on it, titles and party or country words left out. A whole name speaks for itself: "Mac
    Thornberry" is not Emily Thornberry by the surname they share."""
    words = _name_words(head)
    if len(words) > 1:
        return " ".join(words)
    firsts = [
        c.text
        for c in head.lefts
        if c.dep_ == "compound"
        and c.pos_ == "PROPN"
        and c.is_alpha
        and c.is_title
        and not office_word(c)  # "Foreign Secretary Johnson": a title, no first name
        and c.ent_type_ not in ("NORP", "GPE", "ORG")
    ]
    return " ".join([*firsts, head.text])


GENDERS_KEY = "detente_genders"


def _said_gender(head: Token, speaker_of: Speaker) -> str | None:
    """The gender the article's own words give the person whose phrase ``head`` heads, or None."""
    doc = head.doc
    words, tokens, shared = per_doc_once(GENDERS_KEY, doc, lambda d: _evidence(d, speaker_of))
    if head.i in tokens:
        return tokens[head.i]
    own = gendered_word(head)
    if own is not None and head.tag_ in ("NN", "NNP"):  # "the congresswoman", "the queen"
        return own
    name = _name_words(head)
    if not name:
        return None
    full = " ".join(name)
    if full in words:
        return words[full]
    surname = name[-1]
    if surname in shared:
        return None  # "Bill Clinton" and "Hillary Clinton": one's evidence is not the other's
    names = {g for key, g in words.items() if key.split()[-1] == surname}
    return next(iter(names)) if len(names) == 1 else None


def disagrees(pronoun: Token, head: Token, speaker_of: Speaker) -> bool:
    """Whether a he/she pronoun and a person the article gave the other gender cannot corefer."""
    wanted = roles_file().pronoun_genders.get(pronoun.lower_)
    if wanted is None:
        return False
    known = gender_of(head, speaker_of)
    return known is not None and known != wanted


def agrees(pronoun: Token, head: Token, speaker_of: Speaker) -> bool:
    """Whether the article gives the person the he/she pronoun's gender."""
    wanted = roles_file().pronoun_genders.get(pronoun.lower_)
    return wanted is not None and gender_of(head, speaker_of) == wanted
