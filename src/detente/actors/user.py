"""Users' own dictionaries: actors, aliases and office-holder spells added without touching the package.

``detente code --actors my_actors.yaml``, ``detente explain --actors ...`` and
``detente.code_text(..., actors="my_actors.yaml")`` read a YAML file in the shape of
``schemas.UserActorsFile``::

    version: 1
    source: "our desk's list"
    actors:
      - {code: SYRREB, name: "Jaysh al-Izza", aliases: ["Jaish al-Izza"], kind: armed_group, country: SYR}
    office_holders:
      - {name: "Jane Roe", aliases: ["Roe"], code: FRAGOV, office: "foreign minister", start: 2026-01-05}
    aliases:
      - {alias: "the Sultan", of: "Recep Tayyip Erdogan"}

Every entry is validated; an error names the file and the line of the entry at fault. The
entries are added to the process's dictionaries and entity ruler (they stay for later calls);
where a name is in both, the user's entries are read first, so they override the packaged ones
on the dates they cover. Loading the same file twice adds it once.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from detente.actors import variants
from detente.data import ActorEntry, add_actor, add_office_holder, gazetteer
from detente.data.schemas import UserActorsFile

_LOADED: dict[Path, UserActorsFile] = {}


class UserDictionaryError(ValueError):
    """A user dictionary that cannot be read; the message names the file and line."""


def _line_of(root: yaml.Node | None, loc: tuple) -> int | None:
    """The 1-based line of the YAML node at a pydantic error location."""
    node, line = root, None
    for key in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
    if node is not None:
        line = node.start_mark.line + 1
    return line


def load_user_dictionary(path: str | Path) -> UserActorsFile:
    """Read and validate a user dictionary; ``UserDictionaryError`` says where it is wrong."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserDictionaryError(f"{path}: cannot read: {exc}") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise UserDictionaryError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise UserDictionaryError(f"{path}:1: expected a mapping with actors, office_holders and aliases")
    try:
        parsed = UserActorsFile.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            line = _line_of(root, error["loc"])
            field = ".".join(str(part) for part in error["loc"])
            problems.append(f"{path}:{line or 1}: {field}: {error['msg']}")
        raise UserDictionaryError("\n".join(problems)) from None
    known = {*gazetteer().actors, *gazetteer().people, *(n for a in parsed.actors for n in [a.name, *a.aliases])}
    known |= {n for h in parsed.office_holders for n in [h.name, *h.aliases]}
    for n, alias in enumerate(parsed.aliases):
        if alias.of not in known:
            line = _line_of(root, ("aliases", n, "of"))
            raise UserDictionaryError(f"{path}:{line}: aliases.{n}.of: {alias.of!r} is no known actor or person")
    return parsed


def _prepend(table: dict[str, list[ActorEntry]], name: str, entry: ActorEntry) -> None:
    entries = table.setdefault(name, [])
    if entry not in entries:
        entries.insert(0, entry)


def loaded_dictionaries() -> list[Path]:
    """The user dictionaries this process loaded, in order: worker processes load the same ones."""
    return list(_LOADED)


def use_actors(path: str | Path | None) -> UserActorsFile | None:
    """Load a user dictionary (once per file) into this process's dictionaries and entity ruler."""
    if path is None:
        return None
    key = Path(path).resolve()
    if key in _LOADED:
        return _LOADED[key]
    parsed = load_user_dictionary(path)
    g = gazetteer()
    origin = str(path)
    new: list[tuple[str, str]] = []
    for a in parsed.actors:
        entry = add_actor(g, a, origin)
        for name in [a.name, *a.aliases]:
            g.actors[name].remove(entry)
            _prepend(g.actors, name, entry)
            new.append(("actor", name))
    for h in parsed.office_holders:
        entry = add_office_holder(g, h, origin)
        for name in [h.name, *h.aliases]:
            g.people[name].remove(entry)
            _prepend(g.people, name, entry)
            new.append(("person", name))
    for alias in parsed.aliases:
        kind, table = ("person", g.people) if alias.of in g.people else ("actor", g.actors)
        for entry in reversed(table[alias.of]):
            _prepend(table, alias.alias, entry)
        new.append((kind, alias.alias))
    _add_ruler_patterns(new)
    variants.clear_cache()
    _LOADED[key] = parsed
    return parsed


def _add_ruler_patterns(names: list[tuple[str, str]]) -> None:
    from detente.nlp import LABELS, RULER_NAME, get_nlp

    ruler = get_nlp().get_pipe(RULER_NAME)
    ruler.add_patterns(  # type: ignore[attr-defined]
        [{"label": LABELS[kind], "pattern": name, "id": f"{kind}|{name}"} for kind, name in names if len(name) >= 2]
    )
