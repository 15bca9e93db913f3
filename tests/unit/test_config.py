"""What both clients are given: addresses, timeouts, retries, two-factor codes."""

from __future__ import annotations

import logging
import re
from typing import Any

import httpx
import pytest

from vantage6_client import Client, InvalidArgumentError, NodeClient
from vantage6_client._config import api_root, call_options, mfa_text

CLIENTS = [Client, NodeClient]


@pytest.mark.parametrize("make", CLIENTS)
def test_both_clients_connect_within_ten_seconds_at_most(make: Any) -> None:
    with make("http://localhost", timeout=60) as client:
        timeout = client._transport.options.timeout
    assert (timeout.connect, timeout.read) == (10.0, 60.0)
    with make("http://localhost", timeout=4) as client:
        timeout = client._transport.options.timeout
    assert (timeout.connect, timeout.read) == (4.0, 4.0)


@pytest.mark.parametrize("make", CLIENTS)
@pytest.mark.parametrize("timeout", [-1, 0, True, "30"])
def test_both_clients_refuse_a_timeout_that_is_not_positive(
    make: Any, timeout: Any
) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^timeout must be a positive"):
        make("http://localhost", timeout=timeout)


@pytest.mark.parametrize("make", CLIENTS)
@pytest.mark.parametrize("retries", [-1, 1.5, True])
def test_both_clients_refuse_retries_that_are_not_a_count(
    make: Any, retries: Any
) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^max_retries "):
        make("http://localhost", max_retries=retries)


def test_an_httpx_timeout_is_taken_as_it_is() -> None:
    given = httpx.Timeout(5, connect=30)
    assert call_options(given, 0).timeout is given
    assert call_options(given, 0).retry.max_retries == 0


def test_a_views_retries_keep_the_rest_of_the_policy() -> None:
    with Client("http://localhost", timeout=12) as client:
        view = client.with_options(max_retries=0)
        options = view._transport.options
        assert options.retry.max_retries == 0
        assert options.retry.backoff == client._transport.options.retry.backoff
        assert options.timeout.read == 12
        with pytest.raises(InvalidArgumentError):
            client.with_options(max_retries=-2)


@pytest.mark.parametrize(
    ("host", "port", "path", "root"),
    [
        ("https://v6.example.org", None, "/api", "https://v6.example.org/api"),
        ("https://v6.example.org/", 443, "api/", "https://v6.example.org:443/api"),
        ("http://localhost", 7601, "", "http://localhost:7601"),
    ],
)
def test_the_api_root(host: str, port: int | None, path: str, root: str) -> None:
    assert api_root(host, port, path) == root


