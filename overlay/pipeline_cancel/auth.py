"""Vendor credentials as an `httpx.Auth`, so the overlay and `.client` send them the same way.

The auth object is the last thing a request passes before the network, which makes
it the place to refuse sending a credential anywhere but the vendor's own origin,
and there only over HTTPS (plain http to a loopback address excepted, for tests and
local mocks), whatever URL the caller built. It also knows the secrets, so it is
what scrubs them from anything a server sends back.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Generator, Iterable, Mapping

import httpx

from pipeline_cancel.errors import ConfigurationError

REDACTED = "<redacted>"
AUTHORIZATION = "Authorization"  # header names are case-insensitive; the usual spelling

# Only names no resolver may send elsewhere: `localhost` itself (RFC 6761 reserves it) and
# literal loopback addresses. `*.localhost` names are left to whatever resolver is configured.
_LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    """`host` as httpx gives it: lower case, and an IPv6 address without its brackets."""
    if host.removesuffix(".") in _LOOPBACK_NAMES:  # `localhost.` is the same name, fully qualified
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def origin_of(url: httpx.URL) -> tuple[bytes, bytes]:
    """Scheme and host[:port], as httpx normalises them (lower case, default port dropped)."""
    return url.raw_scheme, url.netloc


def check_secure_url(url: httpx.URL, vendor: str) -> None:
    if url.scheme == "https" or (url.scheme == "http" and is_loopback(url.host)):
        return
    raise ConfigurationError(
        f"refusing to send credentials to {url.scheme}://{url.host}: use an https:// base URL "
        "(plain http is allowed only for loopback addresses and localhost)",
        vendor=vendor,
    )


def check_header_value(value: object, what: str, vendor: str) -> str:
    """A credential as a header can carry it: printable ASCII, nothing around it. Never echoed."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{what} must be a string, got {type(value).__name__}", vendor=vendor)
    if not value.strip():
        raise ConfigurationError(f"{what} is empty", vendor=vendor)
    if value != value.strip():
        raise ConfigurationError(f"{what} has leading or trailing whitespace", vendor=vendor)
    if not all(" " <= c <= "~" for c in value):
        raise ConfigurationError(
            f"{what} contains a character that is not printable ASCII (a line break, a control"
            " character or a non-ASCII letter pasted with it?); refusing to put it in a header",
            vendor=vendor,
        )
    return value


def bearer(vendor: str, token: object, what: str) -> dict[str, str]:
    return {AUTHORIZATION: f"Bearer {check_header_value(token, what, vendor)}"}


class VendorAuth(httpx.Auth):
    """Fixed credential headers, sent only to one origin, over HTTPS or to loopback.

    With no credential (a self-hosted server that needs none) nothing secret is sent, so
    plain http to any host is allowed. `also_redact` names what a header is made from (a
    basic-auth string before its base64): a server that echoes it is scrubbed as well.
    """

    def __init__(
        self,
        vendor: str,
        headers: Mapping[str, str],
        base_url: httpx.URL,
        also_redact: Iterable[str] = (),
    ) -> None:
        if headers:
            check_secure_url(base_url, vendor)
        self._vendor = vendor
        self._headers = dict(headers)
        self._origin = origin_of(base_url)
        self.header_names = tuple(self._headers)
        secrets = {secret for secret in also_redact if len(secret) >= 4}
        for value in self._headers.values():
            secrets.add(value)
            secrets.update(part for part in value.split()[1:] if len(part) >= 4)
        # Longest first, so a token is not half-replaced through a shorter secret inside it.
        self._secrets = tuple(sorted(secrets, key=len, reverse=True))
        self._secret_bytes = tuple(s.encode() for s in self._secrets)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if origin_of(request.url) != self._origin:
            raise ConfigurationError(
                f"refusing to send credentials to {request.url.scheme}://{request.url.host}:"
                " they go only to the vendor object's base URL",
                vendor=self._vendor,
            )
        headers = request.headers
        for name, value in self._headers.items():  # one by one: `update` builds a Headers to merge
            headers[name] = value
        yield request

    def redact_bytes(self, data: bytes) -> bytes:
        """`data` with every credential value replaced; what every error and result is read from."""
        for secret in self._secret_bytes:
            if secret in data:
                data = data.replace(secret, REDACTED.encode())
        return data

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def __repr__(self) -> str:
        return f"VendorAuth(vendor={self._vendor!r}, headers={list(self.header_names)!r}, values=<redacted>)"
