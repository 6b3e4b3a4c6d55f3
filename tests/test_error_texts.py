"""What a user reads and can branch on when the vendor answers with an error.

Every documented status family has its own class and a default sentence that says
what to do; a vendor's own message, in whichever envelope the six use, replaces the
default. All of it is read from real HTTP answers on a loopback server.
"""

from __future__ import annotations

import pytest
from pipeline_cancel import Kubiya, errors

from tests.support.server import MockServer, Reply

JSON = ("Content-Type", "application/json")

CASES: list[tuple[Reply, type[errors.PipelineCancelError], str]] = [
    (Reply(400, b""), errors.InvalidRequestError, "bad request (HTTP 400)"),
    (
        Reply(401, b""),
        errors.AuthenticationError,
        "unauthorized: check the credentials (and their scope) (HTTP 401)",
    ),
    (
        Reply(403, b""),
        errors.PermissionDeniedError,
        "forbidden: these credentials may not cancel this run (HTTP 403)",
    ),
    (
        Reply(404, b""),
        errors.NotFoundError,
        "not found: check the id and the account it belongs to (HTTP 404)",
    ),
    (Reply(409, b""), errors.ConflictError, "conflict: the run's state does not allow this (HTTP 409)"),
    (Reply(422, b""), errors.InvalidRequestError, "the vendor rejected the request's fields (HTTP 422)"),
    (Reply(429, b""), errors.RateLimitError, "rate limited: retry later (HTTP 429)"),
    (
        Reply(429, b"", (("X-RateLimit-Reset", "60"),)),
        errors.RateLimitError,
        "rate limited: retry later (HTTP 429)",
    ),
    (Reply(500, b""), errors.ServerError, "server error; retry later or ask the vendor (HTTP 500)"),
    (Reply(599, b""), errors.ServerError, "server error; retry later or ask the vendor (HTTP 599)"),
    (Reply(520, b"oops"), errors.ServerError, "oops (HTTP 520)"),
    (Reply(418, b""), errors.UnexpectedResponseError, "undocumented HTTP status 418 (HTTP 418)"),
    (
        Reply(418, b"teapot"),
        errors.UnexpectedResponseError,
        "undocumented HTTP status 418: teapot (HTTP 418)",
    ),
    (Reply(600, b""), errors.UnexpectedResponseError, "undocumented HTTP status 600 (HTTP 600)"),
    (Reply(499, b""), errors.UnexpectedResponseError, "undocumented HTTP status 499 (HTTP 499)"),
    (
        Reply(302, b"", (("Location", "https://elsewhere/"),)),
        errors.UnexpectedResponseError,
        "undocumented HTTP status 302 (HTTP 302)",
    ),
    (
        Reply.json(404, {"detail": "Execution not found"}),
        errors.NotFoundError,
        "Execution not found (HTTP 404)",
    ),
    (
        Reply.json(
            422, {"detail": [{"loc": ["body", "reason"], "msg": "too short"}, {"loc": "?", "msg": "m2"}, "x"]}
        ),
        errors.InvalidRequestError,
        "body.reason: too short m2 (HTTP 422)",
    ),
    (
        Reply.json(422, {"detail": [{"loc": ["body", i], "msg": f"m{i}"} for i in range(12)]}),
        errors.InvalidRequestError,
        " ".join(f"body.{i}: m{i}" for i in range(10)) + " (HTTP 422)",  # the first ten
    ),
    (
        Reply.json(400, {"code": "E1", "message": "m", "errors": [{"type": "validation"}]}),
        errors.InvalidRequestError,
        "[E1] m (validation) (HTTP 400)",
    ),
    (
        Reply.json(400, {"error_code": "E2", "error": "boom"}),
        errors.InvalidRequestError,
        "[E2] boom (HTTP 400)",
    ),
    (
        Reply.json(400, {"code": 5, "message": 7, "errors": ["x"]}),
        errors.InvalidRequestError,
        "bad request (HTTP 400)",
    ),
    (Reply.json(400, {"errors": [{"type": 5}]}), errors.InvalidRequestError, "bad request (HTTP 400)"),
    (
        Reply.json(400, {"message": "a", "error": "b", "detail": "c"}),
        errors.InvalidRequestError,
        "a b c (HTTP 400)",
    ),
    (Reply.json(400, [1, 2]), errors.InvalidRequestError, "[1, 2] (HTTP 400)"),
    (Reply(400, b"line1\nline2\x1b[31m\x00"), errors.InvalidRequestError, "line1 line2 [31m (HTTP 400)"),
    (Reply(400, b"x" * 600), errors.InvalidRequestError, "x" * 500 + " (HTTP 400)"),
    (Reply(400, b"\xff\xfeoops"), errors.InvalidRequestError, "\ufffd\ufffdoops (HTTP 400)"),
]


