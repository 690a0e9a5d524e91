"""The one reading of a person's title words and name words, shared by the name memory and the gender reading.

Two stages read the same table (``person_titles`` and ``gendered_words`` in roles.yaml): the article memory
(``context``: which words of "President Bashar al-Assad" a later mention may use) and the gender reading (``gender``:
"Mrs May" says she). Each used to carry its own copy of "is this word a title" and "which words are the name";
here is the one copy, so a word added to the table reads the same in both.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.data import roles_file


def gendered_word(tok: Token) -> str | None:
    """'male' or 'female' for an honorific or gendered title ("Mrs.", "Queen", "congresswoman"), else None."""
    word = tok.lower_.rstrip(".")
    for gender, words in roles_file().gendered_words.items():
        if word in words or tok.lemma_.lower() in words:
            return gender
    return None


def title_word(tok: Token) -> bool:
    """A title or an honorific before a name ("President", "King", "Sheikh", "Mrs"; ``person_titles`` and
    ``gendered_words`` in roles.yaml): a word of the name's span, but no word of the person's name."""
    return tok.lower_.rstrip(".") in roles_file().person_titles or gendered_word(tok) is not None


def name_words(name: Span) -> list[str]:
    """The words of a person's name as a later mention may use them: the capitalised words of its span less the
    titles ("President Assad" -> Assad; "King Salman" -> Salman: a later "The King of Jordan" is not Salman). A title
    of several words is a title whole: the words before its last title word are its own ("Crown Prince Mohammed bin
    Salman" -> Mohammed, Salman; "Foreign Secretary" names no one "Foreign", so a later "Foreign Office" is no read-back
    to the person). The last word stays after a name word ("Masayoshi Son"): a surname, whatever else the word may
    mean."""
    words = [t for t in name if t.is_alpha and t.is_title]
    titled = [i for i, t in enumerate(words[:-1]) if title_word(t)]
    if titled:
        words = words[titled[-1] :]
    kept = [t.text for t in words[:-1] if not title_word(t)]
    if words and (kept or not title_word(words[-1])):
        kept.append(words[-1].text)
    return kept
