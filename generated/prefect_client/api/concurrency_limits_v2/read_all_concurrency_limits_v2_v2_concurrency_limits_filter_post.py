from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_read_all_concurrency_limits_v2v2_concurrency_limits_filter_post import (
    BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost,
)
from ...models.global_concurrency_limit_response import GlobalConcurrencyLimitResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/concurrency_limits/filter",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[GlobalConcurrencyLimitResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GlobalConcurrencyLimitResponse.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | list[GlobalConcurrencyLimitResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[GlobalConcurrencyLimitResponse]]:
    """Read All Concurrency Limits V2

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[GlobalConcurrencyLimitResponse]]
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
    body: BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[GlobalConcurrencyLimitResponse] | None:
    """Read All Concurrency Limits V2

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[GlobalConcurrencyLimitResponse]
    """

    return sync_detailed(
        client=client,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[GlobalConcurrencyLimitResponse]]:
    """Read All Concurrency Limits V2

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[GlobalConcurrencyLimitResponse]]
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
    body: BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[GlobalConcurrencyLimitResponse] | None:
    """Read All Concurrency Limits V2

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[GlobalConcurrencyLimitResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
