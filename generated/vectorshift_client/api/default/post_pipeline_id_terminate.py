from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pipeline_terminate_request import PipelineTerminateRequest
from ...models.post_pipeline_id_terminate_response_200 import (
    PostPipelineIdTerminateResponse200,
)
from ...models.post_pipeline_id_terminate_response_401 import (
    PostPipelineIdTerminateResponse401,
)
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: PipelineTerminateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pipeline/{id}/terminate".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Error
    | PostPipelineIdTerminateResponse200
    | PostPipelineIdTerminateResponse401
    | None
):
    if response.status_code == 200:
        response_200 = PostPipelineIdTerminateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostPipelineIdTerminateResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Error | PostPipelineIdTerminateResponse200 | PostPipelineIdTerminateResponse401
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: PipelineTerminateRequest,
) -> Response[
    Error | PostPipelineIdTerminateResponse200 | PostPipelineIdTerminateResponse401
]:
    """Terminate a running pipeline

     Stop a currently running pipeline instance

    Args:
        id (str):
        body (PipelineTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostPipelineIdTerminateResponse200 | PostPipelineIdTerminateResponse401]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: PipelineTerminateRequest,
) -> (
    Error
    | PostPipelineIdTerminateResponse200
    | PostPipelineIdTerminateResponse401
    | None
):
    """Terminate a running pipeline

     Stop a currently running pipeline instance

    Args:
        id (str):
        body (PipelineTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostPipelineIdTerminateResponse200 | PostPipelineIdTerminateResponse401
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: PipelineTerminateRequest,
) -> Response[
    Error | PostPipelineIdTerminateResponse200 | PostPipelineIdTerminateResponse401
]:
    """Terminate a running pipeline

     Stop a currently running pipeline instance

    Args:
        id (str):
        body (PipelineTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostPipelineIdTerminateResponse200 | PostPipelineIdTerminateResponse401]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: PipelineTerminateRequest,
) -> (
    Error
    | PostPipelineIdTerminateResponse200
    | PostPipelineIdTerminateResponse401
    | None
):
    """Terminate a running pipeline

     Stop a currently running pipeline instance

    Args:
        id (str):
        body (PipelineTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostPipelineIdTerminateResponse200 | PostPipelineIdTerminateResponse401
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
