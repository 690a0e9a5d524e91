"""The ``detente`` command: a thin layer over the library, one module per group of commands.

Each module registers its commands on the shared Typer ``app`` (``cli.common``) when imported.
"""

from __future__ import annotations

from detente.cli import actors, checks, coding, corpus, desk, query, serve, system, train  # noqa: F401
from detente.cli.common import app


def main() -> None:
    app()


if __name__ == "__main__":
    main()
