"""uWSGI entry point: the server's own wsgi.py, then token lifetimes it refuses.

vantage6-server will not configure access tokens shorter than 30 minutes.
Fault tests need seconds, so :class:`~vantage6_client.testing.server.LocalServer`
points uWSGI here: this runs the official entry point unchanged and then sets
the lifetimes on the Flask app, which reads them whenever it issues a token.
Runs inside the server's virtualenv (Python 3.10); imports nothing of the SDK.
"""

import datetime
import os
import runpy

_official = runpy.run_path(os.environ["V6_SDK_WSGI_FILE"])
app = _official["app"]

for _variable, _setting in (
    ("V6_SDK_ACCESS_TOKEN_SECONDS", "JWT_ACCESS_TOKEN_EXPIRES"),
    ("V6_SDK_REFRESH_TOKEN_SECONDS", "JWT_REFRESH_TOKEN_EXPIRES"),
):
    if os.environ.get(_variable):
        app.config[_setting] = datetime.timedelta(seconds=int(os.environ[_variable]))
