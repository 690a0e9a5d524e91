"""``detente actors lookup``: one name's code, and the entry or rule that gave it (or why there is none)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from detente.cli.common import app, err, out, parse_date

actors_app = typer.Typer(no_args_is_help=True, help="Look up actors in the dictionaries.")
app.add_typer(actors_app, name="actors")

ACTORS_HELP = "A user dictionary (YAML) of actors, aliases and office holders to add to the packaged ones"


def use_actors_option(path: Path | None) -> None:
    """Load a ``--actors`` file, or exit with its errors (file:line: problem)."""
    if path is None:
        return
    from detente.actors.user import UserDictionaryError, use_actors

    try:
        use_actors(path)
    except UserDictionaryError as exc:
        err.print(f"detente: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


@actors_app.command("lookup")
def lookup_cmd(
    name: Annotated[str, typer.Argument(help='A name or phrase: "Erdogan", "Iran\'s foreign minister"')],
    date: Annotated[str | None, typer.Option("--date", help="Resolve as of this day (YYYY-MM-DD)")] = None,
    actors: Annotated[Path | None, typer.Option("--actors", help=ACTORS_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON")] = False,
) -> None:
    """Print the code a name resolves to and which entry or rule gave it, or "unresolved" and why."""
    from detente.actors.lookup import lookup

    use_actors_option(actors)
    day = parse_date(date) or dt.date.today()
    found = lookup(name, day)
    if as_json:
        actor = found.actor.model_dump() if found.actor else None
        sys.stdout.write(json.dumps({"text": name, "date": day.isoformat(), "actor": actor, "why": found.why}) + "\n")
    elif found.actor is not None:
        out.print(f"{found.actor.code}\t{found.actor.name}\t{found.why}", highlight=False, soft_wrap=True)
    else:
        out.print(f"unresolved\t{found.why}", highlight=False, soft_wrap=True)
    if found.actor is None:
        raise typer.Exit(1)
