"""Pronouns, surnames and definite descriptions read back to the actor they refer to.

No coreference package runs here without downloading weights, so this is a small resolver over
the parse and the article's memory (``context.Mention``):

- **speakers**: "Germany said it would send tanks" — a subject pronoun under a verb of saying is
  that verb's subject; "'We will respond,' Lavrov said" — a first-person pronoun in a quotation is
  the quoted speaker;
- **pronouns**: he/she/him/his/her take a person, it/its a state, body or institution, they/them/
  their a group or a plural; the candidates are the mentions of the current and two previous
  sentences that agree; one candidate is taken, several only when the latest sentence that has
  any makes one of them its subject. An object pronoun never refers to its own clause's subject;
  when the most salient phrase before the pronoun (the latest subject in its sentence, else the
  previous sentence's main subject) agrees with it but is no actor ("The report was published. It
  accused ..."), the pronoun is about that and stays unresolved; they/their under a verb of saying
  never take one person;
- **definite descriptions**: "the minister", "the ministry", "the group", "the country", "the
  alliance" take the latest mention with the same head noun, else the latest one of their kind;
- **pairs**: "the two leaders", "both sides" read back to a pair of parties (``actors/pairs.py``).

Whatever stays ambiguous stays unresolved: a wrong antecedent is worse than none.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from detente.actors.context import ArticleContext, Mention, sentence_number, sentence_starts
from detente.actors.gender import agrees, disagrees
from detente.actors.phrases import person_span
from detente.actors.roles import head_role
from detente.data import clauses, roles_file
from detente.nlp.tree import QUOTE_MARKS, inside_quotes, nearest_verb
from detente.records import ActorRef
from detente.where.mentions import entity_of

# what a pronoun under a verb of saying can take as its speaker; "they"/"their" are never one named person
SPEAKER_PRONOUNS = {"it": "thing", "they": "many", "he": "person", "she": "person", "we": "any"}
POSSESSIVE_PRONOUNS = {"its": "thing", "their": "many", "our": "any", "his": "person", "her": "person"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
# pronoun -> what it can refer to: a person, a thing (a state, a body, an institution) or a group/plural
PRONOUN_KINDS = {
    "he": "person",
    "him": "person",
    "his": "person",
    "she": "person",
    "her": "person",
    "it": "thing",
    "its": "thing",
    "they": "plural",
    "them": "plural",
    "their": "plural",
}
PRONOUNS = {*PRONOUN_KINDS, *FIRST_PERSON, "which", "who", "you", "itself", "themselves", "himself", "herself"}
WINDOW = 2  # sentences before the current one whose mentions a pronoun can refer to
DESCRIPTION_WINDOW = 4
CHAIN = 6  # sentences a he/she reads back through subjects that are the same pronoun (``_subject_chain``)
FAR = 6  # sentences a he/she reads back to the latest person when its window names none (``_latest_person``)


def is_pronoun(tok: Token) -> bool:
    """A pronoun, not a name spelled like one ("US" is the United States, not "us")."""
    return tok.pos_ == "PRON" or (tok.lower_ in PRONOUNS and not tok.ent_type_ and not tok.is_upper)


def _reporting_verbs() -> set[str]:
    words = clauses()
    return {*words.speech_verbs, *words.claim_verbs, *words.intent_verbs, *words.threat_verbs, "deny", "vow"}


def speaker_of(pronoun: Token) -> Token | None:
    """'Germany said it would send tanks': a subject pronoun in a clause under a verb of saying or
    intending is that verb's subject (a possessive one too: "China said its coast guard ...")."""
    kind = SPEAKER_PRONOUNS.get(pronoun.lower_)
    if pronoun.dep_ == "poss" and pronoun.lower_ in POSSESSIVE_PRONOUNS:
        kind = POSSESSIVE_PRONOUNS[pronoun.lower_]
    elif kind is None or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    reporting = _reporting_verbs()
    verb = nearest_verb(pronoun.head)  # from "its coast guard" up to the clause's verb
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "conj") or verb.head.i == verb.i:
            return None
        gov = verb.head
        subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].pos_ != "PRON":
            if gov.lemma_.lower() not in reporting:
                return None
            if _in_quotation(pronoun) and not _in_quotation(gov):
                # '"He got elected on this," Farage told the radio': in the speaker's own words a he, it or they is
                # someone else (the speaker says "I"), not the one who says them
                return None
            is_person = _one_person(subj[0])
            if (kind == "person" and not is_person) or (kind in ("thing", "many") and is_person):
                return None
            return subj[0]
        verb = gov
    return None


