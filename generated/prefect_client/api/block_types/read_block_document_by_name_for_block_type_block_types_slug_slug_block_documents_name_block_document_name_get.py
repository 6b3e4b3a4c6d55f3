from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.block_document import BlockDocument
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    block_document_name: str,
    *,
    include_secrets: bool | Unset = False,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    params: dict[str, Any] = {}

    params["include_secrets"] = include_secrets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/block_types/slug/{slug}/block_documents/name/{block_document_name}".format(
            slug=quote(str(slug), safe=""),
            block_document_name=quote(str(block_document_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockDocument | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BlockDocument.from_dict(response.json())

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
) -> Response[BlockDocument | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    block_document_name: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: bool | Unset = False,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[BlockDocument | HTTPValidationError]:
    """Read Block Document By Name For Block Type

    Args:
        slug (str): The block type name
        block_document_name (str): The block type name
        include_secrets (bool | Unset): Whether to include sensitive values in the block document.
            Default: False.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockDocument | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        slug=slug,
        block_document_name=block_document_name,
        include_secrets=include_secrets,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    block_document_name: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: bool | Unset = False,
    x_prefect_api_version: str | Unset = UNSET,
) -> BlockDocument | HTTPValidationError | None:
    """Read Block Document By Name For Block Type

    Args:
        slug (str): The block type name
        block_document_name (str): The block type name
        include_secrets (bool | Unset): Whether to include sensitive values in the block document.
            Default: False.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockDocument | HTTPValidationError
    """

    return sync_detailed(
        slug=slug,
        block_document_name=block_document_name,
        client=client,
        include_secrets=include_secrets,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    slug: str,
    block_document_name: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: bool | Unset = False,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[BlockDocument | HTTPValidationError]:
    """Read Block Document By Name For Block Type

    Args:
        slug (str): The block type name
        block_document_name (str): The block type name
        include_secrets (bool | Unset): Whether to include sensitive values in the block document.
            Default: False.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockDocument | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        slug=slug,
        block_document_name=block_document_name,
        include_secrets=include_secrets,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    block_document_name: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: bool | Unset = False,
    x_prefect_api_version: str | Unset = UNSET,
) -> BlockDocument | HTTPValidationError | None:
    """Read Block Document By Name For Block Type

    Args:
        slug (str): The block type name
        block_document_name (str): The block type name
        include_secrets (bool | Unset): Whether to include sensitive values in the block document.
            Default: False.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockDocument | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            slug=slug,
            block_document_name=block_document_name,
            client=client,
            include_secrets=include_secrets,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
