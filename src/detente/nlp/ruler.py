"""The dictionary entity ruler: every name detente knows becomes an entity with its dictionary key.

A small component (registered as ``detente_dictionary``) in the spirit of spaCy's
``entity_ruler``, but with only what we need: case-sensitive phrase matching of
names, longest match first, never overwriting an entity already set, and the
``kind|surface`` key kept as the span id (``ent.ent_id_``).

The phrases are matched by a table of our own (``PhraseTable``), not spaCy's ``PhraseMatcher``: its ``add`` makes
a lexeme of every match key (``vocab[key]``), ~15,600 entries that no text ever contains, which took about 0.4 s of
CPU at every start-up (half of loading the ruler) and stayed in the vocabulary for the life of the process. The
table finds the same matches in the same order (every pattern at every start, starts ascending, shorter first).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from detente.data import role_nouns

FACTORY = "detente_dictionary"


class PhraseTable:
    """Token sequences (by ``ORTH`` hash) -> the keys (string hashes) of the patterns spelt so, matched over a doc.

    What spaCy's ``PhraseMatcher(attr="ORTH")`` returns, without a lexeme per key: every ``(key, start, end)`` whose
    tokens are a pattern's, by start and then by length, the keys of one sequence in the order they were added."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[int, ...], list[int]] = {}
        self.lengths: dict[int, list[int]] = {}  # first token -> the lengths of the phrases it begins, ascending

    def add(self, key: int, orths: tuple[int, ...]) -> None:
        if not orths:
            return  # an empty pattern matches nothing (PhraseMatcher skips it too)
        keys = self.phrases.setdefault(orths, [])
        if key in keys:
            return
        keys.append(key)
        lengths = self.lengths.setdefault(orths[0], [])
        if len(orths) not in lengths:
            lengths.append(len(orths))
            lengths.sort()

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        orths: list[int] = doc.to_array(ORTH).tolist() if len(doc) else []
        n = len(orths)
        matches = []
        for start, orth in enumerate(orths):
            lengths = self.lengths.get(orth)
            if lengths is None:
                continue
            for length in lengths:
                end = start + length
                if end > n:
                    break
                for key in self.phrases.get(tuple(orths[start:end]), ()):
                    matches.append((key, start, end))
        return matches


def plain_words(tokenizer: Tokenizer) -> Callable[[str], list[str] | None]:
    """A reader of names the tokenizer would split at their single spaces and nowhere else: every word letters only,
    none a special case of the tokenizer, none a prefix, suffix or infix of it begins, ends or holds, none a URL or
    token match ("Amara Okonkwo" -> ["Amara", "Okonkwo"]); None for any other name (the tokenizer reads it).

    Why: the tokenizer makes a lexeme of every word it meets, which is most of the ruler's start-up (~13,000 name
    words); a name's tokens are only needed as strings. tests/nlp/test_ruler.py checks every dictionary name reads
    as the tokenizer reads it."""
    specials = tokenizer.rules or {}
    prefix, suffix = tokenizer.prefix_search, tokenizer.suffix_search
    infixes, token_match, url_match = tokenizer.infix_finditer, tokenizer.token_match, tokenizer.url_match

    def plain(word: str) -> bool:
        return not (
            word in specials
            or (prefix is not None and prefix(word))
            or (suffix is not None and suffix(word))
            or (infixes is not None and next(iter(infixes(word)), None) is not None)
            or (token_match is not None and token_match(word))
            or (url_match is not None and url_match(word))
        )

    def read(name: str) -> list[str] | None:
        words = name.split(" ")
        if all(w.isalpha() and plain(w) for w in words):
            return words
        return None

    return read


class DictionaryRuler:
    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        self.name = name
        self.nlp = nlp
        self.matcher = PhraseTable()
        self.labels: dict[int, str] = {}
        self._title_words: frozenset[str] | None = None

    def add_patterns(self, patterns: list[dict]) -> None:
        """Patterns as ``{"label", "pattern", "id"}`` dicts, the ``entity_ruler`` format. The key is kept as a
        string (``ent_id_`` reads it back), never as a lexeme."""
        strings = self.nlp.vocab.strings
        plain = plain_words(self.nlp.tokenizer)
        words = [plain(p["pattern"]) for p in patterns]
        others = [p["pattern"] for p, w in zip(patterns, words, strict=True) if w is None]
        tokenized = iter([[t.text for t in doc] for doc in self.nlp.tokenizer.pipe(others)])
        for p, w in zip(patterns, words, strict=True):
            key = strings.add(p["id"])
            self.matcher.add(key, tuple(strings.add(word) for word in (next(tokenized) if w is None else w)))
            self.labels[key] = p["label"]

    def __call__(self, doc: Doc) -> Doc:
        matches = sorted(self.matcher(doc), key=lambda m: (m[1] - m[2], m[1]))  # longest first
        matched = {i for _, start, end in matches for i in range(start, end)}
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        spans = list(doc.ents)
        for match_id, start, end in matches:
            if any(i in taken for i in range(start, end)):
                continue
            if self._inside_a_name(doc, start, match_id, matched):
                continue
            taken.update(range(start, end))
            spans.append(Span(doc, start, end, label=self.labels[match_id], span_id=match_id))
        doc.ents = sorted(spans, key=lambda s: s.start)
        return doc

    def _inside_a_name(self, doc: Doc, start: int, match_id: int, matched: set[int]) -> bool:
        """'Leila de Lima', 'Therese Kayikwamba Wagner': a group or place name that ends a person's name
        is that person's surname. People's own entries and titles before names are not affected."""
        if start == 0 or self.nlp.vocab.strings[match_id].startswith("person|"):
            return False
        prev = doc[start - 1]
        if prev.lower_ in NAME_PARTICLES and start >= 2 and doc[start - 2].is_title:
            return True
        return (
            prev.is_title
            and prev.is_alpha
            and not prev.is_sent_start
            and prev.i not in matched
            and prev.lower_ not in self.title_words
        )

    @property
    def title_words(self) -> frozenset[str]:
        if self._title_words is None:
            self._title_words = frozenset(w for words in role_nouns() for w in words) | GENERIC_CAPITALS
        return self._title_words


NAME_PARTICLES = {"de", "da", "del", "della", "dos", "das", "van", "von", "bin", "ibn", "al", "el", "le", "la", "di"}
# Capitalised words that precede names without being part of a person's name.
GENERIC_CAPITALS = frozenset(
    {
        "the",
        "in",
        "on",
        "at",
        "of",
        "and",
        "for",
        "from",
        "with",
        "by",
        "to",
        "new",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "greater",
        "upper",
        "lower",
        "saint",
        "st",
        "mount",
        "lake",
        "port",
        "fort",
        "san",
    }
)


@Language.factory(FACTORY)
def make_dictionary_ruler(nlp: Language, name: str) -> DictionaryRuler:
    return DictionaryRuler(nlp, name)