@pytest.mark.parametrize(("reply", "cls", "text"), CASES)
def test_each_error_status_reads_as_this(
    server: MockServer, reply: Reply, cls: type[errors.PipelineCancelError], text: str
) -> None:
    server.reply(reply)
    with (
        Kubiya(api_key="k", base_url=server.url, max_retries=0) as kb,
        pytest.raises(errors.PipelineCancelError) as info,
    ):
        kb.cancel("e", reason="r")
    error = info.value
    assert type(error) is cls
    assert str(error) == f"kubiya: {text}"
    assert error.message == text.removesuffix(f" (HTTP {reply.status})")
    assert error.vendor == "kubiya"
    assert error.http_status == reply.status
    assert error.body == reply.body
    for name, value in reply.headers:
        assert error.headers[name.lower()] == value


def test_a_rate_limit_carries_the_wait_the_vendor_asked_for(server: MockServer) -> None:
    server.reply(Reply(429, b"", (("Retry-After", "7"),)), Reply(429, b""))
    with Kubiya(api_key="k", base_url=server.url, max_retries=0) as kb:
        with pytest.raises(errors.RateLimitError) as info:
            kb.cancel("e", reason="r")
        assert info.value.retry_after == 7.0
        with pytest.raises(errors.RateLimitError) as info:
            kb.cancel("e", reason="r")
        assert info.value.retry_after is None


def test_an_error_keeps_the_first_4096_bytes_of_the_body(server: MockServer) -> None:
    body = b"a" * 4000 + b"b" * 1000
    server.reply(Reply(500, body))
    with (
        Kubiya(api_key="k", base_url=server.url, max_retries=0) as kb,
        pytest.raises(errors.ServerError) as info,
    ):
        kb.cancel("e", reason="r")
    assert info.value.body == body[: errors.MAX_ERROR_BODY]
    assert errors.MAX_ERROR_BODY == 4096


def test_the_error_a_user_builds_reads_the_same_way() -> None:
    """Subclasses keep the constructor a caller (or a test double) uses."""
    error = errors.RateLimitError("slow down", retry_after=2.5, vendor="kubiya", http_status=429, body=b"x")
    assert (str(error), error.retry_after, error.body, dict(error.headers)) == (
        "kubiya: slow down (HTTP 429)",
        2.5,
        b"x",
        {},
    )
    bare = errors.PipelineCancelError("plain")
    assert (str(bare), repr(bare), bare.vendor, bare.http_status, bare.body) == (
        "plain",
        "PipelineCancelError('plain')",
        None,
        None,
        None,
    )
    timeout = errors.RequestTimeoutError("late", attempts=3, vendor="gumloop")
    assert (str(timeout), timeout.attempts, timeout.http_status) == ("gumloop: late", 3, None)


def test_not_canceled_built_by_hand_keeps_everything_it_is_given() -> None:
    error = errors.NotCanceledError(
        "still running",
        vendor_status="running",
        response={"state": "running"},
        vendor="gumloop",
        http_status=200,
        body=b"{}",
        headers={"x-request-id": "r1"},
    )
    assert (str(error), error.vendor_status, error.response) == (
        "gumloop: still running (HTTP 200)",
        "running",
        {"state": "running"},
    )
    assert (error.body, dict(error.headers)) == (b"{}", {"x-request-id": "r1"})
    limited = errors.RateLimitError("slow", headers={"retry-after": "3"})
    assert dict(limited.headers) == {"retry-after": "3"}


