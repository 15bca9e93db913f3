"""Not used: the operations take the ``httpx.Client`` of vantage6_client's
pipeline (see ``api/__init__.py``), which owns authentication and timeouts."""