def _one_person(tok: Token) -> bool:
    """A named person, or one person's title ("President Bashar al-Assad said", where the parse makes the title
    the subject)."""
    if tok.ent_type_ == "PERSON":
        return True
    singular = tok.tag_ in ("NN", "NNP")
    return singular and (tok.lower_ in roles_file().person_titles or tok.lemma_.lower() in roles_file().person_titles)


def _in_quotation(tok: Token) -> bool:
    """Whether a token stands inside quotation marks, counting a quotation the sentence before left open
    ('"We agreed on much. He will visit Ankara," Putin said': He is inside Putin's words), as ``quote_speaker``
    looks back a sentence."""
    sent = tok.sent
    before = [t for t in tok.doc[sent.start - 1].sent if t.text in QUOTE_MARKS] if sent.start > 0 else []
    # left open: the sentence before ends its marks with an opening one ('"We agreed on much.'), not with the closing
    # one of a quotation it finished ('I will eat it," Trudeau said.'); a quotation left open flips the count
    left_open = bool(before) and _opens(before[-1])
    return inside_quotes(tok) != left_open


def _opens(mark: Token) -> bool:
    """Whether a quotation mark opens a quotation: a curly or TeX opening one, or a straight one spaced off the word
    before it and joined to the word after."""
    if mark.text in ("“", "``"):
        return True
    if mark.text in ("”", "''"):
        return False
    spaced_before = mark.i == 0 or bool(mark.doc[mark.i - 1].whitespace_)
    return spaced_before and not mark.whitespace_


def quoting_speaker(pronoun: Token) -> Token | None:
    """'"He will visit Kiev," Lavrov said', 'Erdogan told reporters: "He criticized Ukraine."': whoever speaks the
    quotation a third-person pronoun stands in — the subject of a verb of saying outside the quotation marks of its
    sentence, or of the sentence before when the quotation runs over two. None outside quotations and for I/we."""
    if pronoun.lower_ in FIRST_PERSON or not _in_quotation(pronoun):
        return None
    sent = pronoun.sent
    found = _speaker_outside_quotes(sent, _in_quotation)
    if found is None and sent.start > 0:
        before = sent.doc[sent.start - 1].sent
        if any(t.text in QUOTE_MARKS for t in before):
            found = _speaker_outside_quotes(before, _in_quotation)
    return found


def _speakers_mention(mention: Mention, speaker: Token) -> bool:
    """Whether a mention is the speaker's own: the speaker's phrase itself, or a phrase naming them by the same word
    ('Russian Foreign Minister Sergei Lavrov' when "Lavrov said"). A pronoun speaker names no one by its word."""
    if mention.index == speaker.i:
        return True
    if is_pronoun(speaker):
        return False
    return speaker.doc[mention.index].text == speaker.text or speaker.text in mention.actor.text.split()


def quote_speaker(pronoun: Token) -> Token | None:
    """'"We will respond," Lavrov said': I, we, my, our inside a quotation are whoever the sentence says
    spoke it — the subject of a verb of saying outside the quotation marks."""
    if pronoun.lower_ not in FIRST_PERSON or not inside_quotes(pronoun):
        return None
    sent = pronoun.sent
    found = _speaker_outside_quotes(sent)
    if found is None and sent.start > 0:
        # a quotation running over two sentences: '"We ... ," X said. "We are aiming ..."'
        before = sent.doc[sent.start - 1].sent
        if any(t.text in QUOTE_MARKS for t in before):
            found = _speaker_outside_quotes(before)
    return found


def _speaker_outside_quotes(sent: Span, inside: Callable[[Token], bool] = inside_quotes) -> Token | None:
    speech = set(clauses().speech_verbs)
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech or inside(verb):
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj" and not inside(c)]
        if subj and subj[0].lower_ not in FIRST_PERSON:
            return subj[0]
    return None


