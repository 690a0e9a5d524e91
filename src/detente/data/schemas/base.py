"""What every schema shares: strict models, the data folder, role codes, YAML loading."""

from __future__ import annotations

import io
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from detente.data.schemas.cache import cached_parse

DATA_DIR = Path(__file__).parent.parent
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ISO3 = r"^[A-Z]{3}$"
CAMEO_CODE = r"^\d{2,4}$"


def role_codes() -> frozenset[str]:
    """The role codes: the keys of ``role_names`` in roles.yaml, the one list of them."""
    global _ROLE_CODES
    if _ROLE_CODES is None:
        _ROLE_CODES = frozenset(load_yaml(DATA_DIR / "roles.yaml").get("role_names", {}))
    return _ROLE_CODES


_ROLE_CODES: frozenset[str] | None = None


def _check_role(v: str | None) -> str | None:
    if v is not None and v not in role_codes():
        raise ValueError(f"unknown role {v!r} (roles.yaml role_names lists the role codes)")
    return v


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DataFile(_Strict):
    version: int = Field(ge=1)
    source: str = Field(min_length=10, description="where the facts in this file come from")


def _no_duplicates(items: list[str], what: str) -> None:
    seen: set[str] = set()
    for item in items:
        if item in seen:
            raise ValueError(f"duplicate {what}: {item}")
        seen.add(item)


def load_yaml(path: Path) -> dict:
    """The parsed file, from the start-up cache when it holds these exact bytes (``schemas.cache``)."""
    return cached_parse(path.read_bytes(), _LOADER.__name__, _parse, name=path.name)


def _parse(content: bytes) -> dict:
    # the same reading as ``path.open(encoding="utf-8")``: a text stream, its line ends translated
    with io.TextIOWrapper(io.BytesIO(content), encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)  # a safe loader, the C one when built
