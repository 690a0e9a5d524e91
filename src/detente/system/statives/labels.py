"""Labels: "Hamas, which is a terrorist group", "Iran calls the rebels terrorists", "the U.S.-designated ...",
"Britain proscribed Hezbollah".

A label is a claim, never a fact: its source is who made it (the labelling verb's subject or passive agent, the
speaker of the reported clause, the "US-designated" modifier), or null when the author makes it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from detente.actors import ArticleContext
from detente.nlp.tree import sentence_tokens
from detente.records import ActorRef
from detente.system.statives.clause import RELATIVE, clause_anchor, holders_of, negated, predicates_of, speaker_of
from detente.system.statives.lexicon import Found, keys_of, lexicon
from detente.system.statives.parties import actor_phrase, actors_of, named_country


def _called(tok: Token) -> bool:
    """A word that labels only when someone calls them so: 'calls Lai a separatist', 'brands them traitors'."""
    lex = lexicon()
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    return (
        tok.lower_ in lex.called_labels
        or (bool(mods & lex.called_labels) and tok.lemma_.lower() in lex.group_nouns)
        or (bool(mods & (lex.called_labels | lex.label_modifiers)) and tok.lower_ in lex.called_groups)
    )


def _is_label(tok: Token) -> bool:
    lex = lexicon()
    if any(k in lex.label_nouns for k in keys_of(tok)) or _called(tok):
        return True
    if tok.lemma_.lower() == "sponsor" and any(
        p.lower_ == "of" and any(o.lemma_.lower() in ("terrorism", "terror") for o in p.children) for p in tok.children
    ):
        return True  # "a state sponsor of terrorism"
    if tok.lemma_.lower() in lex.label_lists.collectives and any(
        p.lower_ in lex.label_lists.member_preps and any(o.dep_ == "pobj" and _is_label(o) for o in p.children)
        for p in tok.children
    ):
        return True  # "a band of terrorists"
    if tok.pos_ == "ADJ" and tok.lower_ in lex.label_modifiers and tok.dep_ in ("oprd", "acomp", "xcomp", "ccomp"):
        return True  # "calls the regime illegitimate"
    return tok.lemma_.lower() in lex.group_nouns and any(
        c.dep_ in ("amod", "compound") and c.lower_ in lex.label_modifiers for c in tok.children
    )


def _labelling_verb(tok: Token) -> Token | None:
    """'calls the rebels terrorists', 'regards Hamas as a terrorist group', 'is designated a terrorist group'."""
    lex = lexicon()
    gov = tok.head
    if (verb := _listing_verb(tok)) is not None:
        return verb  # "put Havana on its list of state sponsors of terrorism"
    if tok.dep_ == "pobj" and gov.lower_ == "as":
        gov = gov.head
    elif tok.dep_ == "appos" and gov.dep_ in ("dobj", "dative") and gov.head.dep_ != "relcl":
        gov = gov.head  # "designated [the Wagner Group] [a terrorist organisation]" read as an apposition
    elif _misplaced(tok) and (obj := _object_above(gov)) is not None:
        gov = obj.head  # "brands [the fighters of X, Y's ally,] [terrorists]", "calls [troops based there] [occupiers]"
    elif tok.dep_ not in ("oprd", "xcomp", "attr", "ccomp", "dobj", "npadvmod", "advcl"):
        return None
    return gov if gov.lemma_.lower() in lex.label_verbs and gov.i != tok.i else None


def _listing_verb(tok: Token) -> Token | None:
    """'put Havana back on Washington's list of state sponsors of terrorism', 'added the group to its list of
    terrorist organisations': a label that names a list's members, the list where a verb of listing puts its
    object. The verb labels as a labelling verb does."""
    words = lexicon().label_lists
    of, lst = tok.head, tok.head.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or lst.lemma_.lower() not in words.list_nouns or lst.dep_ != "pobj":
        return None
    prep, verb = lst.head, lst.head.head
    if verb.pos_ == "ADV" and verb.dep_ == "advmod":
        verb = verb.head  # "put Havana back on the list": the parser hangs 'on' on 'back'
    if prep.lower_ not in words.list_preps or verb.pos_ != "VERB" or verb.lemma_.lower() not in words.list_verbs:
        return None
    return verb


def _misplaced(tok: Token) -> bool:
    """A label that ends its sentence, hung by the parser on the last name of the object before it (as an
    apposition, as the object of a participle describing it, or as the object of a preposition with that last
    name read as its compound: "calls [troops stationed in the regions] [occupiers]"): the complement of the verb
    above."""
    closing = all(t.is_punct for t in tok.doc[tok.right_edge.i + 1 : tok.sent.end])
    fused = tok.dep_ == "pobj" and any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)
    return closing and (tok.dep_ == "appos" or (tok.dep_ == "dobj" and tok.head.dep_ == "acl") or fused)


def _object_above(tok: Token) -> Token | None:
    """The direct object a phrase is nested in through appositions, prepositions and relative clauses ('the YPG,
    the backbone of the SDF', 'the TPLF, which runs the region,'), if its verb has no complement of its own."""
    node = tok
    for _ in range(8):
        if node.dep_ in ("dobj", "dative") and node.head.dep_ == "relcl":
            node = node.head  # the object of the relative clause describing the object: on to what it describes
        elif node.dep_ in ("dobj", "dative"):
            verb = node.head
            has_complement = any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children)
            return None if has_complement or verb.lemma_.lower() not in lexicon().label_verbs else node
        if node.dep_ not in ("appos", "pobj", "prep", "conj", "acl", "relcl") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _labelled_and_labeller(verb: Token, noun: Token) -> tuple[Token | None, Token | None]:
    """Who is labelled and who labels, under a labelling verb (active or passive)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass") and c.i != noun.i]
    objs += [c for c in noun.children if c.dep_ == "nsubj"]  # "considers [Hezbollah a terrorist group]"
    labelled = objs[0] if objs else None
    if verb.dep_ in ("relcl", "acl") and (labelled is None or labelled.lower_ in RELATIVE):
        labelled = verb.head  # "Hezbollah, which Washington designates a terrorist organization"
        if labelled.dep_ == "appos" and labelled.pos_ == "NOUN":
            labelled = labelled.head  # "The Houthis, a group the US has designated a terrorist organisation"
    labeller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if labeller is None and verb.dep_ == "conj":  # "condemned the move and called the group ...": the first verb's
        labeller = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if labeller is not None and _bare_participle(verb, labeller) and _agents(verb, noun):
        labelled, labeller = labelled or labeller, None  # "Hamas, designated a terrorist group by the US": misparsed
    if labeller is None:  # "is deemed a terrorist group by the US": the agent, wherever the parse hangs it
        labeller = next((c for a in _agents(verb, noun) for c in a.children if c.dep_ == "pobj"), None)
    if labeller is not None and labeller.lower_ in RELATIVE and verb.dep_ == "relcl":
        labeller = verb.head  # "Hamas, which Israel calls ..." is rare; "the US, which calls Hamas ..." is not
    return labelled, labeller


def _fused_object(verb: Token, noun: Token) -> Token | None:
    """'Rabat, which calls the Polisario separatists': the parser fuses the object and the label into one phrase,
    the name a compound of the label word; the name is who is labelled when the verb has no other object or
    complement."""
    if noun.dep_ in ("dobj", "oprd") and (quoted := _quoted_owner(noun)) is not None:
        return quoted
    if noun.dep_ not in ("dobj", "oprd") or not any(c.dep_ == "det" for c in noun.children):
        return None
    if any(c.dep_ in ("dobj", "dative", "oprd", "xcomp", "ccomp") and c.i != noun.i for c in verb.children):
        return None
    names = [c for c in noun.children if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_)]
    # "calls the separatists bandits": a plural that names an actor by its role, fused the same way
    names = names or [c for c in noun.children if c.dep_ == "compound" and c.tag_ == "NNS" and actor_phrase(c)]
    return names[-1] if names else None


def _quoted_owner(noun: Token) -> Token | None:
    """'called the Saudi soldiers \'occupiers\'': a label in quotes, whose opening quote the parser read as the
    possessive of the phrase before it, labels that phrase (a closing quote must follow the label)."""
    quotes = set(lexicon().label_lists.quotes)
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text not in quotes:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return next((c for c in owners if any(k.dep_ == "case" and k.text in quotes for k in c.children)), None)


def _agents(verb: Token, noun: Token) -> list[Token]:
    return [c for c in [*verb.children, *noun.children] if c.dep_ == "agent" or c.lower_ == "by"]


def _bare_participle(verb: Token, subj: Token) -> bool:
    """'Hamas, designated ... by the US,': a participle with no auxiliary after a comma describes what comes
    before it, whatever subject (and tense) the parser gave it."""
    doc = verb.doc
    after_comma = subj.i + 1 < len(doc) and doc[subj.i + 1].text == "," and verb.i > subj.i
    return verb.tag_ in ("VBN", "VBD") and after_comma and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _gapped_labeller(tok: Token) -> Token | None:
    """'called Israel the little Satan and the United States the great Satan': a label in a gapped conjunct hangs
    from the first label as a conjunct or apposition; its labeller is the first label's."""
    node = tok
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head
        if _is_label(node) and (verb := _labelling_verb(node)) is not None:
            return _labelled_and_labeller(verb, node)[1]
    return None


