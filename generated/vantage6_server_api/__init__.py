"""A client library for accessing vantage6 server API"""
