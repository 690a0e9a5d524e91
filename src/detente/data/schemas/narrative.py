"""Schema of narrative.yaml: the marks of text in an article body that is not the article's own story.

The words are language data (labels, credit words, agency names); the shapes they stand in (a label at a line's start,
a parenthesis of credit words between a caption and the story, a counter line of a gallery) are in
``nlp/narrative.py``. A misspelt key would silently switch a mark off, so the model is strict; a label or word that is
empty or repeated is an error.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from detente.data.schemas.base import DataFile, _no_duplicates


class NarrativeFile(DataFile):
    list_labels: list[str] = Field(
        min_length=1,
        description="'Related News', 'Read more': a label after which the rest of its line lists other articles "
        "(headlines, links), never the story",
    )
    note_labels: list[str] = Field(
        min_length=1,
        description="'Correction:', 'Reporting by', 'Click here': a label that makes the rest of its sentence a note "
        "of the outlet (a correction, a credit, a prompt to the reader), not the story",
    )
    credit_words: list[str] = Field(
        min_length=1,
        description="'photo', 'file': words of a picture credit in parentheses ('(AFP Photo)', '(File photo)'); "
        "lower case, one word each",
    )
    agencies: list[str] = Field(
        min_length=1,
        description="'AFP', 'Reuters', 'Getty Images': names that alone in parentheses credit a picture",
    )
    gallery_counter: str = Field(
        min_length=3, description="'Hide Caption': the words before 'N of M' that end each caption of a photo gallery"
    )
    post_links: list[str] = Field(
        min_length=1,
        description="'pic.twitter.com', 't.co/': link hosts of a social-media post embedded in the body",
    )

    title_minor_words: list[str] = Field(
        min_length=1,
        description="'of', 'in', 'as', 'against': the short words a title in title case leaves lower-case; lower case",
    )
    headline_words: int = Field(
        ge=3, description="how many capitalised words in a row, short words between them, make a run a headline"
    )

    @field_validator("list_labels", "note_labels", "credit_words", "agencies", "post_links", "title_minor_words")
    @classmethod
    def _distinct(cls, v: list[str]) -> list[str]:
        if any(not w.strip() for w in v):
            raise ValueError("an empty entry")
        _no_duplicates([w.lower() for w in v], "entry")
        return v

    @field_validator("credit_words", "title_minor_words")
    @classmethod
    def _one_lower_word(cls, v: list[str]) -> list[str]:
        bad = [w for w in v if w != w.lower() or " " in w]
        if bad:
            raise ValueError(f"single lower-case words only: {bad}")
        return v