def _designator(noun: Token, ctx: ArticleContext) -> ActorRef | None:
    """'the US-designated terrorist group': the modifier that says who made the label."""
    lex = lexicon()
    doc = noun.doc
    for child in noun.children:
        entry = lex.hyphens.get(child.lower_)
        if entry is not None and entry.kind == "label" and child.i >= 2 and doc[child.i - 1].text == "-":
            actors = actors_of(doc[child.i - 2], ctx)
            if actors:
                return actors[0]
        prefix, _, participle = child.text.rpartition("-")
        entry = lex.hyphens.get(participle.lower())
        if prefix and entry is not None and entry.kind == "label":  # "U.S.-designated" is one token
            return named_country(prefix)
    return None


def labels(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    for tok in sentence_tokens(sent):
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or not _is_label(tok):
            continue
        verb = _labelling_verb(tok)
        if verb is None and _called(tok) and not any(k in lexicon().label_nouns for k in keys_of(tok)):
            continue  # "the separatist Polisario Front": the author's description, no label
        labellers: list[ActorRef] = []
        if verb is not None:
            labelled_tok, labeller_tok = _labelled_and_labeller(verb, tok)
            labelled_tok = _fused_object(verb, tok) or labelled_tok
            targets_toks = [labelled_tok] if labelled_tok is not None else []
            if labeller_tok is not None:
                labellers = actors_of(labeller_tok, ctx)  # "by Turkey, the EU and the US": each makes the claim
                if not labellers:
                    continue  # someone we cannot name calls them terrorists: not the author's claim
        else:
            targets_toks = holders_of(tok)
            gapped = _gapped_labeller(tok)  # "called Israel the little Satan and the US the great Satan"
            if gapped is not None:
                labellers = actors_of(gapped, ctx)
            verbs = lexicon().label_verbs
            if (
                not labellers
                and _designator(tok, ctx) is None
                and any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in sent)
            ):
                continue  # a labelling verb's sentence: its labels are the labeller's, never the author's
        targets = [a for t in targets_toks for a in actors_of(t, ctx)]
        if not targets:
            continue
        anchor = clause_anchor(tok)
        speaker, said = speaker_of(verb if verb is not None else anchor, ctx)
        sources = labellers or [_designator(tok, ctx) or speaker]
        # "X does not call Hamas a terrorist group", "Hamas is not a terrorist group": the end of the label
        ends = negated(verb) if verb is not None else negated(*predicates_of(tok))
        for source in sources:
            for target in targets:
                if source is not None and source.code == target.code:
                    continue
                yield Found(source, target, "label", "-", "stative.label", tok, source, said, ends)


