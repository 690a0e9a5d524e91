"""Stretches of an article body that are not its narrative (``nlp.narrative``): each mark found where it stands, and
its twin, the same words standing in the story, left alone. Sentences written for detente."""

from __future__ import annotations

import pytest

from detente.nlp import get_nlp
from detente.nlp.narrative import SPANS_KEY, aside_reason, asides, find_asides


def kinds(text: str) -> dict[str, list[str]]:
    doc = get_nlp()(text)
    out: dict[str, list[str]] = {}
    for start, end, kind in find_asides(doc):
        out.setdefault(kind, []).append(text[start:end].strip())
    return out


# (text with the mark, the kind, a stretch it must find; the twin with the same words as story, which has no aside)
MARKED: list[tuple[str, str, str, str]] = [
    (
        "Jets struck a bakery in Idlib on May 3. (AFP Photo) Nine people were killed on Tuesday in Hama.",
        "credit",
        "Jets struck a bakery in Idlib on May 3. (AFP Photo)",
        "Jets struck a bakery in Idlib on May 3. Nine people were killed on Tuesday in Hama.",
    ),
    (
        "Rebels shelled Homs on Sunday. Related News Jets pound rebels in Idlib Army retakes Palmyra from militants",
        "list",
        "Related News Jets pound rebels in Idlib Army retakes Palmyra from militants",
        "Rebels shelled Homs on Sunday. Related talks were held in Geneva.",
    ),
    (
        "The envoy met the minister.\n\nREAD MORE: Envoy blasts minister over budget\n\nThe talks went on.",
        "list",
        "READ MORE: Envoy blasts minister over budget",
        "The envoy met the minister.\n\nRead more about the budget in the report.\n\nThe talks went on.",
    ),
    (
        "Police arrested two men.\n\nCorrection: An earlier version named the wrong city.",
        "note",
        "Correction: An earlier version named the wrong city.",
        "Police arrested two men.\n\nThe correction came a day later.",
    ),
    (
        "The vote passed.\n\nI quit the cabinet today. pic.twitter.com/Ab12Cd — Jane Roe (@janeroe) May 2, 2018\n\n"
        "She left.",
        "post",
        "I quit the cabinet today. pic.twitter.com/Ab12Cd — Jane Roe (@janeroe) May 2, 2018",
        "The vote passed.\n\nShe wrote on Twitter that she quit the cabinet today.\n\nShe left.",
    ),
    (
        "The summit opened.\n\nLeaders gathered in Rome. Hide Caption 2 of 9\n\nThe summit closed.",
        "gallery",
        "Leaders gathered in Rome. Hide Caption 2 of 9",
        "The summit opened.\n\nLeaders gathered in Rome to hide the caption.\n\nThe summit closed.",
    ),
    (
        "Jets hit Idlib on May 3.\n\nSurvivors rest in a mosque in Douma on May 2. REUTERS/Jane Roe\n\nThe army "
        "shelled Homs.",
        "credit",
        "Survivors rest in a mosque in Douma on May 2. REUTERS/Jane Roe",
        "Jets hit Idlib on May 3.\n\nSurvivors rest in a mosque in Douma on May 2.\n\nThe army shelled Homs.",
    ),
    (
        "Leaders met.\n\nA balloon rises over the square. (Photo by Jane Roe/PA Images via Getty Images)\n\n"
        "The king left.",
        "credit",
        "A balloon rises over the square. (Photo by Jane Roe/PA Images via Getty Images)",
        "Leaders met.\n\nA balloon rises over the square, a photo by Jane Roe shows.\n\nThe king left.",
    ),
    (
        "Friday 4 May 2018 10:15 Twelve Killed in Hama as Jets Strike Market near Mosque. Jets struck a market.",
        "headline",
        "Twelve Killed in Hama as Jets Strike Market near Mosque",
        "Friday 4 May 2018 10:15 Twelve people were killed in Hama as jets struck a market. Jets struck a market.",
    ),
    (
        "Rebels shelled Homs. Source TRTWorld and agencies Related News Jets pound rebels in Idlib",
        "list",
        "Related News Jets pound rebels in Idlib",
        "Rebels shelled Homs. Sources told the agencies the related news came late.",
    ),
]


@pytest.mark.parametrize(("text", "kind", "stretch", "twin"), MARKED)
def test_a_mark_finds_its_stretch_and_its_twin_none(text: str, kind: str, stretch: str, twin: str) -> None:
    assert stretch in kinds(text).get(kind, []), kinds(text)
    assert kinds(twin) == {}, kinds(twin)


def test_a_name_in_title_case_is_no_headline() -> None:
    """A long name in capitals ('US Secretary of State John Kerry') holds no capitalised deed word outside a name;
    twin: a headline's capitalised verb."""
    assert "headline" not in kinds("US Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov.")
    headline = "Friday 4 May 2018 10:15 Nine Killed in Idlib as Jets Strike Market near Mosque. Jets hit."
    assert "headline" in kinds(headline)


