"""Labels beyond 'terrorist': dictatorship, occupying power, renegade province; 'classifies ... as'; the small
model's 'designated [X] [a terrorist group]' read as an apposition or a dative."""

from __future__ import annotations

import pytest
from tests.system.conftest import statives_of


def labels(text: str) -> set[tuple]:
    return {(s.source.code if s.source else None, s.sign, s.target.code) for s in statives_of(text, "label")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine calls Russia an occupying power.", {("UKR", "-", "RUS")}),
        ("China considers Taiwan a renegade province.", {("CHN", "-", "TWN")}),
        ("Venezuela's opposition calls the Maduro government a dictatorship.", {("VENOPP", "-", "VENGOV")}),
        ("The United States classifies the Houthis as a terrorist group.", {("USA", "-", "YEMREB")}),
        ("Britain has designated the Wagner Group a terrorist organisation.", {("GBR", "-", "RUSMIL")}),
    ],
)
def test_labels(text: str, expected: set[tuple]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The report describes the occupying forces in Crimea.",  # no actor labelled by an actor
        "Ukraine wants to list Russia as a terrorist state.",  # intent
        "Ukraine denies calling Russia a dictatorship.",  # a denial
        "The museum calls the painting a fascist relic.",  # a thing, not an actor
    ],
)
def test_what_is_not_a_label(text: str) -> None:
    assert labels(text) == set()
