"""Where a stative sits in its clause: whose subject, what phrase a relation noun describes ("Turkey, a US ally",
"Turkey is a US ally", "US ally Israel"), whether it is negated or denied, and who said it.

Shared by every extractor family; it knows the parse, not the kinds of relation.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors import ArticleContext
from detente.data import clauses
from detente.nlp.tree import in_perfect, prep_objects
from detente.records import ActorRef
from detente.system.statives.lexicon import lexicon, lookup
from detente.system.statives.parties import actors_of

RELATIVE = {"which", "who", "that", "whom"}
SUBJECTS = {"nsubj", "nsubjpass"}
COUNTING = {"count", "number"}  # "Serbia counts Russia among its backers": the counter is the other party
OTHER_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}
OTHER_PREPS = ["of", "with", "to", "for"]


def subject_of(verb: Token) -> Token | None:
    """The subject of a copula or verb; through a relative clause to the noun it describes
    ("Hamas, which is ...", "Turkey and Qatar, both of which are ...")."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subj is None:
        return _described(verb) if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i else None
    if subj.lower_ in RELATIVE or subj.lower_ in lexicon().quantifiers:
        return _described(verb, subj) if verb.dep_ == "relcl" else None
    return subj


def _described(verb: Token, relative: Token | None = None) -> Token:
    """The noun a relative clause describes. A common noun with names in apposition before the clause is those
    names ("its neighbours Albania and Croatia, which entered the alliance"); a clause the parser hung on a common
    noun, whose relative pronoun follows a name and its comma, describes that name ("a declaration brokered by
    Malaysia, which chairs ASEAN": Malaysia chairs it, not the declaration)."""
    head = verb.head
    if head.ent_type_:
        return head
    named = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ and c.i < verb.i]
    if named:
        return named[0]
    if relative is not None and relative.i >= 2 and relative.doc[relative.i - 1].text == ",":
        before = relative.doc[relative.i - 2]
        if before.pos_ == "PROPN" and before.ent_type_ in ("GPE", "ORG", "NORP") and head.i < before.i:
            return before
    return head


