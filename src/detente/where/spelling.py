"""Known places under another spelling: "Jisr al-Shughour" and "Jisr al-Shaghour", "Deir Ezzor" and "Deir Ezour".

Names written from Arabic, Persian or Kurdish reach English news in many spellings; the gazetteer lists the common
ones, and news invents more (vowels change, consonants double, the article "al-" becomes "el-", "ez-" or goes). A
place name no gazetteer knows is compared with the gazetteer's by a skeleton: its consonants in order, doubled ones
once, without the Arabic article and with the first letter kept. A match counts only when it is plain: the skeleton
has at least ``MIN_CONSONANTS`` consonants, names one gazetteer place only, and that place is in a country the
article names. Anything else stays an unlisted place (no coordinates): a wrong town is worse than none.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from detente.data import PlaceInfo, gazetteer

# the Arabic article as news writes it, before a hyphen or a space ("al-", "el-", "ash-", "ez-")
ARTICLES = frozenset({"al", "el", "ul", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et", "az", "ez", "an"})
VOWELS = frozenset("aeiou")
MIN_CONSONANTS = 4  # shorter skeletons ("Homs", "Idlib") are shared by too many names to say which


def folded(name: str) -> str:
    """The name in ASCII letters, accents dropped ("Hims" for "Ḥimṣ", "Erdogan" for "Erdoğan"), case kept: how
    news transliterates what GeoNames and our dictionaries spell with accents. The one folding the place spellings,
    the GeoNames projection (``geonames_source``) and the actor variants (``actors/variants``) share."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def plain(name: str) -> str:
    """The name without case, accents, apostrophes, and with hyphens as spaces: "Maaret-al-Numan" and "Maaret
    al-Numan", "Al Raqqa" and "Al-Raqqa" are one written name."""
    ascii_name = folded(name).casefold()
    return " ".join(re.split(r"[\s\-]+", re.sub(r"['’`]", "", ascii_name))).strip()


def skeleton(name: str) -> str | None:
    """The name's first letter and its consonants in order, doubled ones once; None when too short to tell."""
    words = plain(name).split()
    words = [w for w in words if w not in ARTICLES] if len(words) > 1 else words
    letters = "".join(c for w in words for c in w if c.isalpha())
    if not letters:
        return None
    consonants = [c for c in letters if c not in VOWELS]
    single = [c for i, c in enumerate(consonants) if i == 0 or c != consonants[i - 1]]
    if len(single) < MIN_CONSONANTS:
        return None
    return f"{letters[0]}:{''.join(single)}"


@cache
def _plain_index() -> dict[str, frozenset[str]]:
    """Plain written name (``plain``) -> the canonical names of the gazetteer places written so."""
    out: dict[str, set[str]] = {}
    for surface, info in gazetteer().places.items():
        out.setdefault(plain(surface), set()).add(info.name)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _index() -> dict[str, frozenset[str]]:
    """Skeleton -> the canonical names of the gazetteer places with a name or alias of that skeleton."""
    out: dict[str, set[str]] = {}
    for surface, info in gazetteer().places.items():
        key = skeleton(surface)
        if key is not None:
            out.setdefault(key, set()).add(info.name)
    return {k: frozenset(v) for k, v in out.items()}


def respelt_place(name: str, countries: Counter[str]) -> PlaceInfo | None:
    """The one gazetteer place ``name`` is another spelling of: written the same but for hyphens, case and
    apostrophes, or of the same skeleton when that place is in a country the article names."""
    same = _plain_index().get(plain(name))
    if same is not None and len(same) == 1:
        return gazetteer().places[next(iter(same))]
    key = skeleton(name)
    names = _index().get(key) if key is not None else None
    if not names or len(names) != 1:
        return None
    info = gazetteer().places[next(iter(names))]
    if info.country is None or not countries.get(info.country):
        return None
    return info
