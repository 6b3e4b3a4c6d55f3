from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.block_schema import BlockSchema
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    checksum: str,
    *,
    version: None | str | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    params: dict[str, Any] = {}

    json_version: None | str | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    else:
        json_version = version
    params["version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/block_schemas/checksum/{checksum}".format(
            checksum=quote(str(checksum), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockSchema | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BlockSchema.from_dict(response.json())

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
) -> Response[BlockSchema | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    checksum: str,
    *,
    client: AuthenticatedClient | Client,
    version: None | str | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[BlockSchema | HTTPValidationError]:
    """Read Block Schema By Checksum

    Args:
        checksum (str): The block schema checksum
        version (None | str | Unset): Version of block schema. If not provided the most recently
            created block schema with the matching checksum will be returned.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockSchema | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        checksum=checksum,
        version=version,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    checksum: str,
    *,
    client: AuthenticatedClient | Client,
    version: None | str | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> BlockSchema | HTTPValidationError | None:
    """Read Block Schema By Checksum

    Args:
        checksum (str): The block schema checksum
        version (None | str | Unset): Version of block schema. If not provided the most recently
            created block schema with the matching checksum will be returned.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockSchema | HTTPValidationError
    """

    return sync_detailed(
        checksum=checksum,
        client=client,
        version=version,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    checksum: str,
    *,
    client: AuthenticatedClient | Client,
    version: None | str | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[BlockSchema | HTTPValidationError]:
    """Read Block Schema By Checksum

    Args:
        checksum (str): The block schema checksum
        version (None | str | Unset): Version of block schema. If not provided the most recently
            created block schema with the matching checksum will be returned.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockSchema | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        checksum=checksum,
        version=version,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    checksum: str,
    *,
    client: AuthenticatedClient | Client,
    version: None | str | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> BlockSchema | HTTPValidationError | None:
    """Read Block Schema By Checksum

    Args:
        checksum (str): The block schema checksum
        version (None | str | Unset): Version of block schema. If not provided the most recently
            created block schema with the matching checksum will be returned.
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockSchema | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            checksum=checksum,
            client=client,
            version=version,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
