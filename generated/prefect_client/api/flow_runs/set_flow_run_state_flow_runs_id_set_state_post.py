from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_set_flow_run_state_flow_runs_id_set_state_post import (
    BodySetFlowRunStateFlowRunsIdSetStatePost,
)
from ...models.flow_run_not_found import FlowRunNotFound
from ...models.http_validation_error import HTTPValidationError
from ...models.orchestration_result import OrchestrationResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: BodySetFlowRunStateFlowRunsIdSetStatePost,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flow_runs/{id}/set_state".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowRunNotFound | HTTPValidationError | OrchestrationResult | None:
    if response.status_code == 200:
        response_200 = OrchestrationResult.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = OrchestrationResult.from_dict(response.json())

        return response_201

    if response.status_code == 404:
        response_404 = FlowRunNotFound.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlowRunNotFound | HTTPValidationError | OrchestrationResult]:
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
    body: BodySetFlowRunStateFlowRunsIdSetStatePost,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[FlowRunNotFound | HTTPValidationError | OrchestrationResult]:
    """Set Flow Run State

     Set a flow run state, invoking any orchestration rules.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (BodySetFlowRunStateFlowRunsIdSetStatePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowRunNotFound | HTTPValidationError | OrchestrationResult]
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
    body: BodySetFlowRunStateFlowRunsIdSetStatePost,
    x_prefect_api_version: str | Unset = UNSET,
) -> FlowRunNotFound | HTTPValidationError | OrchestrationResult | None:
    """Set Flow Run State

     Set a flow run state, invoking any orchestration rules.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (BodySetFlowRunStateFlowRunsIdSetStatePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowRunNotFound | HTTPValidationError | OrchestrationResult
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
    body: BodySetFlowRunStateFlowRunsIdSetStatePost,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[FlowRunNotFound | HTTPValidationError | OrchestrationResult]:
    """Set Flow Run State

     Set a flow run state, invoking any orchestration rules.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (BodySetFlowRunStateFlowRunsIdSetStatePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowRunNotFound | HTTPValidationError | OrchestrationResult]
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
    body: BodySetFlowRunStateFlowRunsIdSetStatePost,
    x_prefect_api_version: str | Unset = UNSET,
) -> FlowRunNotFound | HTTPValidationError | OrchestrationResult | None:
    """Set Flow Run State

     Set a flow run state, invoking any orchestration rules.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (BodySetFlowRunStateFlowRunsIdSetStatePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowRunNotFound | HTTPValidationError | OrchestrationResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
