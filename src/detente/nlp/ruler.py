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

FACTORY = "detente_dictionary"


class DictionaryRuler:
    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        self.name = name
        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[int, str] = {}

    def add_patterns(self, patterns: list[dict]) -> None:
        """Patterns as ``{"label", "pattern", "id"}`` dicts, the ``entity_ruler`` format."""
        texts = [p["pattern"] for p in patterns]
        for p, doc in zip(patterns, self.nlp.tokenizer.pipe(texts), strict=True):
            key = p["id"]
            self.matcher.add(key, [doc])
            self.labels[self.nlp.vocab.strings[key]] = p["label"]

    def __call__(self, doc: Doc) -> Doc:
        matches = sorted(self.matcher(doc), key=lambda m: (m[1] - m[2], m[1]))  # longest first
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        spans = list(doc.ents)
        for match_id, start, end in matches:
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            spans.append(Span(doc, start, end, label=self.labels[match_id], span_id=match_id))
        doc.ents = sorted(spans, key=lambda s: s.start)
        return doc


@Language.factory(FACTORY)
def make_dictionary_ruler(nlp: Language, name: str) -> DictionaryRuler:
    return DictionaryRuler(nlp, name)