def holders_of(noun: Token) -> list[Token]:
    """The phrase a relation or label noun describes: 'Turkey, a US ally', 'Turkey is a US ally',
    'Hamas, which is a terrorist group', 'US ally Israel', 'the terrorist group, Hezbollah'."""
    lex = lexicon()
    if noun.dep_ in ("attr", "acomp") and noun.head.lemma_.lower() in lex.copulas:
        subj = subject_of(noun.head)
        # "Saudi Arabia and the UAE, like Bahrain, are members": the one the subject is likened to holds it too
        likes = list(prep_objects(subj, tuple(lex.likeness_preps))) if subj is not None else []
        return [subj, *likes] if subj is not None else []
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lex.copulas and _membership_noun(noun):
        # "the GCC's six members are Saudi Arabia, Kuwait, ...": what the copula names (only members: read for every
        # relation noun, it added a wrong hostility on gold2)
        return [c for c in noun.head.children if c.dep_ == "attr"]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lex.copulas and _foremost_tie(noun):
        return [c for c in noun.head.children if c.dep_ == "attr"]  # "Azerbaijan's closest ally is Turkey"
    if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.lemma_.lower() in lex.copulas:
        subj = subject_of(noun.head.head)  # "Israel is at war with Hamas"
        return [subj] if subj is not None else []
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.lemma_.lower() in lex.ongoing_hostility.in_verbs
    ):
        subj = subject_of(noun.head.head)  # "Sudan's army and the RSF have been locked in a war"
        return [subj] if subj is not None else []
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among"):
        outer = noun.head.head  # "Poland is one of Kyiv's closest allies", "Poland is among Ukraine's allies"
        if noun.head.lower_ == "of" and outer.lower_ in lexicon().picks:
            return holders_of(outer)
        if noun.head.lower_ == "among" and outer.lemma_.lower() in lex.copulas:
            subj = subject_of(outer)
            return [subj] if subj is not None else []
    if noun.dep_ == "pobj" and noun.head.lower_ in ("among", "as") and noun.head.head.lemma_.lower() in COUNTING:
        return [c for c in noun.head.head.children if c.dep_ == "dobj"]  # "Serbia counts Russia among its backers"
    if noun.dep_ == "appos":
        return [noun.head]
    if labelled_own(noun):
        subj = [c for c in noun.children if c.dep_ == "nsubj"]  # "Kosovo considers [the US its closest ally]"
        return subj or [c for c in noun.head.children if c.dep_ == "dobj"]
    verb = noun.head
    if (
        noun.dep_ == "oprd"
        and verb.dep_ == "relcl"
        and verb.lemma_.lower() in lex.label_verbs
        and any(c.dep_ == "dobj" and c.lower_ in RELATIVE for c in verb.children)
    ):
        return [verb.head]  # "The Houthis, whom Washington calls an Iranian proxy": what the clause describes
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("include", "comprise"):
        return [c for c in noun.head.children if c.dep_ == "dobj"]  # "the bloc's members include Brazil, ..."
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head  # "Qatar has acted as a mediator"; not "Iran regards Israel as an enemy"
        reflexive = ("itself", "themselves", "himself", "herself")  # "positioned itself as a mediator"
        fronted = noun.head.i < verb.i  # "As a NATO member, Turkey must defend its allies"
        if fronted or not any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass") and c.lower_ not in reflexive for c in verb.children
        ):
            subj = subject_of(verb)
            return [subj] if subj is not None else []
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.holding_verbs:
        subj = subject_of(noun.head)  # "Qatar has close ties with Hamas", "Russia wages war on Ukraine"
        return [subj] if subj is not None else []
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        return [noun.head]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.ent_type_ and after.head.i == noun.head.i and after.dep_ == noun.dep_:
        return [after]  # "Iran's ally Syria voted": the small model makes the name a second subject
    if (
        after is not None
        and after.ent_type_
        and after.dep_ in SUBJECTS
        and after.head.dep_ == "relcl"
        and after.head.head.i == noun.i
    ):
        return [after]  # "The US-designated terrorist group Hezbollah fired": the name read as a relative's subject
    appos = [c for c in noun.children if c.dep_ == "appos"]
    if not appos and noun.tag_ == "NNS" and _owned(noun):  # "Iran's proxies, including Hezbollah and the Houthis"
        appos = [o for p in noun.children if p.dep_ == "prep" and listing_prep(p, lex.rosters.preps) for o in p.children
                 if o.dep_ == "pobj"]  # fmt: skip
    if not appos and _membership_noun(noun):
        return _enclosed_list(noun)
    return appos


def _owned(noun: Token) -> bool:
    """A relation noun with its owner named ("Iran's proxies", "allies of Ukraine", "its partners"): only then are
    those it lists ("such as", "including") its holders; "allies such as Britain and the US" with no owner lists
    the allies of someone unnamed, not allies of each other."""
    owners = [c for c in noun.children if c.dep_ in OTHER_DEPS and c.i < noun.i]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in OTHER_PREPS for o in p.children
               if o.dep_ == "pobj"]  # fmt: skip
    return any(o.ent_type_ or o.pos_ in ("PROPN", "PRON") for o in owners)


def listing_prep(prep: Token, preps: list[str]) -> bool:
    """'including', or a preposition with the word the parser hangs before it: 'such as' ('such' its modifier);
    one test for relation nouns and rosters alike."""
    return prep.lower_ in preps or any(f"{c.lower_} {prep.lower_}" in preps for c in prep.children if c.i == prep.i - 1)