def accusations(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Washington has accused the RSF of genocide', 'The paramilitary group, which Washington has accused of
    genocide': accusing a party of a crime of mass violence brands it; the accuser is the source, as for a label."""
    words = lexicon().label_lists
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words.accusing_verbs:
            continue
        # "accuses the RSF of genocide": the parser hangs the crime on the verb or on the accused
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        crimes = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in words.accusing_preps
                  for o in p.children if o.dep_ == "pobj" and _a_crime(o, words.crimes)]  # fmt: skip
        if not crimes:
            continue
        labelled, labeller = _labelled_and_labeller(tok, crimes[0])
        if labelled is None or labeller is None:
            continue
        for source in actors_of(labeller, ctx)[:1]:
            for target in actors_of(labelled, ctx):
                if source.code != target.code:
                    _, said = speaker_of(tok, ctx)
                    yield Found(source, target, "label", "-", "stative.accusation", tok, source, said, negated(tok))


def _a_crime(noun: Token, crimes: list[str]) -> bool:
    """'genocide', 'war crimes', 'crimes against humanity', 'ethnic cleansing': the noun with the modifiers before
    it and its 'against' phrase, as written or by lemma."""
    mods = " ".join(c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i)
    preps = set(lexicon().label_lists.crime_preps)
    named = " ".join(f"{p.lower_} {o.lower_}" for p in noun.children if p.lower_ in preps for o in p.children)
    names = {" ".join(w for w in (mods, n, named) if w) for n in (noun.lower_, noun.lemma_.lower())}
    names |= {" ".join(w for w in (mods, n) if w) for n in (noun.lower_, noun.lemma_.lower())}
    return bool(names & set(crimes))


def label_acts(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Britain proscribed Hezbollah', 'Hezbollah was blacklisted by the EU': the act is the label."""
    lex = lexicon()
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.label_acts:
            continue
        labelled, labeller = _labelled_and_labeller(tok, tok)
        if labelled is None or labeller is None:
            continue
        sources, targets = actors_of(labeller, ctx), actors_of(labelled, ctx)
        for source in sources[:1]:
            for target in targets:
                yield Found(source, target, "label", "-", "stative.label_act", tok, source, None, negated(tok))