@pytest.mark.parametrize(
    ("host", "port", "message"),
    [
        ("", None, "host must be a URL"),
        ("v6.example.org", None, "needs a scheme"),
        ("https://v6.example.org", 0, "port must be a number from 1 to 65535"),
        ("https://v6.example.org", 70000, "port must be a number"),
        ("https://v6.example.org", True, "port must be a number"),
    ],
)
def test_a_bad_address_is_refused(host: str, port: Any, message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        api_root(host, port, "/api")


@pytest.mark.parametrize(
    ("code", "text"), [(12345, "012345"), ("012 345", "012345"), (" 7 ", "7")]
)
def test_two_factor_codes_are_text_with_their_zeros(code: Any, text: str) -> None:
    assert mfa_text(code) == text


@pytest.mark.parametrize("code", [True, -1, "12a456", 12.5])
def test_two_factor_codes_must_be_digits(code: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="mfa_code"):
        mfa_text(code)


def refusal(call: Any, *args: Any) -> str:
    with pytest.raises(InvalidArgumentError) as caught:
        call(*args)
    return str(caught.value)


def test_an_empty_host_is_refused_with_an_example() -> None:
    message = refusal(api_root, "", None, "/api")
    assert message == "host must be a URL such as 'https://v6.example.org'"


@pytest.mark.parametrize(
    ("host", "said"),
    [
        (
            "v6.example.org",
            "host 'v6.example.org' needs a scheme: 'https://v6.example.org' or "
            "'http://v6.example.org'",
        ),
        (
            "ftp://v6.example.org",
            "host 'ftp://v6.example.org': the server speaks https:// or http://, "
            "not ftp://",
        ),
        ("http://", "host 'http://' names no server"),
        ("https://:8080", "host 'https://:8080' names no server"),
    ],
)
def test_a_host_needs_an_http_scheme_and_a_name(host: str, said: str) -> None:
    assert refusal(api_root, host, None, "/api") == said


def test_ports_go_up_to_65535() -> None:
    assert api_root("http://h", 65535, "") == "http://h:65535"
    message = refusal(api_root, "http://h", 65536, "")
    assert message == "port must be a number from 1 to 65535, not 65536"


@pytest.mark.parametrize(
    ("host", "path", "root"),
    [
        ("https://example.org/v6X/", "/api", "https://example.org/v6X/api"),
        ("https://example.org", "/apiX/", "https://example.org/apiX"),
        ("https://example.org", "/X/", "https://example.org/X"),
        ("https://example.org", "/", "https://example.org"),
    ],
)
def test_only_slashes_are_trimmed_from_host_and_path(
    host: str, path: str, root: str
) -> None:
    assert api_root(host, None, path) == root


def test_a_two_factor_code_of_zero_is_six_zeros() -> None:
    assert mfa_text(0) == "000000"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (True, "mfa_code must be the six digits of the code"),
        (-1, "mfa_code cannot be negative"),
        ("12a456", "mfa_code must be digits, e.g. '012345'"),
        (12.5, "mfa_code must be a string of digits, not 12.5"),
    ],
)
def test_a_bad_two_factor_code_is_refused_saying_why(code: Any, message: str) -> None:
    assert refusal(mfa_text, code) == message


def test_a_bad_retry_count_is_refused_saying_why() -> None:
    assert (
        refusal(call_options, 30, 1.5) == "max_retries must be a whole number, not 1.5"
    )
    assert refusal(call_options, 30, -1) == "max_retries cannot be negative (-1)"


@pytest.mark.parametrize(
    ("host", "port", "root"),
    [
        ("http://127.0.0.1:7601/api", None, "http://127.0.0.1:7601/api"),
        ("http://127.0.0.1:7601/api/", None, "http://127.0.0.1:7601/api"),
        ("http://127.0.0.1:7601", 7601, "http://127.0.0.1:7601/api"),
        ("http://127.0.0.1/api", 7601, "http://127.0.0.1:7601/api"),
        ("https://example.org/v6/api", None, "https://example.org/v6/api"),
        ("http://[::1]:7601/api", None, "http://[::1]:7601/api"),
    ],
)
def test_a_host_that_is_the_api_root_already_is_taken_as_it_is(
    host: str, port: int | None, root: str
) -> None:
    """The URL ``make server`` prints works as the host (no /api/api)."""
    assert api_root(host, port, "/api") == root


@pytest.mark.parametrize("client", CLIENTS)
def test_one_base_url_instead_of_host_port_and_path(client: Any) -> None:
    with client(base_url="http://127.0.0.1:7601/api/") as made:
        assert made.base_path == "http://127.0.0.1:7601/api"
    with pytest.raises(InvalidArgumentError, match="base_url or host"):
        client("http://127.0.0.1", base_url="http://127.0.0.1:7601/api")
    with pytest.raises(InvalidArgumentError, match="base_url 'localhost:7601'"):
        client(base_url="localhost:7601")


def test_the_official_attributes_follow_a_base_url() -> None:
    with Client(base_url="https://v6.example.org:8443/api") as made:
        assert (made.host, made.port, made.path) == (
            "https://v6.example.org:8443",
            None,
            "/api",
        )
    with Client("https://v6.example.org", 443) as made:
        assert (made.host, made.port, made.path) == (
            "https://v6.example.org",
            443,
            "/api",
        )


