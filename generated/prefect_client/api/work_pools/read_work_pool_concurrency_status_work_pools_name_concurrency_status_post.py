from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_read_work_pool_concurrency_status_work_pools_name_concurrency_status_post import (
    BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.work_pool_concurrency_status import WorkPoolConcurrencyStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    name: str,
    *,
    body: BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost
    | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/work_pools/{name}/concurrency_status".format(
            name=quote(str(name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkPoolConcurrencyStatus | None:
    if response.status_code == 200:
        response_200 = WorkPoolConcurrencyStatus.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkPoolConcurrencyStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost
    | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkPoolConcurrencyStatus]:
    """Read Work Pool Concurrency Status

     Read concurrency status for a work pool, including per-queue breakdown
    with flow run summaries. Queues are paginated; flow runs per queue are
    capped by flow_run_limit.

    Args:
        name (str): The work pool name
        x_prefect_api_version (str | Unset):
        body (BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkPoolConcurrencyStatus]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost
    | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | WorkPoolConcurrencyStatus | None:
    """Read Work Pool Concurrency Status

     Read concurrency status for a work pool, including per-queue breakdown
    with flow run summaries. Queues are paginated; flow runs per queue are
    capped by flow_run_limit.

    Args:
        name (str): The work pool name
        x_prefect_api_version (str | Unset):
        body (BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkPoolConcurrencyStatus
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost
    | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkPoolConcurrencyStatus]:
    """Read Work Pool Concurrency Status

     Read concurrency status for a work pool, including per-queue breakdown
    with flow run summaries. Queues are paginated; flow runs per queue are
    capped by flow_run_limit.

    Args:
        name (str): The work pool name
        x_prefect_api_version (str | Unset):
        body (BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkPoolConcurrencyStatus]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost
    | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | WorkPoolConcurrencyStatus | None:
    """Read Work Pool Concurrency Status

     Read concurrency status for a work pool, including per-queue breakdown
    with flow run summaries. Queues are paginated; flow runs per queue are
    capped by flow_run_limit.

    Args:
        name (str): The work pool name
        x_prefect_api_version (str | Unset):
        body (BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkPoolConcurrencyStatus
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
