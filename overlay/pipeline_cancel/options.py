"""A vendor object's options, checked as the constructor and `with_options` both check them.

What one call may cost (its attempts' deadline and bytes) and how it retries are the
options; credentials and the base URL are what the object is. A bad value is refused here,
before anything is sent, with the same words whichever way it was passed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sized
from types import MappingProxyType
from typing import TYPE_CHECKING, TypedDict

import httpx

from pipeline_cancel._constants import DEFAULT_TIMEOUT
from pipeline_cancel._lazy import Module
from pipeline_cancel.caller_headers import NEVER_FROM_CALLER
from pipeline_cancel.errors import ConfigurationError
from pipeline_cancel.inputs import InputValue

if TYPE_CHECKING:
    from pipeline_cancel import retries
    from pipeline_cancel._typing import AsyncHttpClient, SyncHttpClient
    from pipeline_cancel.retries import AttemptLimits, RetryPolicy
else:  # the transport loads with a vendor object's first construction, not with `import` (`_lazy.py`)
    retries = Module("pipeline_cancel.retries")


class VendorOptions(TypedDict, total=False):
    """What every vendor constructor (and `from_env`) takes besides its credentials."""

    base_url: str | None
    timeout: float | None
    max_retries: int
    max_response_bytes: int
    http_client: SyncHttpClient | None
    async_http_client: AsyncHttpClient | None
    default_headers: Mapping[str, str] | None


NO_OPTIONS: Mapping[str, InputValue] = MappingProxyType({})
"""The per-run inputs of a vendor whose cancel takes none besides the id."""


class NotGiven:
    """The default of a `with_options` argument that was not passed: the option stays as it was."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


def check_retries(max_retries: object, vendor: str) -> RetryPolicy:
    try:
        return retries.RetryPolicy(max_retries=max_retries)  # type: ignore[arg-type]  # checked there
    except ValueError as exc:
        raise ConfigurationError(str(exc), vendor=vendor) from None


def check_base_url(base_url: object, vendor: str) -> httpx.URL:
    if not isinstance(base_url, str):
        raise ConfigurationError(f"base_url must be a string, got {type(base_url).__name__}", vendor=vendor)
    try:
        url = httpx.URL(base_url)
        host = url.host
        if b"xn--" in url.raw_host.lower():
            # Decoded here, not left to the HTTP library (httpx2 sends a malformed A-label
            # that httpx refuses); idna comes with httpx and raises a ValueError.
            import idna

            idna.decode(url.raw_host)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        # The message names no part of the URL: it may hold a password.
        raise ConfigurationError(
            f"base_url is not a valid URL ({type(exc).__name__}); check its host name", vendor=vendor
        ) from None
    if url.userinfo:
        raise ConfigurationError(
            "base_url carries a user name or password; credentials go in the constructor's"
            " arguments, never in the URL",
            vendor=vendor,
        )
    if url.scheme not in {"http", "https"} or not host:
        raise ConfigurationError(f"base_url {base_url!r} must be an absolute http(s) URL", vendor=vendor)
    if url.query or url.fragment:
        raise ConfigurationError(f"base_url {base_url!r} must not carry a query or fragment", vendor=vendor)
    return url


def check_timeout(timeout: object, vendor: str) -> float:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise ConfigurationError(
            f"timeout must be a number of seconds, got {type(timeout).__name__}", vendor=vendor
        )
    if not 0 < timeout <= 3600:  # false for NaN and infinity as well
        raise ConfigurationError(
            "timeout must be a positive, finite number of seconds (at most 3600)", vendor=vendor
        )
    return float(timeout)


def check_max_bytes(limit: object, vendor: str) -> int:
    if type(limit) is not int or limit < 1024:
        raise ConfigurationError("max_response_bytes must be a whole number of at least 1024", vendor=vendor)
    return limit


def check_wait(wait: object, status_models: Sized, vendor: str) -> float | None:
    """`wait=` seconds, refused before anything is sent when it cannot be honoured: when the
    vendor documents no status answer (`status_models` is empty), asked only once `wait` is given."""
    if wait is None:
        return None
    if not status_models:
        raise ConfigurationError(
            "this vendor documents no operation to read a run's state, so a cancel cannot be"
            " confirmed: call cancel() without wait=",
            vendor=vendor,
        )
    # NaN and infinity fail the range test too: every comparison with NaN is false.
    if isinstance(wait, bool) or not isinstance(wait, int | float) or not (0 < wait <= 86400):
        raise ConfigurationError("wait must be a positive number of seconds (at most 86400)", vendor=vendor)
    return float(wait)


def check_options(
    vendor: str,
    policy: RetryPolicy,
    limits: AttemptLimits,
    timeout: object = NOT_GIVEN,
    max_retries: object = NOT_GIVEN,
    max_response_bytes: object = NOT_GIVEN,
) -> tuple[RetryPolicy, AttemptLimits]:
    """`policy` and `limits` with the options given checked and put in place (the constructor's,
    or a `with_options` call's); those not given stay as they are."""
    if not isinstance(max_retries, NotGiven):
        policy = check_retries(max_retries, vendor)
    deadline = limits.deadline if isinstance(timeout, NotGiven) else check_timeout(timeout, vendor)
    if not isinstance(max_response_bytes, NotGiven):
        limits = retries.AttemptLimits(deadline, check_max_bytes(max_response_bytes, vendor))
    elif deadline != limits.deadline:
        limits = retries.AttemptLimits(deadline, limits.max_response_bytes)
    return policy, limits


NO_HEADERS: Mapping[str, str] = MappingProxyType({})
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_OWNED = {
    "authorization": "a credential header, never taken from elsewhere than the vendor's credentials",
    "proxy-authorization": "a credential header, which never reaches the vendor",
    "cookie": "a credential header, which never reaches the vendor",
    "x-api-key": "a credential header, never taken from elsewhere than the vendor's credentials",
    "x-auth-key": "a credential header, never taken from elsewhere than the vendor's credentials",
    "api-key": "a credential header, never taken from elsewhere than the vendor's credentials",
}


def check_headers(headers: object, option: str, vendor: str, credentials: Iterable[str]) -> Mapping[str, str]:
    """Headers of the caller's own for every request (tracing and correlation ids), refused before
    anything is sent when they would carry or replace a credential or a header the transport owns."""
    if headers is None:
        return NO_HEADERS
    if not isinstance(headers, Mapping):
        raise ConfigurationError(f"{option} must be a mapping of header names to values", vendor=vendor)
    own = {name.lower() for name in credentials}
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise ConfigurationError(f"{option}: {name!r} is not a valid header name", vendor=vendor)
        lowered = name.lower()
        if lowered in own:
            why = "this vendor's credential header, set from the credentials you pass"
        else:
            why = _OWNED.get(lowered) or ("set by the transport" if lowered in NEVER_FROM_CALLER else "")
        if why:
            raise ConfigurationError(f"{option}: {name} cannot be set here: it is {why}", vendor=vendor)
        if not isinstance(value, str) or not all(" " <= c <= "~" or c == "\t" for c in value):
            raise ConfigurationError(
                f"{option}: the value of {name} must be a string of printable ASCII (no line breaks)",
                vendor=vendor,
            )
        checked[name] = value.strip()
    return MappingProxyType(checked)
