from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_flow_run_create import DeploymentFlowRunCreate
from ...models.flow_run_response import FlowRunResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: DeploymentFlowRunCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments/{id}/create_flow_run".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowRunResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FlowRunResponse.from_dict(response.json())

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
) -> Response[FlowRunResponse | HTTPValidationError]:
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
    body: DeploymentFlowRunCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[FlowRunResponse | HTTPValidationError]:
    """Create Flow Run From Deployment

     Create a flow run from a deployment.

    Any parameters not provided will be inferred from the deployment's parameters.
    If tags are not provided, the deployment's tags will be used.

    If no state is provided, the flow run will be created in a SCHEDULED state.

    Args:
        id (UUID): The deployment id
        x_prefect_api_version (str | Unset):
        body (DeploymentFlowRunCreate): Data used by the Prefect REST API to create a flow run
            from a deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowRunResponse | HTTPValidationError]
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
    body: DeploymentFlowRunCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> FlowRunResponse | HTTPValidationError | None:
    """Create Flow Run From Deployment

     Create a flow run from a deployment.

    Any parameters not provided will be inferred from the deployment's parameters.
    If tags are not provided, the deployment's tags will be used.

    If no state is provided, the flow run will be created in a SCHEDULED state.

    Args:
        id (UUID): The deployment id
        x_prefect_api_version (str | Unset):
        body (DeploymentFlowRunCreate): Data used by the Prefect REST API to create a flow run
            from a deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowRunResponse | HTTPValidationError
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
    body: DeploymentFlowRunCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[FlowRunResponse | HTTPValidationError]:
    """Create Flow Run From Deployment

     Create a flow run from a deployment.

    Any parameters not provided will be inferred from the deployment's parameters.
    If tags are not provided, the deployment's tags will be used.

    If no state is provided, the flow run will be created in a SCHEDULED state.

    Args:
        id (UUID): The deployment id
        x_prefect_api_version (str | Unset):
        body (DeploymentFlowRunCreate): Data used by the Prefect REST API to create a flow run
            from a deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowRunResponse | HTTPValidationError]
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
    body: DeploymentFlowRunCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> FlowRunResponse | HTTPValidationError | None:
    """Create Flow Run From Deployment

     Create a flow run from a deployment.

    Any parameters not provided will be inferred from the deployment's parameters.
    If tags are not provided, the deployment's tags will be used.

    If no state is provided, the flow run will be created in a SCHEDULED state.

    Args:
        id (UUID): The deployment id
        x_prefect_api_version (str | Unset):
        body (DeploymentFlowRunCreate): Data used by the Prefect REST API to create a flow run
            from a deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowRunResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
