from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.block_document import BlockDocument
from ...models.block_document_create import BlockDocumentCreate
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BlockDocumentCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/block_documents/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockDocument | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = BlockDocument.from_dict(response.json())

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
) -> Response[BlockDocument | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BlockDocumentCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[BlockDocument | HTTPValidationError]:
    """Create Block Document

     Create a new block document.

    For more information, see https://docs.prefect.io/v3/concepts/blocks.

    Args:
        x_prefect_api_version (str | Unset):
        body (BlockDocumentCreate): Data used by the Prefect REST API to create a block document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockDocument | HTTPValidationError]
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
    body: BlockDocumentCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> BlockDocument | HTTPValidationError | None:
    """Create Block Document

     Create a new block document.

    For more information, see https://docs.prefect.io/v3/concepts/blocks.

    Args:
        x_prefect_api_version (str | Unset):
        body (BlockDocumentCreate): Data used by the Prefect REST API to create a block document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockDocument | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BlockDocumentCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[BlockDocument | HTTPValidationError]:
    """Create Block Document

     Create a new block document.

    For more information, see https://docs.prefect.io/v3/concepts/blocks.

    Args:
        x_prefect_api_version (str | Unset):
        body (BlockDocumentCreate): Data used by the Prefect REST API to create a block document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockDocument | HTTPValidationError]
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
    body: BlockDocumentCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> BlockDocument | HTTPValidationError | None:
    """Create Block Document

     Create a new block document.

    For more information, see https://docs.prefect.io/v3/concepts/blocks.

    Args:
        x_prefect_api_version (str | Unset):
        body (BlockDocumentCreate): Data used by the Prefect REST API to create a block document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockDocument | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
