"""Small reads of the dependency tree that every coding stage needs."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token


def prep_objects(head: Token, preps: Collection[str], deps: Collection[str] = ("prep",)) -> Iterator[Token]:
    """The objects of the prepositions ``preps`` attached to ``head`` ("attack on X" -> X)."""
    for prep in head.children:
        if prep.dep_ in deps and prep.lower_ in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    yield pobj