def _agrees(mention: Mention, kind: str) -> bool:
    if kind == "person":
        return mention.kind == "person"
    if kind == "thing":
        return mention.kind in ("state", "group") or (mention.kind == "role" and not mention.plural)
    return mention.plural or mention.kind == "group"  # "they": the rebels, the Taliban


def _co_arguments(pronoun: Token) -> set[int]:
    """The subject of the pronoun's own clause: "Erdogan criticized him" — him is not Erdogan."""
    if pronoun.dep_ not in ("dobj", "pobj", "dative", "nsubjpass"):
        return set()
    verb = nearest_verb(pronoun.head)
    return {c.i for c in verb.children if c.dep_ in ("nsubj", "agent")}


def _pick(candidates: list[Mention], ctx: ArticleContext) -> tuple[ActorRef, str] | None:
    """One referent among agreeing candidates, or None when they disagree and salience does not settle it:
    the subject of the latest sentence that names one, else its one argument (not a noun's modifier)."""
    if not candidates:
        return None
    codes = {m.actor.code for m in candidates}
    if len(codes) == 1:
        return candidates[-1].actor, f"the only one named before that agrees, {_where(candidates[-1], ctx)}"
    latest = max(m.sentence for m in candidates)
    last = [m for m in candidates if m.sentence == latest]
    subjects = {m.actor.code: m for m in last if m.subject}
    if len(subjects) == 1:
        found = next(iter(subjects.values()))
        return found.actor, f"the subject of the latest sentence that names one, {_where(found, ctx)}"
    arguments = {m.actor.code: m for m in last if m.salient}
    if not subjects and len(arguments) == 1:
        found = next(iter(arguments.values()))
        return found.actor, f"the one argument of the latest sentence that names one, {_where(found, ctx)}"
    return None


def _where(mention: Mention, ctx: ArticleContext) -> str:
    """The mention a pronoun or description read back to, for ``explain``: its words and sentence, and when those
    words are a pronoun ("He" at the end of a chain of he's), the latest phrase before it that named the same actor
    by more than a pronoun ("that is 'Russian Foreign Minister Sergei Lavrov' (sentence 0)")."""
    where = f"'{mention.actor.text}' (sentence {mention.sentence})"
    if mention.actor.text.lower() not in PRONOUN_KINDS:
        return where
    named = [
        m
        for i, m in sorted(ctx.mentions.items())
        if i < mention.index and m.actor.code == mention.actor.code and m.actor.text.lower() not in PRONOUN_KINDS
    ]
    return f"{where}, that is '{named[-1].actor.text}' (sentence {named[-1].sentence})" if named else where


def salient_subject(pronoun: Token, excluded: set[int]) -> Token | None:
    """The phrase a pronoun most likely refers to: the latest subject before it in its own sentence (not its own
    clause's subject when it is an object), else the main subject of the sentence before."""
    sent = pronoun.sent
    own = [
        t
        for t in sent
        if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass") and not is_pronoun(t) and t.i not in excluded
    ]
    if own:
        return own[-1]
    if sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass")]
    main = [t for t in subjects if t.head.i == before.root.i]
    found = (main or subjects)[:1]
    return found[0] if found and not is_pronoun(found[0]) else None


def _names_no_actor(tok: Token, ctx: ArticleContext, kind: str) -> bool:
    """Whether a subject agrees with a pronoun of ``kind`` yet names no actor the article knows: a thing ("the
    storm", "the bill") for it, plain things for they."""
    if tok.i in ctx.mentions or entity_of(tok) is not None or tok.text in ctx.names:
        return False
    if head_role(tok, list(tok.subtree)) is not None or tok.ent_type_ in ("GPE", "ORG", "NORP"):
        return False
    if kind == "person":
        # an unknown named person as the salient subject cost right events on train and dev (a "she" after a man's
        # name, a cataphoric "he"): without the people's gender this guard blocks too much, so it is not applied
        return False
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    return tok.tag_ == "NN" if kind == "thing" else tok.tag_ == "NNS"


