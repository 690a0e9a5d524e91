"""The learned decision on a verb of saying: is this candidate a statement event (010) of its speaker?

The ``010.*`` patterns find a political speaker's verb of saying and ``events/statements.py`` drops what the guide
says is no statement (negated, a question, a report of a deed, an intention, ...). What is left is still right only
about half the time: the speaker is a source quoted for colour, the words are a quote's continuation, the statement is
criticism or a report of news. Those differences are read here from the clause, not from any sentence's words: who
speaks (the role of the actor, a pronoun or a name, before or after the verb), how (the verb, its tense, quotation
marks), what is said (its head, its modals and negation, which event words and which parties it names, judgement
words from a small lexicon in ``data/clauses.yaml``). A small linear model trained on the train split
(``detente train``) turns them into a probability; the threshold is fixed on the dev split.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Token

from detente.data import clauses
from detente.events.learned.features import lexicon_roots
from detente.events.learned.linear import SoftmaxModel
from detente.events.patterns import STATEMENT_PREFIX
from detente.events.tree import names_a_party, subjects
from detente.nlp.tree import QUOTE_MARKS

if TYPE_CHECKING:
    from detente.events.arguments import Candidate

STATEMENT = "010"  # the model's positive class; its other class is "none"

FIRST_PERSON = {"i", "we", "my", "our", "me", "us"}
SELF = {"he", "she", "it", "they"}
MODAL_WORDS = {"will", "would", "could", "may", "might", "should", "must", "can", "'ll", "wo"}
CONTENT_DEPS = ("ccomp", "parataxis")


@cache
def judgement_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lemmas that judge (negative, positive): "a disgrace", "welcome" make a statement criticism or praise."""
    words = clauses().statements
    return words.negative(), words.positive()


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _role(code: str) -> str:
    if code.startswith(("IGO", "NGO", "IMG")):
        return code[:3]
    return code[3:6] or "STATE"


def _quoted(verb: Token) -> tuple[bool, bool, bool]:
    """(the sentence has quotation marks, a quote closes before the verb, the verb itself sits inside a quote)."""
    sent = verb.sent
    marks = [t.i for t in sent if t.text in QUOTE_MARKS or t.text == "'"]
    before = any(i < verb.i for i in marks)
    inside = sum(1 for i in marks if i < verb.i) % 2 == 1
    return bool(marks), before, inside


def _speaker(verb: Token) -> Token | None:
    found = subjects(verb)
    return found[0] if found else None


def statement_features(verb: Token, source_code: str, said: list[Token], others: list[str]) -> list[str]:
    """What the statement model reads of one candidate: the verb of saying, its speaker (coded ``source_code``),
    the words it reports (``said``) and the codes of the other events of the sentence (``others``)."""
    lemma = verb.lemma_.lower()
    feats = ["bias", f"lemma={lemma}", f"tag={verb.tag_}", f"dep={verb.dep_}", f"role={_role(source_code)}"]
    feats += [f"aux={c.lower_}" for c in verb.children if c.dep_ in ("aux", "auxpass")]
    feats += [f"child={c.dep_}" for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep", "dobj", "dative")]
    feats += [f"prep={c.lower_}" for c in verb.children if c.dep_ == "prep"]
    speaker = _speaker(verb)
    if speaker is None:
        feats.append("speaker=none")
    else:
        kind = "pron" if speaker.pos_ == "PRON" else "name" if speaker.pos_ == "PROPN" else "noun"
        feats += [f"speaker={kind}", f"speaker_tag={speaker.tag_}", f"speaker_after={speaker.i > verb.i}"]
        feats += [f"speaker_role={kind}|{_role(source_code)}"]
        if any(c.dep_ == "relcl" or c.dep_ == "acl" for c in speaker.children):
            feats.append("speaker_described")  # "an official who ...", "lawmakers leaving a meeting"
        if speaker.pos_ == "PRON":
            feats.append(f"pronoun={speaker.lower_}")
    has_quotes, quote_before, inside = _quoted(verb)
    feats += [f"quotes={has_quotes}", f"quote_before={quote_before}", f"in_quote={inside}"]
    feats.append(f"sent_root={verb.dep_ == 'ROOT'}")
    feats.append(f"first_sentence={verb.sent.start == 0}")
    feats.append(f"said_len={_bucket(len(said), (0, 5, 12, 25))}")
    feats.append(f"sent_len={_bucket(len(verb.sent), (12, 25, 40))}")
    comp = [c for c in verb.children if c.dep_ in CONTENT_DEPS]
    if comp:
        head = comp[0]
        feats += [f"comp_dep={head.dep_}", f"comp_lemma={head.lemma_.lower()}", f"comp_tag={head.tag_}"]
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subj:
            s = subj[0]
            who = (
                "first"
                if s.lower_ in FIRST_PERSON
                else "self"
                if s.lower_ in SELF
                else "expl"
                if s.dep_ == "expl"
                else "party"
                if names_a_party(s)
                else "thing"
            )
            feats.append(f"comp_subject={who}")
        else:
            feats.append("comp_subject=none")
        feats += [
            f"comp_aux={c.lower_}" for c in head.children if c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_WORDS
        ]
        if any(c.dep_ == "neg" for c in head.children):
            feats.append("comp_neg")
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
            feats.append("comp_that")
    else:
        feats.append("comp_dep=none")
    negative, positive = judgement_words()
    lemmas = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
    if lemmas & negative:
        feats.append("judge=negative")
    if lemmas & positive:
        feats.append("judge=positive")
    roots = sorted({r for t in said if t.pos_ in ("VERB", "NOUN") for r in lexicon_roots(t)})
    feats += [f"said_root={r}" for r in roots] or ["said_root=none"]
    if any(t.like_num for t in said):
        feats.append("said_number")
    if any(t.lower_ in FIRST_PERSON for t in said):
        feats.append("said_first_person")
    ents = {t.ent_type_ for t in said if t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")}
    feats += [f"said_ent={e}" for e in sorted(ents)]
    feats.append(f"said_parties={_bucket(sum(1 for t in said if names_a_party(t) and t.pos_ == 'PROPN'), (0, 1, 3))}")
    feats += [f"other_root={c[:2]}" for c in sorted(set(others))] or ["other_root=none"]
    return feats


def said_words(verb: Token) -> list[Token]:
    from detente.events.statements import said_words as words  # one way: statements imports this package

    return words(verb)


def candidate_features(cand: Candidate, candidates: list[Candidate]) -> list[str]:
    """The statement model's features of one ``010.*`` candidate among the sentence's candidates."""
    others = [c.code for c in candidates if c is not cand and not c.rule.startswith(STATEMENT_PREFIX)]
    return statement_features(cand.trigger, cand.source.code, said_words(cand.trigger), others)


NO_VECTOR = np.zeros(0, dtype=np.float32)


def statement_score(model: SoftmaxModel, feats: list[str]) -> float:
    """The probability that the candidate is a statement event of its speaker."""
    return float(model.proba(feats, NO_VECTOR)[model.classes.index(STATEMENT)])
