"""Schema of clauses.yaml's words of a clause's time and standing: what makes a deed the day's news, a standing
position or habit, or background told before the news (``standing:`` and its ``past_occasions:``; events/clause.py,
events/dating.py, events/backday.py). Split out of clauses.py, which keeps ClausesFile and re-exports these names.
"""

from __future__ import annotations

from pydantic import Field

from detente.data.schemas.base import _Strict


class PastOccasions(_Strict):
    """A deed placed at an occasion a past year dates: 'seized the Golan Heights in the 1967 war' (events/dating.py)."""

    preps: list[str] = Field(
        description="prepositions (one word, or an adverb and its preposition: 'prior to') that place the deed's verb "
        "at an occasion when they hang on the verb itself ('in the 1967 war', 'during the 2014 talks'); a year behind "
        "any other preposition names the topic or reason of the deed ('accused Russia of meddling in the 2016 "
        "election', 'in response to the 2017 sanctions'), not its time"
    )
    earliest_year: int = Field(
        description="a four-digit number below it counts things ('1500 troops') rather than naming a year"
    )


class StandingWords(_Strict):
    """What makes a clause a standing position or habitual act, not news (guide 1.3; events/clause.py)."""

    progressive_after_lede: bool = Field(
        default=False,
        description="read a progressive clause after the lede with no date ('are carrying out air strikes in Syria') "
        "as what goes on rather than a deed of the day; a meeting or journey under way stays (events/clause.py)",
    )
    progressive_spoken_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of the verbal acts a progressive still reports as the day's act ('is calling on X to "
        "...', 'is urging'): left out of ``progressive_after_lede``",
    )
    progressive_aux: list[str] = Field(
        default_factory=lambda: ["be"],
        description="lemmas of the auxiliary that makes an -ing verb a progressive ('are carrying out'): "
        "``progressive_after_lede`` reads only these (events/clause.py)",
    )
    perfect_after_opening: int = Field(
        default=0,
        ge=0,
        description="read a deed told in the present perfect ('has invaded Ukraine', 'has backed the opposition') this "
        "many sentences or more after the lede, with no date, speaker, recent period, journey or meeting, as the "
        "record of its doer rather than a deed of the day (events/clause.py ``perfect_reading``); acts of speech "
        "(``progressive_spoken_roots``) stay; 0: off",
    )
    recent_period_nouns: list[str] = Field(
        default_factory=list,
        description="nouns of a period ('days', 'hours') that, bounded by ``recent_period_modifiers`` under a "
        "preposition of the deed's clause ('over the past 24 hours', 'in recent days'), make a perfect the news",
    )
    recent_period_modifiers: list[str] = Field(
        default_factory=list, description="'past', 'recent': modifiers that make a ``recent_period_nouns`` recent"
    )
    recent_period_hours: dict[str, int] = Field(
        default_factory=dict,
        description="hours in a unit of ``recent_period_nouns`` by which a toll summed over a counted recent period "
        "('over the past 24 hours', 'in the last two days') is dated back from the report's day (events/dating.py "
        "``period_days``); a unit not listed dates nothing back",
    )
    recent_period_max_days: int = Field(
        default=0,
        ge=0,
        description="the longest counted recent period, in days, a report's day is read back by; a longer one ('the "
        "past two weeks') dates no day. 0: off",
    )
    story_day_sentences: int = Field(
        default=0,
        ge=0,
        description="how many sentences back a day of the story is carried to a deed of no date words of its own told "
        "in the past, when the nearest earlier sentence naming a time names one day and dates a deed of the same "
        "source (events/dating.py ``story_day``); the sentence just before is ``carried_day``'s. 0 or 1: off",
    )
    offset_marks: dict[str, int] = Field(
        default_factory=dict,
        description="subordinators of time and the way each moves a day ('after': -1, 'before': 1): a deed told in a "
        "clause they open under a counted measure ('two days after X met Y', 'a week before Z') is dated that many "
        "days from the day of the clause the measure hangs on (events/offset.py ``offset_day``); none: off",
    )
    offset_units: dict[str, int] = Field(
        default_factory=dict,
        description="nouns of the measure ('day', 'week') and their length in days; a unit not listed dates nothing. "
        "Only units of a fixed length ('a month after' is 28 to 31 days: no day): so not events/dating.py "
        "``SPAN_DAYS``, the longest span of a date's precision (a month 31), which bounds history, not a count",
    )
    offset_exact_words: list[str] = Field(
        default_factory=list,
        description="adverbs that leave a measure exact ('just two days after', 'only a day before'); any other word "
        "on the measure or its count ('about', 'more than', 'nearly') makes it no day",
    )
    offset_hedge_words: list[str] = Field(
        default_factory=list,
        description="words that, just before a measure, hedge it ('roughly a week after', 'about two days before'): "
        "no day, wherever the parser hangs them",
    )
    offset_now_verbs: list[str] = Field(
        default_factory=list,
        description="verbs that, told in the present, tell the news of the article's day ('The protests come two days "
        "after X met Y'): a deed told done counted back from such a clause takes the article's day moved; a clause of "
        "another verb with no day of its own ('The talks open', 'The anniversary falls') counts nothing",
    )
    offset_max_days: int = Field(
        default=0,
        ge=0,
        description="the longest measure, in days, a day is counted by ('one week after': 7); a longer one dates no "
        "day. 0: off",
    )
    back_day_sentences: int = Field(
        default=0,
        ge=0,
        description="how many sentences back a definite event noun naming no party, whose own words give its deed one "
        "past day, reaches the event it tells again (``remention.retold_events``), which, still dated by the article, "
        "takes that day (events/backday.py ``back_day``); at most ``remention.rival_window``, which guards the "
        "sentences between. 0: off",
    )
    back_day_verbs: list[str] = Field(
        default_factory=list,
        description="verbs (lemma, or lemma and particle or object: 'carry out', 'take place') that say the deed a "
        "later event noun names happened, so that a day on them, the noun their subject, is the deed's "
        "(events/backday.py)",
    )
    back_day_passive_verbs: list[str] = Field(
        default_factory=list,
        description="of back_day_verbs' kind, the verbs whose passive subject is the deed itself ('was carried out on "
        "Saturday'); another verb's passive subject is what a party acted on ('was attacked in parliament on "
        "Tuesday') and gives the deed no day (events/backday.py)",
    )
    back_day_preps: list[str] = Field(
        default_factory=list,
        description="prepositions that put a day on the later noun or its verb ('on Saturday'); any other (a range: "
        "'since', 'until', 'after') gives the deed no day (events/backday.py)",
    )
    back_day_span_preps: list[str] = Field(
        default_factory=list,
        description="prepositions on the earlier deed's verb that tell it over a span ('throughout the war', 'for "
        "months'): no one day's deed, given no day back (events/backday.py)",
    )
    back_day_span_determiners: list[str] = Field(
        default_factory=list,
        description="determiners of a time word on the earlier deed's verb that make it a habit ('every week'): no one "
        "day's deed, given no day back (events/backday.py)",
    )
    recent_adverbs: list[str] = Field(
        default_factory=list, description="'have lately intensified', 'has recently struck': a perfect of the news"
    )
    headline_max_words: int = Field(
        default=0,
        ge=0,
        description="a present-tense line of at most this many words with no determiner before the lede ('Turkey "
        "launches Syria operation') is a headline the opening passes over (events/clause.py ``opening_index``)",
    )
    present_after_lede: bool = Field(
        default=False,
        description="read a simple-present clause after the lede with no date as a standing position (guide 1.3); "
        "off while the briefing article's 'Iran calls the rebels terrorists' is asserted as an event",
    )

    repetition_adverbs: list[str] = Field(
        default_factory=list, description="'has repeatedly denied', 'has long called': a position held, not news"
    )
    repetition_counts: list[str] = Field(
        default_factory=list,
        description="'has met him several times': modifiers of a 'times' phrase that count occasions on a perfect deed",
    )
    repetition_count_adverbs: list[str] = Field(
        default_factory=list, description="'has met Kim twice': adverbs that count occasions on a perfect deed"
    )
    duration_nouns: list[str] = Field(default_factory=list, description="'for years', 'for decades': held for long")
    duration_preps: list[str] = Field(default_factory=list, description="'for', 'since': the prepositions of duration")
    continuing_verbs: list[str] = Field(
        default_factory=list, description="'continues to deny', 'has maintained': a position kept, not news"
    )
    held_since_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of a deed in the perfect with a 'since' of its own ('have been fighting X since "
        "April') that still holds: skipped as background, kept for the relation reader",
    )
    recall_times: list[str] = Field(
        default_factory=list,
        description="'the last time Ankara sent soldiers into Afrin', 'last time Trump visited the UK': modifiers of "
        "'time' heading a clause's adverbial phrase that put the deed before the news (background)",
    )
    recall_time_nouns: list[str] = Field(
        default_factory=list, description="the nouns of occasion that ``recall_times`` modify ('the last time')"
    )
    future_unreported: bool = Field(
        default=False,
        description="read a deed told by its own future auxiliary ('will complain') with no date, no speaker and no "
        "journey or meeting as the writer's outlook, not a deed (events/clause.py ``predicted_reading``)",
    )
    temporal_marks: list[str] = Field(
        default_factory=list,
        description="'When X met Y in September, X urged Z': marks of a temporal clause whose own past date (before "
        "the news) makes the deed it times background (events/dating.py ``told_at_a_past_time``)",
    )
    recall_adverbs: list[str] = Field(
        default_factory=list,
        description="'once fought', 'initially welcomed', 'had previously met': an adverb on the deed's verb that puts "
        "it before the news, an act the article recalls (background), even with no date of its own",
    )
    past_occasions: PastOccasions | None = Field(
        default=None,
        description="read a deed placed at an occasion a year dates before the news ('in the 1967 war', 'in a 1979 "
        "case', 'prior to the 2016 election') as background (events/dating.py ``at_a_past_occasion``); None: off",
    )
    side_verbs: list[str] = Field(
        default_factory=list,
        description="'has been backed militarily by Russia', 'Iranian-backed militias': verbs of taking a side that, "
        "told in the passive or as a participle on the party backed, say who stands behind whom (a standing "
        "relation, guide 3), not a deed of the day (events/clause.py ``side_reading``)",
    )
    held_relation_verbs: list[str] = Field(
        default_factory=list,
        description="'I support the prime minister', 'the minister said the president does support the police', "
        "'rebels say the militia cooperates with Baghdad', 'We continue to cooperate with the inquiry', 'we are "
        "fighting the insurgents': verbs of a relation held that, told in the present (simple, with 'do', "
        "progressive, or after a present 'continue to'), state where their subject stands, in reported speech and "
        "quotations too (events/clause.py ``held_relation_reading``); a date of the clause keeps it as a deed",
    )
    side_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots (or code prefixes) of the deeds ``side_verbs`` are read for (05: support)",
    )
    side_occasion_preps: list[str] = Field(
        default_factory=list,
        description="prepositions of the verb that place the side taken at an occasion of the day ('was supported by "
        "Macron at the summit'): the passive is then news, as a date makes it",
    )
    side_occasion_nouns: list[str] = Field(
        default_factory=list,
        description="occasions of the day beside the venue nouns of roles.yaml ('in a vote', 'during the debate')",
    )
