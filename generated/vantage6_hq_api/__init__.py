"""A client library for accessing vantage6 HQ API"""
