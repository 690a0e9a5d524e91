"""``detente serve``: the local web page (placeholder until the web package lands)."""
