from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_bulk_delete_flows_flows_bulk_delete_post import (
    BodyBulkDeleteFlowsFlowsBulkDeletePost,
)
from ...models.flow_bulk_delete_response import FlowBulkDeleteResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BodyBulkDeleteFlowsFlowsBulkDeletePost | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/bulk_delete",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowBulkDeleteResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FlowBulkDeleteResponse.from_dict(response.json())

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
) -> Response[FlowBulkDeleteResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyBulkDeleteFlowsFlowsBulkDeletePost | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[FlowBulkDeleteResponse | HTTPValidationError]:
    """Bulk Delete Flows

     Bulk delete flows matching the specified filter criteria.

    This also deletes all associated deployments.

    Returns the IDs of flows that were deleted.

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyBulkDeleteFlowsFlowsBulkDeletePost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowBulkDeleteResponse | HTTPValidationError]
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
    body: BodyBulkDeleteFlowsFlowsBulkDeletePost | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> FlowBulkDeleteResponse | HTTPValidationError | None:
    """Bulk Delete Flows

     Bulk delete flows matching the specified filter criteria.

    This also deletes all associated deployments.

    Returns the IDs of flows that were deleted.

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyBulkDeleteFlowsFlowsBulkDeletePost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowBulkDeleteResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyBulkDeleteFlowsFlowsBulkDeletePost | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[FlowBulkDeleteResponse | HTTPValidationError]:
    """Bulk Delete Flows

     Bulk delete flows matching the specified filter criteria.

    This also deletes all associated deployments.

    Returns the IDs of flows that were deleted.

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyBulkDeleteFlowsFlowsBulkDeletePost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowBulkDeleteResponse | HTTPValidationError]
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
    body: BodyBulkDeleteFlowsFlowsBulkDeletePost | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> FlowBulkDeleteResponse | HTTPValidationError | None:
    """Bulk Delete Flows

     Bulk delete flows matching the specified filter criteria.

    This also deletes all associated deployments.

    Returns the IDs of flows that were deleted.

    Args:
        x_prefect_api_version (str | Unset):
        body (BodyBulkDeleteFlowsFlowsBulkDeletePost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowBulkDeleteResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