def _salient_non_actor(pronoun: Token, ctx: ArticleContext, kind: str, excluded: set[int]) -> Token | None:
    """The most salient phrase before the pronoun when it agrees but is no actor: then the pronoun is about it
    ("The deal was signed, but it became toxic": not the last state named)."""
    subject = salient_subject(pronoun, excluded)
    if subject is None:
        return None
    if kind == "person" and _unknown_person_before(subject, pronoun, ctx):
        return subject
    if not _names_no_actor(subject, ctx, kind):
        return None
    return subject


def _unknown_person_before(subject: Token, pronoun: Token, ctx: ArticleContext) -> bool:
    """'Donald Trump held a town hall, but he insisted ...' on a day the dictionaries give Trump no office: a named
    person subject earlier in the pronoun's own sentence that resolved to nothing is what 'he' refers to, not the
    last person the article resolved (a person further back is left to ``_names_no_actor``'s rule, which found a
    'she' after a man's name and cataphora too often)."""
    if subject.sent.start != pronoun.sent.start or subject.ent_type_ != "PERSON":
        return False
    return subject.i not in ctx.mentions and subject.text not in ctx.names


def antecedent(pronoun: Token, ctx: ArticleContext) -> tuple[ActorRef, str] | None:
    """The actor a third-person pronoun refers to, with why; None when it is not plain."""
    found, why = _read_back(pronoun, ctx)
    return (found, why) if found is not None else None


def why_unresolved(head: Token, ctx: ArticleContext) -> str | None:
    """Why a pronoun gave no actor ("pronoun 'it': the latest subject 'report' agrees but names no actor"), for the
    skip reasons ``explain`` shows; None for other phrases (their text says enough) and for a pronoun that does
    read back. The speaker is tried first, as the resolver does."""
    if not is_pronoun(head):
        return None
    speaker = speaker_of(head) or quote_speaker(head)
    if speaker is not None:
        return f"pronoun '{head.text}': its speaker '{speaker.text}' names no actor"
    found, why = _read_back(head, ctx)
    return why if found is None else None


def _main_subject(sent: Span) -> Token | None:
    """The subject of a sentence's main verb, outside quotation marks ('"...," he said': he)."""
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and not inside_quotes(t)]
    main = [t for t in subjects if t.head.i == sent.root.i]
    return main[0] if main else None


