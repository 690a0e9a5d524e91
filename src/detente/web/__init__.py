"""Web stage: ``detente serve``, a local page and JSON API over the query layer (FastAPI)."""

from __future__ import annotations

from detente.web.app import create_app

__all__ = ["create_app"]
