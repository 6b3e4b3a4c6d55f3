from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.run_details import RunDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    run_id: str,
    user_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["run_id"] = run_id

    params["user_id"] = user_id

    params["project_id"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get_pl_run",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RunDetails | None:
    if response.status_code == 200:
        response_200 = RunDetails.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RunDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    run_id: str,
    user_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Response[RunDetails]:
    """Retrieve run details

     This endpoint can be used to poll for completion and retrieve final flow outputs. Output nodes must
    be used to retrieve outputs.

    Args:
        run_id (str):
        user_id (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunDetails]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        user_id=user_id,
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    run_id: str,
    user_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> RunDetails | None:
    """Retrieve run details

     This endpoint can be used to poll for completion and retrieve final flow outputs. Output nodes must
    be used to retrieve outputs.

    Args:
        run_id (str):
        user_id (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunDetails
    """

    return sync_detailed(
        client=client,
        run_id=run_id,
        user_id=user_id,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    run_id: str,
    user_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Response[RunDetails]:
    """Retrieve run details

     This endpoint can be used to poll for completion and retrieve final flow outputs. Output nodes must
    be used to retrieve outputs.

    Args:
        run_id (str):
        user_id (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunDetails]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        user_id=user_id,
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    run_id: str,
    user_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> RunDetails | None:
    """Retrieve run details

     This endpoint can be used to poll for completion and retrieve final flow outputs. Output nodes must
    be used to retrieve outputs.

    Args:
        run_id (str):
        user_id (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            run_id=run_id,
            user_id=user_id,
            project_id=project_id,
        )
    ).parsed
