"""What every vendor class shares: configuration, the httpx clients, sending, and error mapping.

A vendor module supplies three things: its credentials (as a `VendorAuth`), the
request (built by the generated `_get_kwargs`), and what a success response means
(`_interpret`). Everything between, from retries to status mapping, lives here once.
"""

from __future__ import annotations

import abc
import functools
from collections.abc import Awaitable, Callable
from types import ModuleType, TracebackType
from typing import Any, ClassVar, Generic, Self, TypeVar

import httpx

from pipeline_cancel.auth import VendorAuth, check_secure_url
from pipeline_cancel.checks import env
from pipeline_cancel.errors import (
    ConfigurationError,
    PipelineCancelError,
    TransportError,
    UnexpectedResponseError,
    error_for_status,
)
from pipeline_cancel.http import as_timeout, async_client, sync_client
from pipeline_cancel.result import CancelResult
from pipeline_cancel.retries import RetryPolicy, logger, parse_retry_after

ClientT = TypeVar("ClientT")

# The generated AuthenticatedClient requires a token, but requests go through our own
# httpx client, whose VendorAuth sends the real credentials; the placeholder keeps them
# out of the generated class's repr.
TOKEN_PLACEHOLDER = "<sent by pipeline_cancel auth>"  # noqa: S105 - a placeholder, not a credential


class Vendor(abc.ABC, Generic[ClientT]):
    name: ClassVar[str]
    default_base_url: ClassVar[str]
    base_url_env: ClassVar[tuple[str, ...]]
    success_statuses: ClassVar[frozenset[int]] = frozenset({200})

    def __init__(
        self,
        auth: VendorAuth,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._auth = auth
        self.base_url = self._check_base_url(base_url or self.default_base_url)
        try:
            self.timeout = as_timeout(timeout)
            self.retry_policy = RetryPolicy(max_retries=max_retries)
        except ValueError as exc:
            raise ConfigurationError(str(exc), vendor=self.name) from None
        self._shared = http_client
        self._async_shared = async_http_client
        self._sync_http: httpx.Client | None = None
        self._async_http: httpx.AsyncClient | None = None
        self._generated: ClientT | None = None

    # -- what each vendor module provides -------------------------------------------------

    # Callables rather than abstract methods: each vendor's signature names its own
    # documented parameters (pipeline_id, reason), which one abstract signature cannot.
    cancel: Callable[..., CancelResult]
    acancel: Callable[..., Awaitable[CancelResult]]
    _request: Callable[..., dict[str, Any]]

    @classmethod
    def from_env(cls, **options: Any) -> Self:
        """Credentials from the vendor's environment variables; `options` as for the constructor."""
        raise NotImplementedError

    # The generated pieces: the cancel operation's module (its `_get_kwargs` builds the
    # request, its `_parse_response` reads the answer) and the `AuthenticatedClient` class.
    _operation: ModuleType
    _client_class: Callable[..., ClientT]

    @abc.abstractmethod
    def _interpret(self, run_id: str, status: int, parsed: Any) -> CancelResult:
        """Turn a parsed success response into a result, or raise `NotCanceledError`."""

    # -- construction helpers ---------------------------------------------------------------

    @classmethod
    def _env_base_url(cls) -> str | None:
        return env(*cls.base_url_env)

    def _check_base_url(self, base_url: str) -> str:
        try:
            url = httpx.URL(base_url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise ConfigurationError(f"base_url {base_url!r} is not a URL: {exc}", vendor=self.name) from None
        if url.scheme not in {"http", "https"} or not url.host:
            raise ConfigurationError(
                f"base_url {base_url!r} must be an absolute http(s) URL", vendor=self.name
            )
        if url.query or url.fragment:
            raise ConfigurationError(
                f"base_url {base_url!r} must not carry a query or fragment", vendor=self.name
            )
        check_secure_url(url, self.name)
        return str(url).rstrip("/")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials=<redacted>)"

    # -- the httpx clients ----------------------------------------------------------------------

    def _sync(self) -> httpx.Client:
        if self._sync_http is None:
            self._sync_http = sync_client(
                self.base_url, self._auth, self.timeout, self.retry_policy, self._shared
            )
        return self._sync_http

    def _async(self) -> httpx.AsyncClient:
        if self._async_http is None:
            self._async_http = self.new_async_client()
        return self._async_http

    def new_async_client(self, limits: httpx.Limits | None = None) -> httpx.AsyncClient:
        """A fresh AsyncClient with this vendor's auth, timeout and retries (bulk cancels own one)."""
        return async_client(
            self.base_url, self._auth, self.timeout, self.retry_policy, self._async_shared, limits
        )

    @property
    def client(self) -> ClientT:
        """The generated client, sending through this object's auth, base URL, timeout and retries."""
        if self._generated is None:
            generated: Any = self._client_class(
                base_url=self.base_url, token=TOKEN_PLACEHOLDER, timeout=self.timeout
            )
            generated.set_httpx_client(self._sync())
            generated.set_async_httpx_client(self._async())
            self._generated = generated
        return self._generated

    def close(self) -> None:
        if self._sync_http is not None:
            self._sync_http.close()
            self._sync_http = None

    async def aclose(self) -> None:
        self.close()
        if self._async_http is not None:
            await self._async_http.aclose()
            self._async_http = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # -- sending ----------------------------------------------------------------------------------

    def _send(self, run_id: str, request: dict[str, Any]) -> CancelResult:
        try:
            response = self._sync().request(**request)
        except httpx.TransportError as exc:
            raise self._transport_error(exc) from None
        return self._finish(run_id, response)

    async def _asend(
        self, run_id: str, request: dict[str, Any], client: httpx.AsyncClient | None = None
    ) -> CancelResult:
        try:
            response = await (client or self._async()).request(**request)
        except httpx.TransportError as exc:
            raise self._transport_error(exc) from None
        return self._finish(run_id, response)

    def _transport_error(self, exc: httpx.TransportError) -> TransportError:
        attempts = self.retry_policy.max_retries + 1
        return TransportError(
            f"{type(exc).__name__} after {attempts} attempt(s): {exc or 'no detail'};"
            " check the base URL and the network, or raise timeout",
            vendor=self.name,
        )

    def _finish(self, run_id: str, response: httpx.Response) -> CancelResult:
        status = response.status_code
        logger.debug("%s %s -> %d", response.request.method, response.request.url.path, status)
        if status in self.success_statuses:
            try:
                parsed = self._operation._parse_response(client=self._parse_client, response=response)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise self._scrub(
                    UnexpectedResponseError(
                        f"HTTP {status} body does not match the vendor's document"
                        f" ({type(exc).__name__}: {exc})",
                        vendor=self.name,
                        http_status=status,
                        body=response.content,
                    )
                ) from None
            try:
                return self._interpret(run_id, status, parsed)
            except PipelineCancelError as exc:
                exc.body = response.content if exc.body is None else exc.body
                raise
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        raise self._scrub(error_for_status(self.name, status, response.content, retry_after=retry_after))

    @functools.cached_property
    def _parse_client(self) -> Any:
        # `_parse_response` reads only `raise_on_unexpected_status` from the client it is given;
        # a bare generated client spares creating httpx clients just to parse a body.
        return self._client_class(base_url=self.base_url, token=TOKEN_PLACEHOLDER)

    def _scrub(self, error: PipelineCancelError) -> PipelineCancelError:
        """Never let a credential the vendor echoed back reach an exception's text."""
        for secret in self._auth.secrets():
            if secret in error.message:
                error.message = error.message.replace(secret, "<redacted>")
                error.args = (error.message,)
        return error
