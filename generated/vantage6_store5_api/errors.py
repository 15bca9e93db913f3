"""Not used: an unexpected status is raised as a typed error by
vantage6_client's pipeline before any operation parses the answer."""
