"""Typed client for the vantage6 server."""