def _enclosed_list(noun: Token) -> list[Token]:
    """A list between commas after a member noun, which the parser makes its conjuncts, names the members ("NATO's
    members, France and Germany, sent ships"); without the closing comma, "EU members, Britain and the US agreed" is
    a list of three parties."""
    doc = noun.doc
    first = next((c for c in noun.children if c.dep_ == "conj" and c.ent_type_ and doc[c.i - 1].text == ","), None)
    if first is None:
        return []
    last = max((first, *first.conjuncts), key=lambda t: t.i)
    end = last.right_edge.i + 1
    return [first] if end < len(doc) and doc[end].text == "," else []


def _foremost_tie(noun: Token) -> bool:
    """'Azerbaijan's closest ally is Turkey', 'Syria, whose main backer is Russia': an ally or backer named as the
    foremost one, with its owner, is who the copula names (not every relation noun as a subject: "members" only, and
    these, measured; any relation noun added a wrong hostility on gold2)."""
    entry = lookup(noun, lexicon().nouns)
    foremost = any(c.tag_ == "JJS" or c.lower_ in lexicon().foremost for c in noun.children if c.dep_ == "amod")
    owned = any(c.dep_ == "poss" for c in noun.children)
    return entry is not None and entry.kind in ("alliance", "support") and foremost and owned


def _membership_noun(noun: Token) -> bool:
    entry = lookup(noun, lexicon().nouns)
    return entry is not None and entry.kind == "membership"


def labelled_own(noun: Token) -> bool:
    """'Kosovo considers [the US its closest ally]': a relation noun a labelling verb gives with a pronoun owner
    ('its', 'their') is the relation the verb's subject holds."""
    return (
        noun.dep_ in ("ccomp", "oprd")
        and noun.head.lemma_.lower() in lexicon().label_verbs
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    )


def others_of(noun: Token, exclude: set[int], preps: list[str] | None = None) -> list[Token]:
    """The other party named in or after a relation noun: 'US allies', "Iran's ally", 'ally of the US'."""
    toks = [c for c in noun.children if c.dep_ in OTHER_DEPS and c.i < noun.i and c.i not in exclude]
    if noun.head.dep_ == "relcl" and noun.dep_ in SUBJECTS:  # "Azerbaijan, whose closest ally is Turkey"
        toks = [noun.head.head if c.lower_ in lexicon().relative_possessives else c for c in toks]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in (preps or OTHER_PREPS)):
        toks += [c for c in prep.children if c.dep_ == "pobj"]
    return toks


def negated(*anchors: Token) -> bool:
    """'is not an ally', 'never backed', 'no ally of', 'no longer backs'."""
    return any(
        any(
            (c.dep_ == "neg" and not _not_only(c))
            or c.lower_ == "never"
            or (c.dep_ == "det" and c.lower_ == "no")
            or (c.lower_ == "longer" and (any(g.lower_ == "no" for g in c.children) or _after_no(c)))
            for c in a.children
        )
        for a in anchors
    )


def _not_only(neg: Token) -> bool:
    """'is not just an ally but its protector', 'not only backs': a negation that adds, not denies."""
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in ("only", "just", "merely", "simply")


