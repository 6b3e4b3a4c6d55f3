"""What every vendor class shares: configuration, the httpx clients, sending, and reading answers.

A vendor module supplies its credentials (as headers), the request (built by the
generated `_get_kwargs`, which `check_generated` pins with the rest of the generated
code), the generated model of each success status, and what a success means
(`_interpret`). Everything between, from the deadline to the status mapping, lives
here once: one typed path, `_send`/`_asend` then `_finish`.
"""

from __future__ import annotations

import abc
import json
import logging
import threading
from collections.abc import Mapping
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypedDict, Unpack

import httpx

from pipeline_cancel import shapes
from pipeline_cancel._typing import ClientT_co, ResponseT_co, StatusT_co
from pipeline_cancel.auth import VendorAuth
from pipeline_cancel.checks import env
from pipeline_cancel.errors import (
    MAX_ERROR_BODY,
    APIStatusError,
    ConfigurationError,
    NetworkError,
    PipelineCancelError,
    RequestTimeoutError,
    ResponseTooLargeError,
    UnexpectedResponseError,
    error_for_status,
)
from pipeline_cancel.http import DEFAULT_TIMEOUT, Connection, SyncClients, check_caller_client
from pipeline_cancel.inputs import InputValue, RunInput, check_inputs
from pipeline_cancel.result import CancelResult, RunStatus
from pipeline_cancel.retries import (
    ATTEMPTS,
    DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    RETRY_AFTER,
    AttemptLimits,
    ResponseTooLarge,
    RetryPolicy,
    logger,
    parse_retry_after,
)

if TYPE_CHECKING:
    from pipeline_cancel.aio import AsyncClients


# The generated AuthenticatedClient requires a token, but requests go through our own
# httpx client, whose VendorAuth sends the real credentials; the placeholder keeps them
# out of the generated class's repr.
TOKEN_PLACEHOLDER = "<sent by pipeline_cancel auth>"  # noqa: S105 - a placeholder, not a credential


class VendorOptions(TypedDict, total=False):
    """What every vendor constructor (and `from_env`) takes besides its credentials."""

    base_url: str | None
    timeout: float | None
    max_retries: int
    max_response_bytes: int
    http_client: httpx.Client | None
    async_http_client: httpx.AsyncClient | None


_NOT_JSON = object()
NO_OPTIONS: Mapping[str, InputValue] = MappingProxyType({})
"""The per-run inputs of a vendor whose cancel takes none besides the id."""


def _first_text(exc: BaseException) -> str:
    """The first message along an exception's causes: under trio, httpcore wraps a failed TLS
    handshake in errors without text, and the certificate's complaint is a few causes down."""
    cause: BaseException | None = exc
    for _ in range(6):
        if cause is None:
            break
        if text := str(cause):
            return text
        cause = cause.__cause__ or cause.__context__
    return ""


def _redact_json(value: object, redact: Any) -> object:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_redact_json(v, redact) for v in value]
    if isinstance(value, dict):
        return {redact(k): _redact_json(v, redact) for k, v in value.items()}
    return value


