"""Vendor credentials as an `httpx.Auth`, so the overlay and `.client` send them the same way.

The auth object is the last thing a request passes before the network, which makes
it the place to refuse sending a credential anywhere but HTTPS (loopback excepted,
for tests and local mocks), whatever URL the caller built.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Generator, Mapping

import httpx

from pipeline_cancel.errors import ConfigurationError

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def is_loopback(host: str) -> bool:
    if host.lower().rstrip(".") in _LOOPBACK_NAMES or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_secure_url(url: httpx.URL, vendor: str) -> None:
    if url.scheme == "https" or (url.scheme == "http" and is_loopback(url.host)):
        return
    raise ConfigurationError(
        f"refusing to send credentials to {url.scheme}://{url.host}: use an https:// base URL "
        "(plain http is allowed only for loopback hosts)",
        vendor=vendor,
    )


def check_header_value(value: str, what: str, vendor: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{what} is empty", vendor=vendor)
    if any(c in value for c in "\r\n\x00"):
        raise ConfigurationError(
            f"{what} contains a line break or NUL; refusing to put it in a header", vendor=vendor
        )
    if value != value.strip():
        raise ConfigurationError(f"{what} has leading or trailing whitespace", vendor=vendor)
    return value


class VendorAuth(httpx.Auth):
    """Fixed credential headers, sent only over HTTPS or to loopback."""

    def __init__(self, vendor: str, headers: Mapping[str, str]) -> None:
        self._vendor = vendor
        self._headers = dict(headers)
        self.header_names = tuple(self._headers)
        self._checked: tuple[str, str] | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        origin = (request.url.scheme, request.url.host)
        if origin != self._checked:  # one check per origin, not per request
            check_secure_url(request.url, self._vendor)
            self._checked = origin
        request.headers.update(self._headers)
        yield request

    def secrets(self) -> list[str]:
        """Every credential value, for scrubbing text that might echo one back."""
        out = []
        for value in self._headers.values():
            out.append(value)
            out.extend(part for part in value.split(" ", 1)[1:] if len(part) >= 4)
        return out

    def __repr__(self) -> str:
        return f"VendorAuth(vendor={self._vendor!r}, headers={list(self.header_names)!r}, values=<redacted>)"


def bearer(vendor: str, token: str, what: str, **extra: str) -> VendorAuth:
    headers = {"Authorization": f"Bearer {check_header_value(token, what, vendor)}"}
    for name, value in extra.items():
        headers[name] = check_header_value(value, name, vendor)
    return VendorAuth(vendor, headers)