J = (("Content-Type", "application/json"),)
DOC = "HTTP 200 body does not match the vendor's document"
BROKEN: list[tuple[Reply, str]] = [
    (Reply(200, b"not json", J), f"{DOC} (ShapeError: not JSON) (HTTP 200)"),
    (Reply(200, b'{"success": tru', J), f"{DOC} (ShapeError: not JSON) (HTTP 200)"),
    (Reply(200, b"[1, 2]", J), f"{DOC} (ShapeError: expected a JSON object) (HTTP 200)"),
    (
        Reply(200, b'{"success": "yes", "workflow_id": "w", "terminated_at": "2026-11-23T10:00:00Z"}', J),
        f"{DOC} (ShapeError: TerminateWorkflowResponse.success is str, not as documented) (HTTP 200)",
    ),
    (Reply(200, b'{"success": true}', J), f"{DOC} (KeyError: 'workflow_id') (HTTP 200)"),
    (
        Reply(200, b"{}", (("Content-Encoding", "br"),)),
        "the body could not be decoded: unsupported Content-Encoding 'br'",
    ),
]


@pytest.mark.parametrize(("reply", "text"), BROKEN)
def test_an_answer_that_breaks_the_document_says_how(server: MockServer, reply: Reply, text: str) -> None:
    server.reply(reply)
    with (
        Kubiya(api_key="k", base_url=server.url, max_retries=0) as kb,
        pytest.raises(errors.UnexpectedResponseError) as info,
    ):
        kb.cancel("e", reason="r")
    assert str(info.value) == f"kubiya: {text}"
    if reply.headers == J:
        assert info.value.headers["content-type"] == "application/json"


def test_a_decoded_error_body_comes_without_its_encoding_headers(server: MockServer) -> None:
    import gzip

    decoded = b'{"detail": "gone"}'
    server.reply(Reply(404, gzip.compress(decoded), (("Content-Encoding", "gzip"),)))
    with (
        Kubiya(api_key="k", base_url=server.url, max_retries=0) as kb,
        pytest.raises(errors.NotFoundError) as info,
    ):
        kb.cancel("e", reason="r")
    assert str(info.value) == "kubiya: gone (HTTP 404)"
    assert info.value.body == decoded
    assert "content-encoding" not in info.value.headers
    assert info.value.headers["content-length"] == str(len(decoded))


@pytest.mark.parametrize(("max_retries", "attempts"), [(0, "1 attempt"), (1, "2 attempts")])
def test_a_refused_connection_says_how_many_attempts_and_what_to_check(
    max_retries: int, attempts: str
) -> None:
    with MockServer() as gone:
        url = gone.url
    with (
        Kubiya(api_key="k", base_url=url, max_retries=max_retries) as kb,
        pytest.raises(errors.NetworkError) as info,
    ):
        kb.cancel("e", reason="r")
    assert str(info.value) == (
        f"kubiya: ConnectError after {attempts}: [Errno 111] Connection refused;"
        " check the base URL and the network"
    )
    assert info.value.attempts == max_retries + 1


def test_a_closed_http_client_passed_in_says_what_to_pass_instead(server: MockServer) -> None:
    import httpx

    closed = httpx.Client()
    closed.close()
    with pytest.raises(errors.ConfigurationError) as info:
        Kubiya(api_key="k", base_url=server.url, http_client=closed).cancel("e", reason="r")
    assert str(info.value) == (
        "kubiya: the http_client passed in cannot be used (Cannot send a request, as the client has been"
        " closed.); pass an open client, or none"
    )
    assert server.requests == []


@pytest.mark.parametrize(
    ("base_url", "kind"), [("https://xn--a.com", "InvalidCodepoint"), ("http://[::1", "InvalidURL")]
)
def test_an_invalid_base_url_is_named_by_its_fault_only(base_url: str, kind: str) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        Kubiya(api_key="k", base_url=base_url)
    assert str(info.value) == f"kubiya: base_url is not a valid URL ({kind}); check its host name"