def _subject_chain(pronoun: Token, ctx: ArticleContext) -> tuple[Mention | None, str | None]:
    """'Merkel addressed the parliament. [...] She received a standing ovation. At one point, she grinned ...': a
    subject he/she outside quotation marks with no person in its window is the person the article keeps as the
    subject — the sentences before it, back to the one naming the person, all have as their main subject the same
    pronoun (or that person). Any other subject on the way (another person, a thing, "I", none) breaks the chain,
    and it stays unresolved; when the chain ends at a named person no dictionary or title codes (a witness, an
    analyst), that name is returned as the reason (second item)."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or _in_quotation(pronoun):
        return None, None
    genders = roles_file().pronoun_genders
    wanted = genders.get(pronoun.lower_)
    if wanted is None:
        return None, None
    here = sentence_number(pronoun)
    sents = sentence_starts(pronoun.doc)
    for number in range(here - 1, max(here - 1 - CHAIN, -1), -1):
        subject = _main_subject(pronoun.doc[sents[number]].sent)
        if subject is None:
            return None, None
        mention = ctx.mentions.get(subject.i)
        if is_pronoun(subject):
            if genders.get(subject.lower_) != wanted:
                return None, None
            if mention is not None and mention.kind == "person":
                return mention, None
            continue  # an unresolved "she" of the chain: read further back
        if mention is None and subject.ent_type_ == "PERSON" and not disagrees(pronoun, subject, speaker_of):
            return None, person_span(subject).text
        if mention is None or mention.kind != "person" or disagrees(pronoun, subject, speaker_of):
            return None, None
        return mention, None
    return None, None


def _latest_person(pronoun: Token, ctx: ArticleContext) -> tuple[Mention | None, str | None]:
    """'Johnson met the press. [two sentences of other things] He said ...': the person a he/she whose window names
    no person most likely refers to — the latest person the article resolved within ``FAR`` sentences, when that
    sentence names one person of an agreeing gender (not two: "May met Trump ..."), and no person whose name nobody
    codes (a witness, an analyst) was named since (its name is then the second item). It is only told, not taken:
    on train the party it gives is right 3 times in 4, but every event it added was one the annotators did not code
    (a hypothetical or an embedded report the events stage reads as a deed), so by the keep rule it stays out of
    resolution until the events stage refuses those (docs/actors.md, s19-coref)."""
    if roles_file().pronoun_genders.get(pronoun.lower_) is None:
        return None, None
    here = sentence_number(pronoun)
    doc = pronoun.doc
    persons = [
        m
        for i, m in sorted(ctx.mentions.items())
        if i < pronoun.i
        and m.kind == "person"
        and here - FAR <= m.sentence
        and not disagrees(pronoun, doc[i], speaker_of)
    ]
    if not persons:
        return None, None
    last = [m for m in persons if m.sentence == persons[-1].sentence]
    if len({m.actor.code for m in last}) != 1:
        return None, None
    person = last[-1]
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start <= person.index or ent.start >= pronoun.i:
            continue
        known = any(t.i in ctx.mentions for t in ent) or ent.text in ctx.names or ent[-1].text in ctx.names
        if not known and not disagrees(pronoun, ent.root, speaker_of):
            return None, ent.text
    return person, None


KIND_NAMES = {"person": "person", "thing": "state or body", "plural": "group or plural"}


def _read_back(pronoun: Token, ctx: ArticleContext) -> tuple[ActorRef | None, str]:
    """The antecedent and why, or None and why not: one place decides both, so the reason a skip gives is the
    resolver's own."""
    said = f"pronoun '{pronoun.text}'"
    kind = PRONOUN_KINDS.get(pronoun.lower_)
    if kind is None:
        return None, f"{said}: no speaker to read it as, and it is no pronoun that reads back (he, it, they)"
    if ctx.doc_key != id(pronoun.doc):
        return None, f"{said}: nothing named before it in this article"
    here = sentence_number(pronoun)
    excluded = _co_arguments(pronoun)
    blocker = _salient_non_actor(pronoun, ctx, kind, excluded)
    if blocker is not None:
        return None, f"{said}: the latest subject '{blocker.text}' agrees but names no actor"
    # in a speaker's own quoted words a he, it or they is someone else ("I" is the speaker): the speaker's mentions
    # are no candidates on any path (the gendered one, ``_pick``, the chain)
    speaker = quoting_speaker(pronoun)
    candidates = [
        m
        for i, m in sorted(ctx.mentions.items())
        if i < pronoun.i
        and here - WINDOW <= m.sentence <= here
        and i not in excluded
        and _agrees(m, kind)
        and not (kind == "person" and disagrees(pronoun, pronoun.doc[i], speaker_of))
        and not (speaker is not None and _speakers_mention(m, speaker))
    ]
    if not candidates:
        chained, unknown = _subject_chain(pronoun, ctx) if kind == "person" else (None, None)
        if chained is not None:
            return chained.actor, f"{said}: the subject of a chain of '{pronoun.lower_}' back to {_where(chained, ctx)}"
        if unknown is not None:
            return None, f"{said}: its chain of subjects leads to '{unknown}', a person no dictionary or title codes"
        nobody = f"{said}: no {KIND_NAMES[kind]} named in its sentence or the {WINDOW} before"
        latest, unknown = _latest_person(pronoun, ctx) if kind == "person" else (None, None)
        if latest is not None:  # measured, not taken (docs/actors.md, s19-coref): said so, for explain
            return None, f"{nobody}; the latest further back is {latest.actor.code} ('{latest.actor.text}'), not taken"
        if unknown is not None:
            return None, f"{nobody}; '{unknown}', whom no dictionary or title codes, was named since the latest one"
        return None, nobody
    gendered = [m for m in candidates if kind == "person" and agrees(pronoun, pronoun.doc[m.index], speaker_of)]
    if gendered and len({m.actor.code for m in gendered}) == 1:
        # "Macron met Merkel. She criticized ...": the one the article calls a woman, over those it says nothing of
        why = f"the only one named before whom the article gives its gender, {_where(gendered[-1], ctx)}"
        return gendered[-1].actor, f"{said}: {why}"
    found = _pick(candidates, ctx)
    if found is None:
        codes = ", ".join(sorted({m.actor.code for m in candidates}))
        return None, f"{said}: several agree ({codes}) and the latest sentence naming one has no single subject"
    return found[0], f"{said}: {found[1]}"