def _after_no(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no"


def predicates_of(noun: Token) -> list[Token]:
    """The words whose negation denies what a relation noun states: the noun ('no ally of'), the copula or holding
    verb ('is not an ally', 'no longer has close ties'), the copula of 'at war' and 'among its allies', the verb
    of 'acts as a mediator', and through 'one of' ('is no longer one of Kyiv's allies'). Not the verb of the
    clause an apposition sits in: 'Turkey, a US ally, did not attend' denies nothing about the alliance."""
    found = [noun]
    head = noun.head
    copula_subject = noun.dep_ == "nsubj" and head.lemma_.lower() in lexicon().copulas  # "its members are not ..."
    if (
        noun.dep_ in ("attr", "acomp")
        or (noun.dep_ == "dobj" and head.lemma_.lower() in lexicon().holding_verbs)
        or copula_subject
    ):
        found.append(head)
    elif noun.dep_ == "pobj" and head.lower_ in ("at", "among", "as") and head.i > head.head.i:
        found.append(head.head)  # "is not at war with", "no longer acts as a mediator"; not "As a member, X ..."
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lexicon().picks:
        found += predicates_of(head.head)
    return found


def ends_of(entry_ends: bool, denied_here: bool) -> bool | None:
    """Whether a stative is an ending ('is not an ally', 'left NATO'), or None when it says nothing: a negated
    ending ('did not leave NATO') neither ends the relation nor states it."""
    if entry_ends and denied_here:
        return None
    return entry_ends or denied_here


def ending_done(trigger: Token) -> bool:
    """Whether an ending by its own word has happened: 'Britain left the EU', 'has left'. An ending told in the
    present or future is one still to come ('after Britain leaves the EU', 'Britain is leaving the EU', 'voted for
    Britain to leave'); an ending verb's object ends when the verb does ('withdrew its support'); a nominal one
    ('Britain's exit from the EU', 'negotiating its withdrawal') says nothing of when, unless it is what time is
    counted from ('since its withdrawal'): none of these closes a relation today. A deed under an ending verb
    ('stopped arming the rebels'), or a relation noun as its subject ('the war between A and B ended'), ends when
    that verb does."""
    if trigger.dep_ in ("dobj", "xcomp") and trigger.head.lemma_.lower() in lexicon().ending_verbs:
        # "withdrew its support for", "stopped arming", "will end the alliance": the ending verb says when
        return ending_done(trigger.head)
    if (
        trigger.dep_ == "nsubj"
        and trigger.head.lemma_.lower() in lexicon().ending_verbs
        and not any(c.dep_ == "dobj" for c in trigger.head.children)
    ):
        # "the war between Russia and Ukraine ended" (an intransitive ending verb's subject): the verb says when
        return ending_done(trigger.head)
    if trigger.pos_ in ("VERB", "AUX"):
        return (
            trigger.tag_ == "VBD"
            or in_perfect(trigger)
            or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in trigger.children)  # "was expelled from"
        )
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "since"


def speaker_of(anchor: Token, ctx: ArticleContext) -> tuple[ActorRef | None, str | None]:
    """Who asserts a clause: the subject of the verb of saying it hangs from ('Israel says Hamas is ...')."""
    speech = set(clauses().speech_verbs) | set(clauses().claim_verbs)
    tok = anchor
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in speech:
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None, None
            actors = actors_of(subj, ctx)
            text = " ".join(t.text for t in subj.subtree)
            return (actors[0] if actors else None), text
        tok = tok.head
    return None, None


def clause_anchor(tok: Token) -> Token:
    """The verb a stative hangs from, for negation, modality and who said it."""
    node = tok
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def denied(tok: Token) -> bool:
    """'Iran denies arming the Houthis', 'Iran denied that it backs them': a denial gives nothing. A clause the
    parser hangs on a denial across a semicolon ("Chad accuses Sudan of arming the rebels; Khartoum denies any
    role") is a sentence of its own, which the denial answers but does not take back."""
    deny = set(clauses().deny_verbs)
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("xcomp", "ccomp", "dobj", "pcomp", "advcl") and node.head.lemma_.lower() in deny:
            return not _across_semicolon(node, node.head)
        node = node.head
    return False


def written_year(tok: Token, decades: bool = False) -> int | None:
    """The year a date word writes ('1991'; with ``decades``, '1980s' and "1980's" too), else None: the readers that
    tell a relation of the past from one that holds compare it with the article's year."""
    text = tok.text.removesuffix("s").removesuffix("'") if decades else tok.text
    if tok.ent_type_ != "DATE" or not text.isdigit() or len(text) != 4:
        return None
    return int(text)


def _across_semicolon(clause: Token, verb: Token) -> bool:
    """A semicolon between a clause and the verb it hangs from: two sentences the parser joined."""
    low, high = sorted((clause.i, verb.i))
    return any(c.dep_ == "punct" and c.text == ";" and low < c.i < high for c in verb.children)
