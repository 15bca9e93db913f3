"""The algorithm store's own API, as groups of the client: ``client.algorithm``
and ``client.store.review``, ``.role``, ``.rule``, ``.user``, ``.policy`` and
``.server``. They talk to the store chosen with ``client.store.set`` (whose
connection the session holds), with the client's login and request options.
``client.store`` itself (list, get, create, set: the server's links to
stores) is one of the server's groups, in ``vantage6_client.resources``."""