def same_head(head: Token, ctx: ArticleContext) -> tuple[ActorRef, str] | None:
    """'the commission', 'the observatory': the named body (not a person, not a role noun) of the same head noun in
    the description window, when the ones there are one actor."""
    lemma = head.lemma_.lower()
    same = [m for m in _recent(head, ctx) if m.lemma == lemma and m.kind == "group"]
    if len({m.actor.code for m in same}) != 1:
        return None
    return same[-1].actor, f"'the {lemma}': the {lemma} named before ({same[-1].actor.name})"


def _recent(head: Token, ctx: ArticleContext) -> list[Mention]:
    """The mentions before a description within the description window, in article order (none when the context
    belongs to another document)."""
    if ctx.doc_key != id(head.doc):
        return []
    here = sentence_number(head)
    return [
        m for i, m in sorted(ctx.mentions.items()) if i < head.i and here - DESCRIPTION_WINDOW <= m.sentence <= here
    ]


def _named_by_group(head: Token) -> bool:
    """'12 Taliban fighters', 'Hezbollah militants': a role noun whose modifier is a named group's name stands for that
    group, unlike a country's role noun ('Syrian rebels')."""
    for child in head.children:
        entity = entity_of(child) if child.dep_ in ("compound", "amod", "nmod", "poss") else None
        if entity is not None and entity[0] == "actor":
            return True
    return False


def _named_body(head: Token, recent: list[Mention]) -> tuple[ActorRef, str] | None:
    """'Islamic State claimed the attack ... the jihadists said': a bare definite role noun (no country word, which
    the caller has checked) that names a creed or a method is the one named body of the roles ``description_bodies``
    gives its head noun in the window, not the article's country's rebels; none, or two of other codes (review s19:
    "the extremists" after the Taliban and Islamic State), leave it to the caller."""
    bodies = roles_file().description_bodies.get(head.lemma_.lower())
    if not bodies:
        return None
    # named bodies compete, and role phrases a group's name makes ("Taliban fighters"); not a country's role noun
    # ("attacked Syrian rebels": the victim, never the doer's rival)
    armed = [m for m in recent if m.actor.role in bodies and (m.kind == "group" or _named_by_group(head.doc[m.index]))]
    named = [m for m in armed if m.kind == "group"]
    if not named or len({m.actor.code for m in armed}) != 1:
        return None  # two armed groups named: which one "the extremists" are is not for salience to guess
    return named[-1].actor, f"'the {head.lemma_.lower()}': the one {named[-1].actor.name} named before"


def described(head: Token, ctx: ArticleContext) -> tuple[ActorRef, str] | None:
    """'the minister', 'the group', 'the country': the actor a bare definite description refers to."""
    lemma = head.lemma_.lower()
    recent = _recent(head, ctx)
    same = [m for m in recent if m.lemma == lemma]
    if same:
        return same[-1].actor, f"'the {lemma}': the latest {lemma} named before"
    titled = _pick([m for m in recent if lemma in m.titles], ctx)  # "the president" after "President Moon"
    if titled:
        return titled[0], f"'the {lemma}': the one titled so before, {titled[1]}"
    kinds = roles_file().description_kinds
    kind = kinds.get(lemma) or kinds.get(head.lower_)
    if kind is None:
        return _named_body(head, recent)
    if kind == "state":
        states = [m for m in recent if m.kind == "state"]
        found = _pick(states, ctx)
        if found:
            return found[0], f"'the {lemma}': {found[1]}"
        return None
    groups = [m for m in recent if m.kind == "group" and (m.actor.role == kind or kind == "group")]
    found = _pick(groups, ctx)
    return (found[0], f"'the {lemma}': {found[1]}") if found else None
