from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_increment_concurrency_limits_v1_concurrency_limits_increment_post import (
    BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.minimal_concurrency_limit_response import MinimalConcurrencyLimitResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/concurrency_limits/increment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[MinimalConcurrencyLimitResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MinimalConcurrencyLimitResponse.from_dict(
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
) -> Response[HTTPValidationError | list[MinimalConcurrencyLimitResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[MinimalConcurrencyLimitResponse]]:
    """Increment Concurrency Limits V1

     Increment concurrency limits for the given tags.

    During migration, this handles both V1 and V2 limits to support mixed states.
    Post-migration, it only uses V2 with lease-based concurrency.

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[MinimalConcurrencyLimitResponse]]
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
    body: BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[MinimalConcurrencyLimitResponse] | None:
    """Increment Concurrency Limits V1

     Increment concurrency limits for the given tags.

    During migration, this handles both V1 and V2 limits to support mixed states.
    Post-migration, it only uses V2 with lease-based concurrency.

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[MinimalConcurrencyLimitResponse]
    """

    return sync_detailed(
        client=client,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[MinimalConcurrencyLimitResponse]]:
    """Increment Concurrency Limits V1

     Increment concurrency limits for the given tags.

    During migration, this handles both V1 and V2 limits to support mixed states.
    Post-migration, it only uses V2 with lease-based concurrency.

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[MinimalConcurrencyLimitResponse]]
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
    body: BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[MinimalConcurrencyLimitResponse] | None:
    """Increment Concurrency Limits V1

     Increment concurrency limits for the given tags.

    During migration, this handles both V1 and V2 limits to support mixed states.
    Post-migration, it only uses V2 with lease-based concurrency.

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[MinimalConcurrencyLimitResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