def test_a_credit_that_ends_the_article_or_spells_a_name_marks_no_caption() -> None:
    """'(With Reuters)' at the end credits the article; 'Syrian Arab News Agency (SANA) Monday' is a name's short
    form. Twin: the same agency as a picture's credit between caption and story."""
    assert "credit" not in kinds("Jets struck Idlib on May 3, the agency said. (With Reuters)")
    assert "credit" not in kinds("The Syrian Arab News Agency (SANA) Monday said jets struck Idlib.")
    assert "credit" in kinds("Jets struck Idlib on May 3. (SANA) The army said it hit militants.")


def test_a_dateline_credit_is_no_caption() -> None:
    """'(Reuters) - ' opens the story; twin: '(Reuters)' between a caption and the story."""
    assert "credit" not in kinds("Smoke rises over Idlib. (Reuters) - The army said it hit militants.")
    assert "credit" in kinds("Smoke rises over Idlib. (Reuters) The army said it hit militants.")


def test_asides_are_kept_on_the_doc_and_give_the_reason() -> None:
    doc = get_nlp()("The envoy met the minister.\n\nREAD MORE: Envoy blasts minister over budget\n\nThe talks went on.")
    spans = asides(doc)
    assert [s.label_ for s in doc.spans[SPANS_KEY]] == [s.label_ for s in spans] and spans
    blasts = next(t for t in doc if t.text == "blasts")
    met = next(t for t in doc if t.text == "met")
    assert aside_reason(blasts) == "not the article's narrative: a list of other stories after a label"
    assert aside_reason(met) is None


def test_a_pollster_pair_in_a_sentence_is_no_credit() -> None:
    """'a Reuters/Ipsos poll showed': an agency joined by a slash inside a sentence names a poll, not a picture's
    author; the sentences after it stay the story. Twins: the agency and an author's name at the end of a caption's
    line, or in its parenthesis, are a credit."""
    poll = "Most voters back new tariffs, a Reuters/Ipsos poll showed. Canada imposed tariffs on Mexico on Friday."
    assert "credit" not in kinds(poll)
    assert "credit" not in kinds("An AP/NORC poll found wide support. Peru recalled its ambassador from Chile.")
    assert "credit" not in kinds("Support rose, a survey found (Reuters/Ipsos). Peru recalled its envoy.")
    caption = "Talks began.\n\nCrowds march in Lima on June 2. AP/Maria Lopez\n\nPeru recalled its envoy."
    assert kinds(caption)["credit"] == ["Crowds march in Lima on June 2. AP/Maria Lopez"]
    after = "Talks began.\n\nCrowds march in Lima on June 2. Maria Lopez/AFP/Getty Images\n\nPeru recalled its envoy."
    assert kinds(after)["credit"] == ["Crowds march in Lima on June 2. Maria Lopez/AFP/Getty Images"]
    assert "credit" in kinds("Crowds march in Lima on June 2. (AP/Maria Lopez) Peru recalled its envoy.")


def test_a_dateline_without_a_dash_is_no_credit() -> None:
    """'LIMA (AFP) Peruvian police ...': a city and the agency opening the lede's line are the outlet's dateline, with
    or without the dash; the lede is the story. Twin: the agency after a caption's sentence is a picture's credit."""
    lede = "Peru expels envoy\n\nLIMA (AFP) Peruvian police arrested two Chilean diplomats on Monday."
    assert "credit" not in kinds(lede)
    assert "credit" not in kinds("NEW DELHI (Reuters) Indian troops fired on Pakistani posts on Monday.")
    caption = "Peru expels envoy\n\nPolice stand guard in Lima. (AFP) Peruvian police arrested two diplomats."
    assert "credit" in kinds(caption)


def test_a_one_word_list_label_needs_its_colon_or_its_own_line() -> None:
    """'Related Syrian talks stalled' is prose, the one word before a capital; twins: 'Related:' and 'Related' on a
    line of its own label a list."""
    assert "list" not in kinds("Rebels shelled Homs. Related Syrian talks stalled in Geneva.")
    assert "list" in kinds("Rebels shelled Homs. Related: Syrian talks stall in Geneva")
    assert "list" in kinds("Rebels shelled Homs.\n\nRelated\n\nSyrian talks stall in Geneva")


def test_a_post_signature_needs_its_handle() -> None:
    """'— the envoy (Xinhua) June 4, 2019' is a dash, a name in parentheses and a date, no post; twin: the '@'."""
    assert "post" not in kinds("The deal was signed in Lima — said the envoy (Xinhua) June 4, 2019.")
    assert "post" in kinds("I quit the cabinet today — Jane Roe (@janeroe) June 4, 2019")


def test_a_note_ends_with_its_sentence() -> None:
    """'Correction: ...' is its sentence; the story going on after it on its line is no note. Twin: the note."""
    text = "Talks began.\n\nCorrection: An earlier version named the wrong city. Peru recalled its envoy on Monday."
    assert kinds(text)["note"] == ["Correction: An earlier version named the wrong city."]
