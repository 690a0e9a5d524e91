"""A parsed article's text, built once.

``Doc.text`` joins every token's text on every access: on a long article that is milliseconds each time, and
the event coder and the stative reader both want it. The doc's words never change after parsing (a repaired
doc is a new ``Doc`` with fresh ``user_data``), so the joined text is kept on the doc.
"""

from __future__ import annotations

from spacy.tokens import Doc

from detente.nlp.memo import per_doc_once

TEXT_KEY = "detente_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined on the first call only."""
    return per_doc_once(TEXT_KEY, doc, lambda d: d.text)
