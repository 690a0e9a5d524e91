"""What the article has said so far: the memory generic roles, pronouns and descriptions read from.

The coder walks an article sentence by sentence and resolves its actor phrases; every phrase
that resolves is kept here as a ``Mention`` (where, who, a person or not, one or many, subject or
not). Later phrases that do not name their actor — "the rebels", "he", "the ministry", "the
country" — are read from these, and only when the reading is unambiguous.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from detente.actors.phrases import is_former, lemma_in, phrase_tokens
from detente.actors.roles import role_group
from detente.actors.titles import honorific, name_words, title_codes, title_run, title_text, title_word
from detente.data import role_nouns, roles_file
from detente.nlp.memo import per_doc_once
from detente.nlp.tree import prep_objects, sentence_bounds
from detente.records import ActorRef
from detente.where.mentions import dictionary_entities
from detente.where.places import article_countries, countries_named


@dataclass(frozen=True)
class Introduction:
    """Where a person was named in full (the name's token span in its doc, and as ``explain`` says it: "'James
    Lankford' (sentence 4)") and why that phrase was read so."""

    doc_key: int
    start: int
    end: int
    why: str | None
    where: str
    words: frozenset[str] = frozenset()  # the name's own words, titles left out (``name_words``)


@dataclass(frozen=True)
class Mention:
    """An actor phrase the article resolved: the antecedent of later pronouns and descriptions."""

    index: int  # token index of the phrase's head in the doc
    sentence: int  # sentence number in the doc
    actor: ActorRef
    kind: str  # "person", "state" (a country alone), "group" (a named body) or "role" (a generic role noun)
    plural: bool
    subject: bool
    salient: bool  # an argument of a verb, not a modifier of another noun ("rebels in western Syria")
    lemma: str  # the head noun's lemma, for "the minister" after "the foreign minister"
    titles: frozenset[str] = frozenset()  # a person's titles before the name: "the president" after "President Trump"


@dataclass(frozen=True)
class CodedEvent:
    """An event the article coded: what a later definite event noun ("the attack", "the talks") may re-mention."""

    sentence: int
    root: str
    code: str
    source: ActorRef
    target: ActorRef | None
    lemma: str  # the trigger's lemma
    date: dt.date | None = None  # the event's own date, which a later mention naming no date of its own takes
    date_precision: str = "article"
    # a later mention takes only a deed the article states (asserted and, as every coded event here, not negated):
    # "Turkish jets will bomb Afrin next week. The strikes aim to ..." tells an aim, not a deed done
    asserted: bool = True
    mention: bool = False  # itself a later mention of an earlier event: mentions do not chain


def sentence_number(tok: Token) -> int:
    """The number of the sentence a token is in, from a table built once per doc."""
    return bisect.bisect_right(sentence_starts(tok.doc), tok.i) - 1


SENTENCE_STARTS_KEY = "detente_sentence_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """The first token index of each sentence of the doc (``nlp.tree.sentence_bounds``), kept once per doc for the
    search ``sentence_number`` makes of it."""
    return per_doc_once(SENTENCE_STARTS_KEY, doc, lambda d: [start for start, _ in sentence_bounds(d)])


ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "agent", "ROOT"}


def _is_argument(head: Token) -> bool:
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ in ARGUMENTS:
        return True
    return head.dep_ == "pobj" and head.head.head.pos_ in ("VERB", "AUX")  # "talked with X", not "rebels in X"


def owns_a_thing(tok: Token) -> bool:
    """'Trump's comments on Brexit angered Brussels': a named person who owns the subject of the sentence's main clause,
    kept as a mention standing as that subject so a later "he"/"she" can read back to them.

    What it reads: the owned word is in ``owned_nouns`` or ``attack_nouns`` (roles.yaml), less the words that are
    role nouns there (``roles``: "army", "people", "embassy" name a body of people, whom a later "he" is as likely to
    be as their owner; "Trump's son", "Trump's lawyer" are in neither list). The owned word must be the subject (or a
    conjunct of it) of the root verb, or its passive agent ("leaders were rattled by Trump's comments"): an owner
    inside a reported clause ("Johnson said that Putin's actions were unacceptable. He ...") is not the sentence's
    subject, the speaker is. Two owners in the subject ("Trump's comments and Macron's remarks", "Trump's and
    Macron's remarks") leave "he" undecided, so neither is taken."""
    if tok.dep_ != "poss" or tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
        return False
    thing, roles = tok.head, roles_file()
    if not (lemma_in(thing, roles.owned_nouns) or lemma_in(thing, roles.attack_nouns)):
        return False
    if {(thing.lemma_.lower(),), (thing.lower_,)} & role_nouns().keys():
        return False
    subject = thing
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head
    if subject.dep_ == "pobj" and subject.head.dep_ == "agent":  # "leaders were rattled by Trump's comments"
        subject = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass", "agent") or subject.head.dep_ != "ROOT":
        return False
    root = subject.head  # the parser may hang both coordinated subjects on the verb ("X's threats and Y's remarks")
    subjects = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")]
    subjects += prep_objects(root, ("by",), deps=("agent",))
    owners = [
        owner
        for owned in {t.i: t for s in subjects for t in (s, *s.conjuncts)}.values()
        for poss in owned.children
        if poss.dep_ == "poss"
        for owner in (poss, *poss.conjuncts)
        if owner.pos_ == "PROPN"
    ]
    return len(owners) == 1


def bare_title(head: Token) -> bool:
    """A title with a determiner only ("the Queen", "the King"): "the" its one word before, and no "of"-phrase,
    name, apposition or other modifier after it."""
    before = [c for c in head.children if c.i < head.i]
    own = ("prep", "compound", "appos", "flat", "nmod", "poss", "amod", "nummod", "npadvmod")
    after = [c for c in head.children if c.i > head.i and c.dep_ in own]
    return len(before) == 1 and before[0].lower_ == "the" and before[0].dep_ == "det" and not after and title_word(head)


def _titles(head: Token) -> frozenset[str]:
    """The person titles in a name's own phrase ("President Donald Trump", "Foreign Minister Lavrov")."""
    titles = roles_file().person_titles
    return frozenset(t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod", "nmod") and t.lower_ in titles) - {
        head.lower_
    }


@dataclass
class ArticleContext:
    """What the article has said so far: used to give generic roles a country and pronouns a referent."""

    date: dt.date | None
    seen: dict[str, Counter[str]] = field(default_factory=dict)  # role -> codes seen with an explicit country
    names: dict[str, ActorRef] = field(default_factory=dict)  # one word of a person's name -> their actor
    # one word of a person's name -> the mention that named them in full: where it stands ("'James Lankford'
    # (sentence 4)", so that ``explain`` says where a surname read back to), its token span and the reason the phrase
    # was read so ("role GOV of 'minister' ..."), so the introducing mention reports that reason, not itself ("the
    # person named in full as 'Lena Varga'" of 'Hungarian Foreign Minister Lena Varga' hides the title)
    introductions: dict[str, Introduction] = field(default_factory=dict)
    # the name words remembered from a mention that was no party ("A Boris Johnson loyalist resigned"; the name's
    # words are its introduction's): a later party named in full or titled with the surname ("Senator Ron Johnson")
    # takes the word over
    passing: set[str] = field(default_factory=set)
    # a title word that opened a name ("queen" of "Queen Elizabeth II") -> the person so named, or None once two
    # people were: a later bare "the Queen" reads back to that one person (``bare_title``); never a surname key
    titled: dict[str, ActorRef | None] = field(default_factory=dict)
    home: str | None = None  # the country most of the article is about, when one clearly is
    by_head: dict[str, ActorRef] = field(default_factory=dict)  # "alliance" -> the alliance named earlier
    mentions: dict[int, Mention] = field(default_factory=dict)  # head token index -> what it resolved to
    doc_key: int = 0  # the doc the mentions belong to: a new doc is a new article
    events: list[CodedEvent] = field(default_factory=list)  # the events coded so far, in order
    # speaker head index -> the actor a phrase no event resolved reads as (``attribution``): one speaker of several
    # events is resolved once, on one copy of the memory, not once per event
    speakers: dict[int, ActorRef | None] = field(default_factory=dict)

    def copy(self) -> ArticleContext:
        """A copy to resolve a phrase in without changing what the article remembers (``attribution``): what a
        resolution adds (mentions, names, counts) goes to the copy only."""
        return ArticleContext(
            date=self.date,
            seen={role: Counter(codes) for role, codes in self.seen.items()},
            names=dict(self.names),
            introductions=dict(self.introductions),
            passing=set(self.passing),
            titled=dict(self.titled),
            home=self.home,
            by_head=dict(self.by_head),
            mentions=dict(self.mentions),
            doc_key=self.doc_key,
            events=list(self.events),
        )

    def remember(self, actor: ActorRef) -> None:
        if actor.role and actor.country:
            self.seen.setdefault(actor.role, Counter())[actor.code] += 1

    def remember_name(self, name: Span, actor: ActorRef, why: str | None = None) -> None:
        """A person named in full can be named later by one part of the name ("Moon", "Dendias", "May"); ``why`` is
        the reason the introducing phrase was read so. Titles are no part of the name (``name_words``)."""
        words = name_words(name)
        capitalised = [t for t in name if t.is_alpha and t.is_title]
        # the given name is a key only after title words alone ("President Bashar al-Assad" -> Bashar): after a role
        # noun of several words ("Crown Prince Mohammed bin Salman", "Secretary of State Mike Pompeo") a given name
        # alone was never read back, and the gender reading keys on the surname, so a later "Mohammed said she ..."
        # would take "she" as his
        first = next((t.text for t in capitalised if not title_word(t)), None)
        for word in {words[0], words[-1]} if words and first == words[0] else words[-1:]:
            self._name(word, name, words, actor, why)
        if words and title_word(capitalised[0]):
            title = capitalised[0].lower_.rstrip(".")
            earlier = self.titled.get(title, actor)
            self.titled[title] = actor if earlier is not None and earlier.code == actor.code else None

    def titled_person(self, head: Token) -> ActorRef | None:
        """The one person the article named earlier with the title ``head`` is, when ``head`` is a bare definite
        title with nothing of its own ("the Queen" after "Queen Elizabeth II"): no country word, no "of"-phrase, no
        name, no possessive ("The King of Jordan" is Jordan's king, whoever "King Salman" was)."""
        if not head.is_title or not bare_title(head):
            return None
        return self.titled.get(head.lower_.rstrip("."))

    def remember_surname(self, name: Span, actor: ActorRef, why: str | None = None, passing: bool = False) -> None:
        """A person a title named ("Judge Joan Donoghue") can be named later by the surname only: the first name
        ("Joan") names no one by itself after a title, which is in English order. ``passing``: the name was no party
        of its sentence ("Nicola Sturgeon's renewed push"), so a later party of the surname takes the word over."""
        words = name_words(name)
        if len(words) > 1:
            self._name(words[-1], name, words, actor, why, passing)

    def _name(
        self, word: str, name: Span, words: list[str], actor: ActorRef, why: str | None, passing: bool = False
    ) -> None:
        """The first person named by a word keeps it, with the mention that named them (``words``: its name words)
        and why it was read so; except a name from a mention that was no party, which a party of the same word takes
        over."""
        if word in self.names and not (word in self.passing and not passing):
            return
        self.names[word] = actor
        where = f"'{name.text}' (sentence {sentence_number(name[0])})"
        self.introductions[word] = Introduction(
            id(name.doc), name.start, name.end, why or None, where, frozenset(words)
        )
        if passing:
            self.passing.add(word)
        else:
            self.passing.discard(word)

    def forget_name(self, word: str) -> None:
        """Drop what a name word names (a passing name that gave way to a party of the same word)."""
        self.names.pop(word, None)
        self.introductions.pop(word, None)
        self.passing.discard(word)

    def gives_way(self, head: Token) -> bool:
        """Whether the name word ``head`` was remembered only from a mention that was no party while ``head`` stands
        as someone else, whom the sentence itself names, so no read-back: with a name word of its own ("Ron Johnson"
        after "a Boris Johnson loyalist"), a country of its own before or after it ("Australian Prime Minister
        Johnson", "Prime Minister Johnson of Australia"), a former office ("Former Foreign Secretary Johnson"), or a
        title that is no office the passing person held on the day (``title_codes``: "Senator Johnson", "Ambassador
        Johnson", "Secretary Johnson" after a passing "Boris Johnson", foreign secretary in 2018), or of one held with
        another code than the one remembered. A title of the office they held that day ("Foreign Secretary Johnson"
        then, "Prime Minister Johnson" in 2020) or an honorific ("Mr Johnson") names the same person."""
        if head.text not in self.passing:
            return False
        known = self.introductions[head.text].words
        tokens = phrase_tokens(head)  # "Foreign" of "Foreign Secretary Johnson" hangs on "Secretary", not the name
        before = [
            t
            for t in tokens
            if t.i < head.i and t.dep_ in ("compound", "amod", "nmod") and t.is_title and (t.is_alpha or title_word(t))
        ]
        run = title_run(before)  # the title that opens the words before the surname ("Prime Minister")
        if any(not title_word(t) and t.text not in known for t in before[run:]):
            return True  # a first name of another person ("Ron Johnson")
        if any(t.i != head.i and t.ent_type_ in ("GPE", "NORP") for t in tokens):
            return True  # a country in the person's own phrase: its own office there
        if is_former(head, tokens):
            return True  # "former", "then-": an office held some other day, maybe by another holder
        title = [t for t in before[:run] if not honorific(t)]
        if not title:
            return False  # no title, or an honorific: the same person named politely
        actor = self.names.get(head.text)
        # the title must be an office the person held on the sentence's day, and the one remembered (from another day:
        # "Foreign Secretary Johnson ... on July 2" after a passing backbencher "Boris Johnson" of July 9) must be it
        codes = title_codes(actor.name, " ".join(title_text(t) for t in title), self.date) if actor else frozenset()
        return actor is None or actor.code not in codes

    def introduction_of(self, head: Token) -> Introduction | None:
        """The introduction of the person a name word names when ``head`` is inside the very span that introduced
        them (the head of 'Hungarian Foreign Minister Lena Varga' read again), else None: a later "Varga" is read
        back to the introduction, the introducing one keeps the introduction's own reason."""
        found = self.introductions.get(head.text)
        if found is None or found.doc_key != id(head.doc) or not found.start <= head.i < found.end:
            return None
        return found

    def mention(self, head: Token, actor: ActorRef, kind: str) -> None:
        """Keep a resolved phrase as a possible antecedent (the first reading of a token stands)."""
        if self.doc_key != id(head.doc):
            self.doc_key, self.mentions, self.speakers = id(head.doc), {}, {}
        if head.i in self.mentions:
            return
        # the owner of a thing stands where the thing does: "Trump's comments angered Europe. He ..." reads the owner
        # of the subject as that sentence's subject
        place = head.head if owns_a_thing(head) else head
        self.mentions[head.i] = Mention(
            index=head.i,
            sentence=sentence_number(head),
            actor=actor,
            kind=kind,
            plural=head.tag_ in ("NNS", "NNPS"),
            subject=place.dep_ in ("nsubj", "nsubjpass") or (place.dep_ == "conj" and place.head.dep_ == "nsubj"),
            salient=_is_argument(place),
            lemma=head.lemma_.lower(),
            titles=_titles(head) if kind == "person" else frozenset(),
        )

    def country_for(
        self, role: str, other: ActorRef | None, place_country: str | None = None, own_state: bool = False
    ) -> str | None:
        """The country of a generic role, or None when the article does not make it plain.

        Rebels and opposition face their own government ("rebels overran regime-held areas");
        people on the street are where the event happens ("protesters in Colombo") or under the
        authority that acts on them ("police fired on protesters"); otherwise the one country the
        article gave that role. A phrase that calls itself the state's own ("government forces", "the
        regime") is of the article's country.
        """
        domestic = role_group("domestic")
        if other is not None and other.country and other.role in domestic and role not in domestic:
            return other.country
        if role in role_group("local"):
            if place_country:
                return place_country
            if other is not None and other.country and other.role in role_group("authority"):
                return other.country
            countries = {code[:3] for codes in self.seen.values() for code in codes}
            armed = other is not None and other.role in role_group("armed")  # soldiers act abroad too
            if (other is not None or role == "COP") and not armed:  # police act at home
                if len(countries) == 1:
                    return next(iter(countries))  # an article about one country: its police, its students
                if self.home:
                    return self.home
        codes = self.seen.get(role)
        if own_state and self.home and role in role_group("home") and self.home not in {c[:3] for c in codes or ()}:
            # "government forces", "regime aircraft" in an article about Syria: the state's own, not the one
            # foreign military the article named before
            return self.home
        if codes and len(codes) == 1:
            code = next(iter(codes))
            return code[:3]
        if not codes and self.home and (role in role_group("home") or role in role_group("domestic")):
            return self.home  # "the authorities", "the rebels" in an article about Myanmar
        return None


def sentence_country(sent: Span) -> str | None:
    """The country of the places (cities, regions, capitals) a sentence names, if they are all in one.
    Country names and demonyms do not count: "Israeli jets" and "questions about Israel" place nothing."""
    index = dictionary_entities(sent.doc)
    ents = {(k, s, e.start) for i, (k, s, e) in index.items() if sent.start <= i < sent.end}
    counts = countries_named([(k, s) for k, s, _ in ents if k in ("place", "capital")])
    return next(iter(counts)) if len(counts) == 1 else None


def home_country(doc: Doc) -> str | None:
    """The country an article is about: one that has at least half of its (two or more) place and country
    mentions. Where no country dominates there is none."""
    counts = article_countries(doc)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n >= 2 and n * 2 >= sum(counts.values()) else None
