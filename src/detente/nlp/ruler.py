"""The dictionary entity ruler: every name detente knows becomes an entity with its dictionary key.

A small component (registered as ``detente_dictionary``) in the spirit of spaCy's
``entity_ruler``, but with only what we need: case-sensitive phrase matching of
names, longest match first, never overwriting an entity already set, and the
``kind|surface`` key kept as the span id (``ent.ent_id_``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from detente.data import role_nouns

FACTORY = "detente_dictionary"


class DictionaryRuler:
    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        self.name = name
        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[int, str] = {}
        self._title_words: frozenset[str] | None = None

    def add_patterns(self, patterns: list[dict]) -> None:
        """Patterns as ``{"label", "pattern", "id"}`` dicts, the ``entity_ruler`` format."""
        texts = [p["pattern"] for p in patterns]
        for p, doc in zip(patterns, self.nlp.tokenizer.pipe(texts), strict=True):
            key = p["id"]
            self.matcher.add(key, [doc])
            self.labels[self.nlp.vocab.strings[key]] = p["label"]

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
