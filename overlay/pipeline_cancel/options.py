"""A vendor object's options, checked as the constructor and `with_options` both check them.

What one call may cost (its attempts' deadline and bytes) and how it retries are the
options; credentials and the base URL are what the object is. A bad value is refused here,
before anything is sent, with the same words whichever way it was passed.
"""

from __future__ import annotations

from collections.abc import Sized

import httpx

from pipeline_cancel._constants import DEFAULT_TIMEOUT
from pipeline_cancel.errors import ConfigurationError
from pipeline_cancel.retries import AttemptLimits, RetryPolicy


class NotGiven:
    """The default of a `with_options` argument that was not passed: the option stays as it was."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


def check_retries(max_retries: object, vendor: str) -> RetryPolicy:
    try:
        return RetryPolicy(max_retries=max_retries)  # type: ignore[arg-type]  # checked there
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
        limits = AttemptLimits(deadline, check_max_bytes(max_response_bytes, vendor))
    elif deadline != limits.deadline:
        limits = AttemptLimits(deadline, limits.max_response_bytes)
    return policy, limits
