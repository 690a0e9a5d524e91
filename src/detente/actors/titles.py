"""The one reading of a person's title words and name words, shared by the name memory and the gender reading.

Two stages read the same table (``person_titles`` and ``gendered_words`` in roles.yaml, and the role nouns of several
words: "Crown Prince", "Foreign Secretary"): the article memory (``context``: which words of "President Bashar
al-Assad" a later mention may use, and whether "Prime Minister Johnson" is the passing "Boris Johnson") and the gender
reading (``gender``: "Mrs May" says she; "Senator Susan" is no first name). Each used to carry its own copy of "is this
word a title" and "which words are the name"; here is the one copy, so a word added to the table reads the same in
both.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span, Token

from detente.data import gazetteer, role_nouns, roles_file


def gendered_word(tok: Token) -> str | None:
    """'male' or 'female' for an honorific or gendered title ("Mrs.", "Queen", "congresswoman"), else None."""
    word = tok.lower_.rstrip(".")
    for gender, words in roles_file().gendered_words.items():
        if word in words or tok.lemma_.lower() in words:
            return gender
    return None


def title_text(tok: Token) -> str:
    """A title word as the tables hold it: lower case, an abbreviation written out ("Sen." -> senator;
    ``title_abbreviations`` in roles.yaml), no full stop ("Mr." -> mr)."""
    return roles_file().title_abbreviations.get(tok.lower_, tok.lower_).rstrip(".")


def title_word(tok: Token) -> bool:
    """A title or an honorific before a name ("President", "Sen.", "King", "Sheikh", "Mrs"; ``person_titles``,
    ``title_abbreviations`` and ``gendered_words`` in roles.yaml): a word of the name's span, but no word of the
    person's name."""
    return title_text(tok) in roles_file().person_titles or gendered_word(tok) is not None


def honorific(tok: Token) -> bool:
    """A polite or gendered word before a name that names no office ("Mr", "Mrs", "Sir", "Lady"; "King" and
    "Prince" are offices too): "Mr Johnson" is the person named earlier, whatever he holds."""
    return gendered_word(tok) is not None and title_text(tok) not in roles_file().person_titles


@cache
def _role_words() -> frozenset[str]:
    """Every word of a role noun ("Senate", "Candidate", "Foreign" of "foreign minister")."""
    return frozenset(w for key in role_nouns() for w in key)


def office_word(tok: Token) -> bool:
    """A word of a title or of a role noun ("President", "Senate", "Foreign", "Mrs"): before a name, never a first
    name ("Senator Susan Collins" is no "Senator" Collins; "Republican Trump" is left to the entity type)."""
    return title_word(tok) or tok.lower_ in _role_words()


def title_run(words: Sequence[Token]) -> int:
    """How many of ``words`` (a name's words in order) open it as a title: title words and role nouns of several
    words ("Crown Prince", "Secretary of State", "Prime Minister", "Mrs"), up to the first word that is neither. A
    title word after that is a word of the name ("Khalid Sheikh Mohammed", "Bandar bin Sultan"): no title."""
    table = role_nouns()
    longest = max((len(key) for key in table), default=1)
    at = 0
    while at < len(words):
        lowered = [title_text(w) for w in words[at : at + longest]]
        several = next((n for n in range(len(lowered), 1, -1) if tuple(lowered[:n]) in table), 0)
        if several:
            at += several
        elif title_word(words[at]):
            at += 1
        else:
            break
    return at


def name_words(name: Span) -> list[str]:
    """The words of a person's name as a later mention may use them: the capitalised words of its span after the
    title that opens it ("President Assad" -> Assad; "King Salman" -> Salman: a later "The King of Jordan" is not
    Salman; "Crown Prince Mohammed bin Salman" -> Mohammed, Salman; "Foreign Secretary" names no one "Foreign", so a
    later "Foreign Office" is no read-back to the person). A title word inside the name is a word of it ("Khalid
    Sheikh Mohammed", "Masayoshi Son"); a span of title words only names no one ("Mr. Son" is read by the title's
    gender, not as a name)."""
    alpha = [t for t in name if t.is_alpha]  # "Secretary of State": the small words of a title are read with it
    opens = next((i for i, t in enumerate(alpha) if t.is_title), len(alpha))  # a span may open on "former", "the"
    rest = alpha[opens + title_run(alpha[opens:]) :]
    return [t.text for t in rest if t.is_title]


@cache
def _offices(office: str) -> frozenset[str]:
    """The titles an office-holder spell's office reads as ("culture, health, then foreign secretary (2018)" ->
    culture, health, foreign secretary; "mayor of London" -> mayor of london, mayor; "secretary of state for exiting
    the EU" -> ..., secretary of state, secretary)."""
    text = re.sub(r"\([^)]*\)", " ", office.lower())
    found: set[str] = set()
    for part in re.split(r",|;|\bthen\b|\band\b", text):
        part = " ".join(part.split())
        for cut in (part, part.split(" for ")[0], part.split(" of ")[0]):
            if cut:
                found.add(cut.strip())
    return frozenset(found)


def title_codes(name: str, title: str, day: dt.date | None) -> frozenset[str]:
    """The codes of the offices whose title is ``title`` (lower case, abbreviations written out) that the person an
    office-holder entry names (``name``, the entry's own name) held on ``day``: "Prime Minister Johnson" is Boris
    Johnson in 2020 (GBRGOV), not in 2018 (foreign secretary: none); "Secretary Johnson" matches no office of his
    whole ("foreign secretary" is no "secretary"), so it names someone else. The code is the office's own: the same
    person remembered with another code (a backbencher on the article's day) is not what the title says."""
    return frozenset(
        e.code
        for e in gazetteer().people.get(name, ())
        if e.name == name and e.office and e.valid_on(day) and title in _offices(e.office)
    )
