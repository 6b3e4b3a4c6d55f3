"""What every vendor class shares: configuration, the httpx clients, sending, and reading answers.

A vendor module supplies its credentials (as headers), the request (built by the
generated `_get_kwargs`, which `check_generated` pins with the rest of the generated
code), the generated model of each success status, and what a success means
(`_interpret`). Everything between, from the deadline to the status mapping, lives
here once: one typed path, `_send`/`_asend` then `_finish`.
"""

from __future__ import annotations

import abc
import copy
import threading
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, Unpack

import httpx

from pipeline_cancel import _logs
from pipeline_cancel._constants import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from pipeline_cancel._extensions import LIMITS, OPERATION, POLICY
from pipeline_cancel._lazy import Module
from pipeline_cancel._typing import ClientT_co, ResponseT_co, StatusT_co
from pipeline_cancel.auth import VendorAuth
from pipeline_cancel.checks import env
from pipeline_cancel.errors import APIStatusError, PipelineCancelError
from pipeline_cancel.inputs import InputValue, RunInput, check_inputs
from pipeline_cancel.options import (
    NO_OPTIONS,
    NOT_GIVEN,
    NotGiven,
    check_base_url,
    check_headers,
    check_options,
)
from pipeline_cancel.options import VendorOptions as VendorOptions  # where vendor modules import it
from pipeline_cancel.result import CancelResult, RunStatus
from pipeline_cancel.status_reads import StatusReads

if TYPE_CHECKING:
    from pipeline_cancel import answers, confirm, http, pools, record, retries, tracing
    from pipeline_cancel._typing import AsyncHttpClient, SyncHttpClient
    from pipeline_cancel.retries import AttemptLimits, RetryPolicy
else:  # the transport loads with the first vendor object, not with `import` (`_lazy.py`): a third
    # of what `from pipeline_cancel import Prefect` cost
    answers = Module("pipeline_cancel.answers")
    confirm = Module("pipeline_cancel.confirm")
    http = Module("pipeline_cancel.http")
    pools = Module("pipeline_cancel.pools")
    record = Module("pipeline_cancel.record")
    retries = Module("pipeline_cancel.retries")
    tracing = Module("pipeline_cancel.tracing")