@pytest.mark.parametrize(
    ("host", "port", "said"),
    [
        (
            "http://127.0.0.1:7601",
            7602,
            "host 'http://127.0.0.1:7601' names port 7601, and port=7602 another: "
            "give the port once",
        ),
        ("http://127.0.0.1:99999", None, "is not a valid URL"),
        ("http://127.0.0.1:port", None, "is not a valid URL"),
        ("http://exa mple.org", None, "is not a valid URL"),
        ("http://example.org/api?x=1", None, "has no query or fragment"),
    ],
)
def test_every_bad_address_is_an_invalid_argument(
    host: str, port: int | None, said: str
) -> None:
    """Never a bare httpx.InvalidURL from the constructor."""
    for client in CLIENTS:
        with pytest.raises(InvalidArgumentError, match=re.escape(said)):
            client(host, port)


def test_base_url_is_checked_as_a_host_is() -> None:
    assert api_root(None, None, "/api", "http://h/apiX") == "http://h/apiX"
    assert api_root(None, None, "/api", "http://h/api//") == "http://h/api"
    for bad in (5, ""):
        with pytest.raises(InvalidArgumentError) as refused:
            api_root(None, None, "/api", bad)  # type: ignore[arg-type]
        assert str(refused.value) == (
            "base_url must be a URL such as 'https://v6.example.org'"
        )
    with pytest.raises(InvalidArgumentError) as both:
        api_root("http://h", None, "/api", "http://h/api")
    assert str(both.value) == "pass base_url or host (with port and path), not both"
    with pytest.raises(InvalidArgumentError, match=r"^host must be a URL"):
        api_root(7, None, "/api")  # type: ignore[arg-type]


# -- the official 5.x constructor: UserClient(hq_url, auth_url, realm, client) --
def test_the_official_5x_form_puts_the_identity_provider_where_the_port_goes() -> None:
    client = Client("https://hq.example.org/api", "https://auth.example.org/")
    assert client.base_path == "https://hq.example.org/api"
    assert client.auth_url == "https://auth.example.org"
    provider = client._session.provider
    assert provider is not None
    assert (provider.realm, provider.client_id) == ("vantage6", "public_client")


def test_the_official_5x_form_takes_realm_and_client_by_position() -> None:
    client = Client("https://hq.example.org/api", "https://auth.example.org", "r", "c")
    provider = client._session.provider
    assert provider is not None
    assert (provider.realm, provider.client_id) == ("r", "c")
    assert provider.token_url == (
        "https://auth.example.org/realms/r/protocol/openid-connect/token"
    )


def test_a_log_level_by_name_stays_a_log_level_in_the_5x_form() -> None:
    package_log = logging.getLogger("vantage6_client")
    before = package_log.level
    try:
        client = Client(
            "https://hq.example.org/api", "https://auth.example.org", log_level="debug"
        )
        assert package_log.level == logging.DEBUG
    finally:
        package_log.setLevel(before)
    provider = client._session.provider
    assert provider is not None and provider.client_id == "public_client"


def test_the_5x_forms_realm_is_read_without_its_slashes() -> None:
    client = Client("https://hq.example.org/api", "https://a.example.org", "/X-ray/")
    provider = client._session.provider
    assert provider is not None and provider.realm == "X-ray"


def test_a_bad_identity_provider_in_the_5x_form_is_named_auth_url() -> None:
    with pytest.raises(InvalidArgumentError, match=r"^auth_url 'ftp://a\.example"):
        Client("https://hq.example.org/api", "ftp://a.example.org")


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        ((("https://hq.example.org/api", "7601"), {}), "port must be a number"),
        (
            (
                ("https://hq.example.org/api", "https://a.example.org"),
                {"auth_url": "https://b.example.org"},
            ),
            "auth_url given twice",
        ),
        (
            (
                (),
                {
                    "base_url": "https://hq.example.org/api",
                    "auth_url": "auth.example.org",
                },
            ),
            "auth_url",
        ),
    ],
)
def test_the_5x_form_refuses_what_it_cannot_read(
    arguments: tuple[tuple[object, ...], dict[str, object]], words: str
) -> None:
    args, kwargs = arguments
    with pytest.raises(InvalidArgumentError, match=words):
        Client(*args, **kwargs)  # type: ignore[arg-type]


def test_a_4x_client_has_no_identity_provider() -> None:
    client = Client("https://v6.example.org", 443)
    assert client.auth_url is None and client._session.provider is None
