from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_read_work_queue_concurrency_status_work_queues_id_concurrency_status_post import (
    BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.work_queue_concurrency_status import WorkQueueConcurrencyStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost
    | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/work_queues/{id}/concurrency_status".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkQueueConcurrencyStatus | None:
    if response.status_code == 200:
        response_200 = WorkQueueConcurrencyStatus.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkQueueConcurrencyStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost
    | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkQueueConcurrencyStatus]:
    """Read Work Queue Concurrency Status

     Read concurrency status for a work queue, including paginated flow run
    summaries. active_slots always reflects the total count.

    Args:
        id (UUID): The work queue id
        x_prefect_api_version (str | Unset):
        body (BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkQueueConcurrencyStatus]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost
    | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | WorkQueueConcurrencyStatus | None:
    """Read Work Queue Concurrency Status

     Read concurrency status for a work queue, including paginated flow run
    summaries. active_slots always reflects the total count.

    Args:
        id (UUID): The work queue id
        x_prefect_api_version (str | Unset):
        body (BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkQueueConcurrencyStatus
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost
    | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkQueueConcurrencyStatus]:
    """Read Work Queue Concurrency Status

     Read concurrency status for a work queue, including paginated flow run
    summaries. active_slots always reflects the total count.

    Args:
        id (UUID): The work queue id
        x_prefect_api_version (str | Unset):
        body (BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkQueueConcurrencyStatus]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost
    | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | WorkQueueConcurrencyStatus | None:
    """Read Work Queue Concurrency Status

     Read concurrency status for a work queue, including paginated flow run
    summaries. active_slots always reflects the total count.

    Args:
        id (UUID): The work queue id
        x_prefect_api_version (str | Unset):
        body (BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkQueueConcurrencyStatus
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
