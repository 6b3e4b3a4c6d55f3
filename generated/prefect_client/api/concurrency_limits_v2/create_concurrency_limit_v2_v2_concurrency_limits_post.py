from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.concurrency_limit_v2 import ConcurrencyLimitV2
from ...models.concurrency_limit_v2_create import ConcurrencyLimitV2Create
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ConcurrencyLimitV2Create,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/concurrency_limits/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConcurrencyLimitV2 | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = ConcurrencyLimitV2.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConcurrencyLimitV2 | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConcurrencyLimitV2Create,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[ConcurrencyLimitV2 | HTTPValidationError]:
    """Create Concurrency Limit V2

     Create a task run concurrency limit.

    For more information, see https://docs.prefect.io/v3/how-to-guides/workflows/global-concurrency-
    limits.

    Args:
        x_prefect_api_version (str | Unset):
        body (ConcurrencyLimitV2Create): Data used by the Prefect REST API to create a v2
            concurrency limit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcurrencyLimitV2 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConcurrencyLimitV2Create,
    x_prefect_api_version: str | Unset = UNSET,
) -> ConcurrencyLimitV2 | HTTPValidationError | None:
    """Create Concurrency Limit V2

     Create a task run concurrency limit.

    For more information, see https://docs.prefect.io/v3/how-to-guides/workflows/global-concurrency-
    limits.

    Args:
        x_prefect_api_version (str | Unset):
        body (ConcurrencyLimitV2Create): Data used by the Prefect REST API to create a v2
            concurrency limit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcurrencyLimitV2 | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConcurrencyLimitV2Create,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[ConcurrencyLimitV2 | HTTPValidationError]:
    """Create Concurrency Limit V2

     Create a task run concurrency limit.

    For more information, see https://docs.prefect.io/v3/how-to-guides/workflows/global-concurrency-
    limits.

    Args:
        x_prefect_api_version (str | Unset):
        body (ConcurrencyLimitV2Create): Data used by the Prefect REST API to create a v2
            concurrency limit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcurrencyLimitV2 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConcurrencyLimitV2Create,
    x_prefect_api_version: str | Unset = UNSET,
) -> ConcurrencyLimitV2 | HTTPValidationError | None:
    """Create Concurrency Limit V2

     Create a task run concurrency limit.

    For more information, see https://docs.prefect.io/v3/how-to-guides/workflows/global-concurrency-
    limits.

    Args:
        x_prefect_api_version (str | Unset):
        body (ConcurrencyLimitV2Create): Data used by the Prefect REST API to create a v2
            concurrency limit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcurrencyLimitV2 | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