class Vendor(abc.ABC, Generic[ClientT_co, ResponseT_co, StatusT_co]):
    """One vendor account: its credentials, base URL, limits, and pooled clients.

    Safe to share across threads (one sync pool, made once) and event loops (one
    async pool per loop); `close()`/`aclose()` release the pools, and the object
    opens new ones if used again.
    """

    name: ClassVar[str]
    default_base_url: ClassVar[str]
    base_url_env: ClassVar[tuple[str, ...]]
    inputs: ClassVar[tuple[RunInput, ...]] = ()
    """What `cancel` takes besides the id: the neutral functions' keywords and the CLI's flags."""
    credential_env: ClassVar[tuple[str, ...]]
    """Every variable `from_env` reads for credentials (`base_url_env` holds the others)."""
    cli_help: ClassVar[str]
    """One line for `pipeline-cancel --help`: the variables, and what RUN_ID and the flags mean here."""

    # The generated pieces: the cancel operation's module (its `_get_kwargs` builds the
    # request), the model of each success status, and the `AuthenticatedClient` class.
    _responses: ClassVar[Mapping[int, Any]]
    _status_responses: ClassVar[Mapping[int, Any]] = {}  # empty: the vendor documents no status operation
    cancel_answer_is_final: ClassVar[bool] = False
    """Whether a successful cancel answer already shows the run in a final state (no status read needed)."""
    _client_class: ClassVar[Any]

    def __init__(
        self,
        credentials: Mapping[str, str],
        *,
        base_url: str | None = None,
        timeout: float | None = None,
        max_retries: int = 2,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
    ) -> None:
        url = self._check_base_url(self.default_base_url if base_url is None else base_url)
        self.base_url = str(url).rstrip("/")
        try:
            policy = RetryPolicy(max_retries=max_retries)
        except ValueError as exc:
            raise ConfigurationError(str(exc), vendor=self.name) from None
        limits = AttemptLimits(self._check_timeout(timeout), self._check_max_bytes(max_response_bytes))
        self._auth = VendorAuth(self.name, credentials, url)
        self._conn = Connection(self.name, url, self._auth, policy, limits)
        for caller, kind, option in (
            (http_client, httpx.Client, "http_client"),
            (async_http_client, httpx.AsyncClient, "async_http_client"),
        ):
            if caller is None:
                continue
            if not isinstance(caller, kind):
                raise ConfigurationError(
                    f"{option} must be an httpx.{kind.__name__}, got {type(caller).__module__}."
                    f"{type(caller).__name__} (an httpx2 client works once httpx2.alias_httpx() has run)",
                    vendor=self.name,
                )
            check_caller_client(caller, self._conn)
        self._sync_clients = SyncClients(self._conn, http_client)
        self._async_shared = async_http_client
        self._async_clients: AsyncClients | None = None
        self._lock = threading.Lock()
        self._generated: ClientT_co | None = None

    # -- configuration ----------------------------------------------------------------------

    @property
    def timeout(self) -> float:
        """Seconds one attempt may take, from connecting to the last byte of the answer."""
        return self._conn.limits.deadline

    @property
    def max_retries(self) -> int:
        return self._conn.policy.max_retries

    @property
    def max_response_bytes(self) -> int:
        return self._conn.limits.max_response_bytes

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._conn.policy

    def _check_base_url(self, base_url: object) -> httpx.URL:
        if not isinstance(base_url, str):
            raise ConfigurationError(
                f"base_url must be a string, got {type(base_url).__name__}", vendor=self.name
            )
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
                f"base_url is not a valid URL ({type(exc).__name__}); check its host name", vendor=self.name
            ) from None
        if url.userinfo:
            raise ConfigurationError(
                "base_url carries a user name or password; credentials go in the constructor's"
                " arguments, never in the URL",
                vendor=self.name,
            )
        if url.scheme not in {"http", "https"} or not host:
            raise ConfigurationError(
                f"base_url {base_url!r} must be an absolute http(s) URL", vendor=self.name
            )
        if url.query or url.fragment:
            raise ConfigurationError(
                f"base_url {base_url!r} must not carry a query or fragment", vendor=self.name
            )
        return url

    def _check_timeout(self, timeout: object) -> float:
        if timeout is None:
            return DEFAULT_TIMEOUT
        if isinstance(timeout, bool) or not isinstance(timeout, int | float):
            raise ConfigurationError(
                f"timeout must be a number of seconds, got {type(timeout).__name__}", vendor=self.name
            )
        if not 0 < timeout <= 3600:  # false for NaN and infinity as well
            raise ConfigurationError(
                "timeout must be a positive, finite number of seconds (at most 3600)", vendor=self.name
            )
        return float(timeout)

    def _check_max_bytes(self, limit: object) -> int:
        if type(limit) is not int or limit < 1024:
            raise ConfigurationError(
                "max_response_bytes must be a whole number of at least 1024", vendor=self.name
            )
        return limit

    @classmethod
    def check_inputs(cls, given: Mapping[str, object], *, spell: bool = False) -> dict[str, InputValue]:
        """The per-run inputs this vendor's cancel takes (see `inputs`), refusing any other and
        requiring the required ones; `spell` names them as the CLI's flags."""
        return check_inputs(cls.name, cls.inputs, given, spell=spell)

    @classmethod
    def from_env(cls, **options: Unpack[VendorOptions]) -> Self:
        """Credentials from the vendor's environment variables; `options` as for the constructor."""
        if options.get("base_url") is None:
            options["base_url"] = env(*cls.base_url_env)
        return cls._from_env(options)

    @classmethod
    @abc.abstractmethod
    def _from_env(cls, options: VendorOptions) -> Self:
        """Read the credentials from the environment and construct."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials=<redacted>)"

    # -- what each vendor module provides -------------------------------------------------------

    @abc.abstractmethod
    def _build(self, run_id: str, options: Mapping[str, InputValue]) -> dict[str, Any]:
        """The request for cancelling `run_id`, from the generated operation's `_get_kwargs`."""

    @abc.abstractmethod
    def _interpret(self, run_id: str, status: int, parsed: Any) -> CancelResult[ResponseT_co]:
        """Turn a parsed success into a result, or raise `NotCanceledError`."""

    def _refused_state(self, error: APIStatusError) -> tuple[str, bool] | None:
        """A refusal to cancel because of the run's state: (that state, whether it alone shows the run
        ended). None, the default, for every other error, which is raised as it is.

        A vendor that refuses to cancel a run that has already ended (Kubiya) would otherwise
        turn a stopped run into an error, unlike every vendor that answers such a cancel.
        """
        return None

    def _refused(
        self, run_id: str, error: APIStatusError, state: str, read: RunStatus[StatusT_co] | None
    ) -> CancelResult[ResponseT_co]:
        """What a refusal naming `state` means. `read` is one status read, made when the state alone
        did not show the run ended (None when it did, or when the read failed). Raise `error` (or a
        clearer one) when the run is not known to have stopped."""
        raise error

    # -- the httpx clients ------------------------------------------------------------------------

    def _async(self) -> AsyncClients:
        from pipeline_cancel.aio import AsyncClients

        if self._async_clients is None:
            with self._lock:
                if self._async_clients is None:
                    self._async_clients = AsyncClients(self._conn, self._async_shared)
        return self._async_clients

    @property
    def client(self) -> ClientT_co:
        """The generated client, sending through this object's auth, base URL, timeout and retries."""
        generated = self._generated  # pragma: no mutate: a lock-free fast path; None only takes the lock
        if generated is None:
            # One async client serves every event loop: it dispatches to a pool per loop.
            async_client = self._async().get()
            with self._lock:
                if self._generated is None:
                    made = self._client_class(
                        base_url=self.base_url, token=TOKEN_PLACEHOLDER, timeout=self._conn.timeout
                    )
                    made.set_httpx_client(self._sync_clients.get())
                    made.set_async_httpx_client(async_client)
                    self._generated = made
                generated = self._generated
        return generated

    def close(self) -> None:
        """Close the sync pool (an event loop's async pool closes with that loop, or by `aclose()`)."""
        with self._lock:
            self._generated = None
        self._sync_clients.close()

    async def aclose(self) -> None:
        """Close the sync pool and the running event loop's async pool."""
        self.close()
        if self._async_clients is not None:
            await self._async_clients.aclose()

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

    # -- sending ------------------------------------------------------------------------------------

    def _send(self, request: dict[str, Any], deadline: float | None = None) -> httpx.Response:
        client = self._sync_clients.get()
        built = client.build_request(**request)
        if deadline is not None:
            built.extensions[DEADLINE] = deadline
        try:
            return client.send(built)
        except PipelineCancelError as exc:
            raise self._scrub(exc) from None
        except httpx.HTTPError as exc:
            raise self._transport_error(exc) from exc
        except RuntimeError as exc:  # httpx refuses to send through a client its owner has closed
            if self._sync_clients.caller is None:
                raise self._closed_from_outside(exc) from exc
            raise ConfigurationError(
                f"the http_client passed in cannot be used ({exc}); pass an open client, or none",
                vendor=self.name,
            ) from exc

    async def _asend(
        self, request: dict[str, Any], client: httpx.AsyncClient | None = None, deadline: float | None = None
    ) -> httpx.Response:
        client = client or self._async().get()
        built = client.build_request(**request)
        if deadline is not None:
            built.extensions[DEADLINE] = deadline
        try:
            return await client.send(built)
        except PipelineCancelError as exc:
            raise self._scrub(exc) from None
        except httpx.HTTPError as exc:
            raise self._transport_error(exc) from exc
        except RuntimeError as exc:  # an httpx.AsyncClient used on a loop it does not belong to
            if self._async_shared is None:
                raise self._closed_from_outside(exc) from exc
            raise ConfigurationError(
                f"the async_http_client passed in cannot be used here ({exc}); an httpx.AsyncClient"
                " works only on the event loop it first ran on: pass none, and the vendor object keeps"
                " a pool per loop",
                vendor=self.name,
            ) from exc

    def _closed_from_outside(self, exc: RuntimeError) -> ConfigurationError:
        return ConfigurationError(
            f"this object's own connection pool was closed from outside ({exc}), as `with kb.client:`"
            " does when it ends; call close() on the vendor object to reset it, or make a new one",
            vendor=self.name,
        )

    def _cancel(
        self, run_id: str, options: Mapping[str, InputValue] = NO_OPTIONS, wait: object = None
    ) -> CancelResult[ResponseT_co]:
        seconds = self._check_wait(wait)
        request = self._build(run_id, options)
        try:
            result = self._finish(run_id, self._send(request))
        except APIStatusError as exc:
            refused = self._refused_state(exc)
            if refused is None:
                raise
            state, ended = refused
            return self._refused(run_id, exc, state, None if ended else self._status_or_none(run_id))
        if seconds is None:
            return result
        from pipeline_cancel.confirm import confirm

        return confirm(self, result, seconds)

    async def _acancel(
        self,
        run_id: str,
        options: Mapping[str, InputValue] = NO_OPTIONS,
        client: httpx.AsyncClient | None = None,
        wait: object = None,
    ) -> CancelResult[ResponseT_co]:
        seconds = self._check_wait(wait)
        request = self._build(run_id, options)
        try:
            result = self._finish(run_id, await self._asend(request, client))
        except APIStatusError as exc:
            refused = self._refused_state(exc)
            if refused is None:
                raise
            state, ended = refused
            read = None if ended else await self._astatus_or_none(run_id, client)
            return self._refused(run_id, exc, state, read)
        if seconds is None:
            return result
        from pipeline_cancel.confirm import aconfirm

        return await aconfirm(self, result, seconds, client)

    # -- reading a run's state ----------------------------------------------------------------------

    def _check_wait(self, wait: object) -> float | None:
        """`wait=` seconds, refused before anything is sent when it cannot be honoured."""
        if wait is None:
            return None
        if not self._status_responses:
            raise ConfigurationError(
                "this vendor documents no operation to read a run's state, so a cancel cannot be"
                " confirmed: call cancel() without wait=",
                vendor=self.name,
            )
        # NaN and infinity fail the range test too: every comparison with NaN is false.
        if isinstance(wait, bool) or not isinstance(wait, int | float) or not (0 < wait <= 86400):
            raise ConfigurationError(
                "wait must be a positive number of seconds (at most 86400)", vendor=self.name
            )
        return float(wait)

    def _status(self, run_id: str, deadline: float | None = None) -> RunStatus[StatusT_co]:
        request = self._build_status(run_id)
        parsed, _ = self._parsed(self._send(request, deadline), self._status_responses)
        return self._read_status(run_id, parsed)

    async def _astatus(
        self, run_id: str, client: httpx.AsyncClient | None = None, deadline: float | None = None
    ) -> RunStatus[StatusT_co]:
        request = self._build_status(run_id)
        response = await self._asend(request, client, deadline)
        parsed, _ = self._parsed(response, self._status_responses)
        return self._read_status(run_id, parsed)

    def _status_or_none(self, run_id: str) -> RunStatus[StatusT_co] | None:
        try:
            return self._status(run_id)
        except PipelineCancelError:
            return None

    async def _astatus_or_none(
        self, run_id: str, client: httpx.AsyncClient | None
    ) -> RunStatus[StatusT_co] | None:
        try:
            return await self._astatus(run_id, client)
        except PipelineCancelError:
            return None

    def _build_status(self, run_id: str) -> dict[str, Any]:
        """The request for reading `run_id`'s state, from the generated status operation."""
        raise ConfigurationError("this vendor documents no operation to read a run's state", vendor=self.name)

    def _read_status(self, run_id: str, parsed: Any) -> RunStatus[StatusT_co]:
        """Turn a parsed status answer into a `RunStatus`, by the vendor's terminal states."""
        raise NotImplementedError

    def _transport_error(self, exc: httpx.HTTPError) -> PipelineCancelError:
        attempts = exc.request.extensions.get(ATTEMPTS, 1)  # every request here went through our transport
        detail = self._auth.redact(_first_text(exc)) or "no detail"
        what = f"{type(exc).__name__} after {attempts} attempt{'s' if attempts != 1 else ''}: {detail}"
        if isinstance(exc, ResponseTooLarge):
            return ResponseTooLargeError(
                f"{detail}; raise max_response_bytes if the vendor really sends that much", vendor=self.name
            )
        if isinstance(exc, httpx.DecodingError):
            return UnexpectedResponseError(f"the body could not be decoded: {detail}", vendor=self.name)
        if isinstance(exc, httpx.TimeoutException):
            return RequestTimeoutError(
                f"{what}; each attempt may take {self.timeout:g}s (timeout=)",
                attempts=attempts,
                vendor=self.name,
            )
        # Every other error httpx raises here is a TransportError: redirects are never followed.
        return NetworkError(
            f"{what}; check the base URL and the network", attempts=attempts, vendor=self.name
        )

    def _load(self, raw: bytes) -> tuple[bytes, object]:
        """The body with credentials redacted, and its JSON (or `_NOT_JSON`).

        A vendor that echoes a credential could escape it in JSON (`\\u0041`), which
        a byte search misses; the parsed strings are searched too, and then the kept
        body is the redacted JSON written out again.
        """
        body = self._auth.redact_bytes(raw)
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            return body, _NOT_JSON
        if b"\\" in body:
            try:
                clean = _redact_json(data, self._auth.redact)
            except RecursionError:
                return body, _NOT_JSON
            if clean != data:
                return json.dumps(clean).encode(), clean
        return body, data

    def _parsed(self, response: httpx.Response, models: Mapping[int, Any]) -> tuple[Any, bytes]:
        """The generated model of a documented success (and the redacted body), or the typed exception."""
        status = response.status_code
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s -> %d", response.request.method, response.request.url.path, status)
        body, data = self._load(response.content)
        model = models.get(status)
        if model is None:
            retry_after = parse_retry_after(response.headers.get(RETRY_AFTER))
            headers = self._headers(response)
            error = error_for_status(self.name, status, body, headers=headers, retry_after=retry_after)
            raise self._scrub(error)
        try:
            if not isinstance(data, dict):
                raise shapes.ShapeError("expected a JSON object" if data is not _NOT_JSON else "not JSON")
            parsed = model.from_dict(data)
            shapes.check(parsed)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise self._scrub(
                UnexpectedResponseError(
                    f"HTTP {status} body does not match the vendor's document ({type(exc).__name__}: {exc})",
                    vendor=self.name,
                    http_status=status,
                    body=body,
                    headers=self._headers(response),
                )
            ) from None
        return parsed, body

    def _finish(self, run_id: str, response: httpx.Response) -> CancelResult[ResponseT_co]:
        parsed, body = self._parsed(response, self._responses)
        try:
            return self._interpret(run_id, response.status_code, parsed)
        except PipelineCancelError as exc:
            exc.body = body[:MAX_ERROR_BODY]
            exc.headers = self._headers(response)
            raise self._scrub(exc) from None

    def _headers(self, response: httpx.Response) -> dict[str, str]:
        """The response's headers for an exception, with any echoed credential redacted."""
        return {k: self._auth.redact(v) for k, v in response.headers.items()}

    # pragma: no mutate start, a safety net: every message that reaches it today was built from redacted text
    def _scrub(self, error: PipelineCancelError) -> PipelineCancelError:
        """Never let a credential reach an exception's text, whatever path built it."""
        clean = self._auth.redact(error.message)
        if clean != error.message:
            error.message = clean
            error.args = (clean,)
        return error

    # pragma: no mutate end
