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
        "url": "/block_types/slug/{slug}/block_documents".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[BlockDocument] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BlockDocument.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[BlockDocument]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: bool | Unset = False,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[BlockDocument]]:
    """Read Block Documents For Block Type

    Args:
        slug (str): The block type name
        include_secrets (bool | Unset): Whether to include sensitive values in the block document.
            Default: False.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[BlockDocument]]
    """

    kwargs = _get_kwargs(
        slug=slug,
        include_secrets=include_secrets,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: bool | Unset = False,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[BlockDocument] | None:
    """Read Block Documents For Block Type

    Args:
        slug (str): The block type name
        include_secrets (bool | Unset): Whether to include sensitive values in the block document.
            Default: False.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[BlockDocument]
    """

    return sync_detailed(
        slug=slug,
        client=client,
        include_secrets=include_secrets,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: bool | Unset = False,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[BlockDocument]]:
    """Read Block Documents For Block Type

    Args:
        slug (str): The block type name
        include_secrets (bool | Unset): Whether to include sensitive values in the block document.
            Default: False.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[BlockDocument]]
    """

    kwargs = _get_kwargs(
        slug=slug,
        include_secrets=include_secrets,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: bool | Unset = False,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[BlockDocument] | None:
    """Read Block Documents For Block Type

    Args:
        slug (str): The block type name
        include_secrets (bool | Unset): Whether to include sensitive values in the block document.
            Default: False.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[BlockDocument]
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            include_secrets=include_secrets,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
