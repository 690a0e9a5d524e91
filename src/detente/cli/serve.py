"""``detente serve``: the analyst's desk as a local web page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from detente.cli.common import DB_HELP, DEFAULT_DB, app, err, need_db

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
    host: Annotated[
        str,
        typer.Option(
            help="Address to listen on. The default answers this machine only. WARNING: any other address "
            "(0.0.0.0, a LAN address) lets everyone who can reach it read the whole store, with no login and no "
            "encryption; only do that on a network you trust."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on")] = 8765,
    refresh: Annotated[
        float, typer.Option(min=0.1, help="Seconds between looks for new events written by `detente code --db`")
    ] = 2.0,
) -> None:
    """Serve the event store as a local web page: events with their evidence, dyads, the actor network.

    The page reads a snapshot copy of the store, refreshed while `detente code --db` adds articles, so coding and
    browsing can run at the same time. Open http://127.0.0.1:8765/ (the port you chose) in a browser.

    WARNING: it listens on 127.0.0.1 (this machine only) unless --host says otherwise; on any other address
    everyone who can reach it can read the whole store, without login or encryption.
    """
    import uvicorn

    from detente.web import create_app

    need_db(db)
    loopback = host in LOOPBACK
    if not loopback:
        err.print(
            f"[yellow]warning[/yellow]: serving on {host}: anyone who can reach this address can read the store",
            highlight=False,
        )
    allowed = None if loopback else ["*"]
    application = create_app(db, refresh_seconds=refresh, allowed_hosts=allowed)
    shown = f"[{host}]" if ":" in host else host
    err.print(f"detente: serving {db} on http://{shown}:{port}/ (Ctrl-C stops)", highlight=False)
    uvicorn.run(
        application,
        host=host,
        port=port,
        log_level="warning",
        limit_concurrency=64,
        timeout_keep_alive=5,
        h11_max_incomplete_event_size=16 * 1024,
        server_header=False,
    )
