"""An event keeps why its source was read so when the deed changes the source's role ("the opposition attacked":
REB, deed_roles in clauses.yaml): the reason the country was read stays, with the role change added."""

from __future__ import annotations

from detente import code_text


def _sources(text: str, root: str) -> list[tuple[str, str | None]]:
    return [(e.source.code, e.evidence.source_why) for e in code_text(text, date="2019-03-04") if e.cameo.root == root]


def test_a_role_the_deed_gives_keeps_the_reason_the_party_was_read() -> None:
    armed = _sources("The Slovenian opposition attacked police officers near Maribor on Monday.", "19")
    assert [code for code, _ in armed] == ["SVNREB"]
    why = armed[0][1] or ""
    assert "'opposition'" in why and "Slovenian" in why  # the reason the phrase was read
    assert "as the doer of a 19 deed: REB" in why  # and the role the deed gave
    # the twin: a deed that gives no role keeps the phrase's own role and reason alone
    said = _sources("The Slovenian opposition criticized the police on Monday.", "11")
    assert [code for code, _ in said] == ["SVNOPP"]
    assert "as the doer" not in (said[0][1] or "")
    assert "'opposition'" in (said[0][1] or "")
