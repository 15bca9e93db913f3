"""A client library for accessing vantage6 algorithm store API (5.x)"""
