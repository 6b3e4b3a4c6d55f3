from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.saved_search import SavedSearch
from ...models.saved_search_create import SavedSearchCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SavedSearchCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/saved_searches/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SavedSearch | None:
    if response.status_code == 200:
        response_200 = SavedSearch.from_dict(response.json())

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
) -> Response[HTTPValidationError | SavedSearch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SavedSearchCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | SavedSearch]:
    """Create Saved Search

     Creates a new saved search from the provided schema.

    If a saved search with the same name already exists, the saved search's fields are
    replaced.

    Args:
        x_prefect_api_version (str | Unset):
        body (SavedSearchCreate): Data used by the Prefect REST API to create a saved search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SavedSearch]
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
    body: SavedSearchCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | SavedSearch | None:
    """Create Saved Search

     Creates a new saved search from the provided schema.

    If a saved search with the same name already exists, the saved search's fields are
    replaced.

    Args:
        x_prefect_api_version (str | Unset):
        body (SavedSearchCreate): Data used by the Prefect REST API to create a saved search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SavedSearch
    """

    return sync_detailed(
        client=client,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SavedSearchCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | SavedSearch]:
    """Create Saved Search

     Creates a new saved search from the provided schema.

    If a saved search with the same name already exists, the saved search's fields are
    replaced.

    Args:
        x_prefect_api_version (str | Unset):
        body (SavedSearchCreate): Data used by the Prefect REST API to create a saved search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SavedSearch]
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
    body: SavedSearchCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | SavedSearch | None:
    """Create Saved Search

     Creates a new saved search from the provided schema.

    If a saved search with the same name already exists, the saved search's fields are
    replaced.

    Args:
        x_prefect_api_version (str | Unset):
        body (SavedSearchCreate): Data used by the Prefect REST API to create a saved search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SavedSearch
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
