"""The dictionary entity ruler: every name detente knows becomes an entity with its dictionary key.

A small component (registered as ``detente_dictionary``) in the spirit of spaCy's
``entity_ruler``, but with only what we need: case-sensitive phrase matching of
names, longest match first, never overwriting an entity already set, and the
``kind|surface`` key kept as the span id (``ent.ent_id_``).

spaCy's ``PhraseMatcher.add`` makes a lexeme of every match key (``vocab[key]``): ~15,600 ``kind|surface`` strings
that no text contains, each with the English attribute getters run on it (~0.15-0.2 s of every start-up). The
matcher therefore gets a vocabulary of its own without attribute getters, where such a lexeme costs next to nothing;
the names' words are still read by the pipeline's tokenizer into the pipeline's vocabulary, where they stay as
permanent lexemes (articles coded in memory zones do not rebuild them). The matches and their order are
PhraseMatcher's, as before.

Two keys spelt with the same tokens ("Gaza" a place and a user's actor) match the same span; PhraseMatcher returns
them in hash order. Patterns added by a later ``add_patterns`` call (a user dictionary, read after the packaged
ones) are put first, as the gazetteers put the user's entries first (actors/user.py).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from detente.data import role_nouns

FACTORY = "detente_dictionary"


class DictionaryRuler:
    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        self.name = name
        self.nlp = nlp
        # The key lexemes live in this bare vocabulary with strings of its own (``Vocab(strings=...)`` would copy
        # every string of the pipeline's into lexemes); the pipeline's holds only the key strings (for ent_id_).
        self.matcher = PhraseMatcher(Vocab(), attr="ORTH")
        self.labels: dict[int, str] = {}
        self.batch: dict[int, int] = {}  # key -> the add_patterns call that added it (0 the packaged dictionaries)
        self._batches = 0
        self._title_words: frozenset[str] | None = None

    def add_patterns(self, patterns: list[dict]) -> None:
        """Patterns as ``{"label", "pattern", "id"}`` dicts, the ``entity_ruler`` format."""
        texts = [p["pattern"] for p in patterns]
        batch = self._batches
        self._batches += 1
        for p, doc in zip(patterns, self.nlp.tokenizer.pipe(texts), strict=True):
            key = p["id"]
            # the pattern as its ORTH hashes (what PhraseMatcher keeps of a Doc; its own unpickling adds them so)
            self.matcher.add(key, [[t.orth for t in doc]])
            h = self.nlp.vocab.strings.add(key)
            self.labels[h] = p["label"]
            self.batch[h] = batch

    def __call__(self, doc: Doc) -> Doc:
        # longest first; of one span, the latest dictionary's keys first (sorted is stable: PhraseMatcher's order else)
        matches = sorted(self.matcher(doc), key=lambda m: (m[1] - m[2], m[1], -self.batch[m[0]]))
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