class Vendor(StatusReads[StatusT_co], Generic[ClientT_co, ResponseT_co, StatusT_co]):
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
    cancel_answer_is_final: ClassVar[bool] = False
    """Whether a successful cancel answer already shows the run in a final state (no status read needed)."""
    _client_class: ClassVar[Any]

    def __init__(
        self,
        credentials: Mapping[str, str],
        *,
        base_url: str | None = None,
        timeout: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: SyncHttpClient | None = None,
        async_http_client: AsyncHttpClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        also_redact: Sequence[str] = (),
    ) -> None:
        _logs.from_env()
        url = check_base_url(self.default_base_url if base_url is None else base_url, self.name)
        self.base_url = str(url).rstrip("/")
        policy, limits = check_options(
            self.name,
            retries.RetryPolicy(),
            retries.AttemptLimits(DEFAULT_TIMEOUT),
            timeout,
            max_retries,
            max_response_bytes,
        )
        self._auth = VendorAuth(self.name, credentials, url, also_redact)
        headers = check_headers(default_headers, "default_headers", self.name, self._auth.header_names)
        self._use(policy, limits, {})
        self._conn = http.Connection(self.name, url, self._auth, policy, limits, headers)
        http.check_caller_clients(self._conn, http_client, async_http_client)
        self._pools = pools.Pools(self._conn, http_client, async_http_client)
        self._owner = True  # False on a `with_options` copy: the pools are the original's
        self._lock = threading.Lock()
        self._generated: ClientT_co | None = None

    def with_options(
        self,
        *,
        timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Self:
        """This vendor object with other options for the calls made through it.

        The copy has the same credentials and base URL and sends through the same connection
        pools, so it opens no connection of its own; this object is left as it was, both can be
        used at once from any thread or task, and the copy's `close()` releases nothing.

        Args:
            timeout: seconds one attempt may take, connect to last byte (at most 3600); None
                for the default (30).
            max_retries: retries of a timeout, a connection failure, 429, 502, 503 or 504.
            max_response_bytes: the largest answer read (at least 1024).
            extra_headers: added to every request of the copy, over the constructor's
                `default_headers` and an earlier copy's.
            Options not given stay as they are.

        Returns:
            The copy, of this object's own class.

        Raises:
            ConfigurationError: a bad value, or a credential or transport header in
                `extra_headers`, refused as the constructor refuses it.
        """
        policy, limits = check_options(
            self.name, self._policy, self._limits, timeout, max_retries, max_response_bytes
        )
        extra = {} if isinstance(extra_headers, NotGiven) else extra_headers
        headers = check_headers(extra, "extra_headers", self.name, self._auth.header_names)
        derived = copy.copy(self)
        derived._use(policy, limits, {**self._headers, **headers})
        derived._owner = False
        derived._lock = threading.Lock()
        derived._generated = None
        return derived

    def _use(self, policy: RetryPolicy, limits: AttemptLimits, headers: Mapping[str, str]) -> None:
        """Take these options, and make once what each request of an operation carries."""
        self._policy, self._limits, self._headers = policy, limits, headers
        self._tags = {
            operation: {POLICY: policy, LIMITS: limits, OPERATION: (self.name, operation, self._auth.redact)}
            for operation in ("cancel", "status")
        }

    # -- configuration ----------------------------------------------------------------------

    @property
    def timeout(self) -> float:
        """Seconds one attempt may take, from connecting to the last byte of the answer."""
        return self._limits.deadline

    @property
    def max_retries(self) -> int:
        return self._policy.max_retries

    @property
    def max_response_bytes(self) -> int:
        return self._limits.max_response_bytes

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._policy

    @classmethod
    def check_inputs(cls, given: Mapping[str, object], *, spell: bool = False) -> dict[str, InputValue]:
        """The per-run inputs this vendor's cancel takes (see `inputs`), refusing any other and
        requiring the required ones; `spell` names them as the CLI's flags."""
        return check_inputs(cls.name, cls.inputs, given, spell=spell)

    @classmethod
    def from_env(cls, **options: Unpack[VendorOptions]) -> Self:
        """A vendor object whose credentials and base URL come from the environment.

        Args:
            **options: as for the constructor; a `base_url` given here wins over the variables.

        Returns:
            The vendor object. Its variables are listed by `pipeline-cancel --help`; the base URL
            comes from `<VENDOR>_BASE_URL` (and the vendor's own, such as `PREFECT_API_URL`).

        Raises:
            ConfigurationError: a credential variable unset, or set to something unusable.
        """
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

    @property
    def client(self) -> ClientT_co:
        """The generated client, sending through this object's auth, base URL, timeout and retries.

        It shares this object's pools: `with_headers`/`with_timeout` on it are refused (they
        would change what every call sends), and `with kb.client:` leaves the pools open.
        """
        generated = self._generated  # pragma: no mutate: a lock-free fast path; None only takes the lock
        if generated is None:
            with self._lock:  # the pools take locks of their own, so they are asked inside this one
                if self._generated is None:
                    self._generated = self._pools.generated(
                        self._client_class,
                        self.base_url,
                        self._policy,
                        self._limits,
                        self._headers,
                        self._owner,
                    )
                generated = self._generated
        return generated

    def close(self) -> None:
        """Close the sync pool (an event loop's async pool closes with that loop, or by `aclose()`).
        On a `with_options` copy, nothing: the pools are the original object's."""
        with self._lock:
            self._generated = None
        if self._owner:
            self._pools.sync.close()

    async def aclose(self) -> None:
        """Close the sync pool and the running event loop's async pool (a copy's: nothing)."""
        self.close()
        if self._owner:
            await self._pools.aclose()

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

    def _send(
        self, request: dict[str, Any], deadline: float | None = None, operation: str = "cancel"
    ) -> httpx.Response:
        return self._pools.send(request, self._tags[operation], self._headers, deadline, self.timeout)

    async def _asend(
        self,
        request: dict[str, Any],
        client: httpx.AsyncClient | None = None,
        deadline: float | None = None,
        operation: str = "cancel",
    ) -> httpx.Response:
        tags = self._tags[operation]
        return await self._pools.asend(request, tags, self._headers, deadline, self.timeout, client)

    def _cancel(
        self, run_id: str, options: Mapping[str, InputValue] = NO_OPTIONS, wait: object = None
    ) -> CancelResult[ResponseT_co]:
        found = tracing.tracer()
        if found is None:
            return self._cancel_in_span(run_id, options, wait)
        with tracing.call_span(found, "cancel", self.name, run_id, self._conn.base_url) as span:
            result = self._cancel_in_span(run_id, options, wait)
            span.ended(result.attempts, result.outcome)
            return result

    def _cancel_in_span(
        self, run_id: str, options: Mapping[str, InputValue], wait: object
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
            read = None if ended else self._status_or_none(run_id)
            return record.of_error(self._refused(run_id, exc, state, read), exc)  # final: it had ended
        if seconds is None or self.cancel_answer_is_final:
            return result
        return confirm.confirm(self.name, result, seconds, self._status)

    async def _acancel(
        self,
        run_id: str,
        options: Mapping[str, InputValue] = NO_OPTIONS,
        client: httpx.AsyncClient | None = None,
        wait: object = None,
    ) -> CancelResult[ResponseT_co]:
        found = tracing.tracer()
        if found is None:
            return await self._acancel_in_span(run_id, options, client, wait)
        with tracing.call_span(found, "cancel", self.name, run_id, self._conn.base_url) as span:
            result = await self._acancel_in_span(run_id, options, client, wait)
            span.ended(result.attempts, result.outcome)
            return result

    async def _acancel_in_span(
        self, run_id: str, options: Mapping[str, InputValue], client: httpx.AsyncClient | None, wait: object
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
            return record.of_error(self._refused(run_id, exc, state, read), exc)  # final: it had ended
        if seconds is None or self.cancel_answer_is_final:
            return result
        return await confirm.aconfirm(
            self.name, result, seconds, lambda run, by: self._astatus(run, client, by)
        )

    def _finish(self, run_id: str, response: httpx.Response) -> CancelResult[ResponseT_co]:
        parsed, body = answers.parse(self.name, self._auth, response, self._responses)
        try:
            result = self._interpret(run_id, response.status_code, parsed)
        except PipelineCancelError as exc:
            raise answers.refusal(self._auth, exc, response, body) from None
        result = record.fill(result, response, self._auth.redact)
        record.log_outcome("cancel", result.outcome, result)
        return result
