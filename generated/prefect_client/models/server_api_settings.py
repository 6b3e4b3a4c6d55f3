from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerAPISettings")


@_attrs_define
class ServerAPISettings:
    """Settings for controlling API server behavior

    Attributes:
        auth_string (None | str | Unset): A string to use for basic authentication with the API in the form
            'user:password'.
        host (str | Unset): The API's host address (defaults to `127.0.0.1`). Default: '127.0.0.1'.
        port (int | Unset): The API's port address (defaults to `4200`). Default: 4200.
        base_path (None | str | Unset): The base URL path to serve the API under.
        default_limit (int | Unset): The default limit applied to queries that can return multiple objects, such as
            `POST /flow_runs/filter`. Default: 200.
        keepalive_timeout (int | Unset):
                    The API's keep alive timeout (defaults to `5`).
                    Refer to https://www.uvicorn.org/settings/#timeouts for details.

                    When the API is hosted behind a load balancer, you may want to set this to a value
                    greater than the load balancer's idle timeout.

                    Note this setting only applies when calling `prefect server start`; if hosting the
                    API with another tool you will need to configure this there instead.
                     Default: 5.
        csrf_protection_enabled (bool | Unset):
                    Controls the activation of CSRF protection for the Prefect server API.

                    When enabled (`True`), the server enforces CSRF validation checks on incoming
                    state-changing requests (POST, PUT, PATCH, DELETE), requiring a valid CSRF
                    token to be included in the request headers or body. This adds a layer of
                    security by preventing unauthorized or malicious sites from making requests on
                    behalf of authenticated users.

                    It is recommended to enable this setting in production environments where the
                    API is exposed to web clients to safeguard against CSRF attacks.

                    Note: Enabling this setting requires corresponding support in the client for
                    CSRF token management. See PREFECT_CLIENT_CSRF_SUPPORT_ENABLED for more.
                     Default: False.
        csrf_token_expiration (str | Unset):
                    Specifies the duration for which a CSRF token remains valid after being issued
                    by the server.

                    The default expiration time is set to 1 hour, which offers a reasonable
                    compromise. Adjust this setting based on your specific security requirements
                    and usage patterns.
                     Default: 'PT1H'.
        cors_allowed_origins (str | Unset):
                    A comma-separated list of origins that are authorized to make cross-origin requests to the API.

                    By default, this is set to `*`, which allows requests from all origins.
                     Default: '*'.
        cors_allowed_methods (str | Unset):
                    A comma-separated list of methods that are authorized to make cross-origin requests to the API.

                    By default, this is set to `*`, which allows requests from all methods.
                     Default: '*'.
        cors_allowed_headers (str | Unset):
                    A comma-separated list of headers that are authorized to make cross-origin requests to the API.

                    By default, this is set to `*`, which allows requests from all headers.
                     Default: '*'.
        websocket_ping_interval (float | Unset): WebSocket ping interval in seconds. Only applies when starting the
            server with `prefect server start`. Default: 20.0.
        websocket_ping_timeout (float | Unset): WebSocket ping timeout in seconds. Only applies when starting the server
            with `prefect server start`. Default: 20.0.
        max_parameter_size (int | Unset): The maximum size of parameters (in bytes, JSON-serialized) that can be stored
            on a flow run or deployment. Set to 0 to disable the limit. Default: 524288.
    """

    auth_string: None | str | Unset = UNSET
    host: str | Unset = "127.0.0.1"
    port: int | Unset = 4200
    base_path: None | str | Unset = UNSET
    default_limit: int | Unset = 200
    keepalive_timeout: int | Unset = 5
    csrf_protection_enabled: bool | Unset = False
    csrf_token_expiration: str | Unset = "PT1H"
    cors_allowed_origins: str | Unset = "*"
    cors_allowed_methods: str | Unset = "*"
    cors_allowed_headers: str | Unset = "*"
    websocket_ping_interval: float | Unset = 20.0
    websocket_ping_timeout: float | Unset = 20.0
    max_parameter_size: int | Unset = 524288
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_string: None | str | Unset
        if isinstance(self.auth_string, Unset):
            auth_string = UNSET
        else:
            auth_string = self.auth_string

        host = self.host

        port = self.port

        base_path: None | str | Unset
        if isinstance(self.base_path, Unset):
            base_path = UNSET
        else:
            base_path = self.base_path

        default_limit = self.default_limit

        keepalive_timeout = self.keepalive_timeout

        csrf_protection_enabled = self.csrf_protection_enabled

        csrf_token_expiration = self.csrf_token_expiration

        cors_allowed_origins = self.cors_allowed_origins

        cors_allowed_methods = self.cors_allowed_methods

        cors_allowed_headers = self.cors_allowed_headers

        websocket_ping_interval = self.websocket_ping_interval

        websocket_ping_timeout = self.websocket_ping_timeout

        max_parameter_size = self.max_parameter_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_string is not UNSET:
            field_dict["auth_string"] = auth_string
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if base_path is not UNSET:
            field_dict["base_path"] = base_path
        if default_limit is not UNSET:
            field_dict["default_limit"] = default_limit
        if keepalive_timeout is not UNSET:
            field_dict["keepalive_timeout"] = keepalive_timeout
        if csrf_protection_enabled is not UNSET:
            field_dict["csrf_protection_enabled"] = csrf_protection_enabled
        if csrf_token_expiration is not UNSET:
            field_dict["csrf_token_expiration"] = csrf_token_expiration
        if cors_allowed_origins is not UNSET:
            field_dict["cors_allowed_origins"] = cors_allowed_origins
        if cors_allowed_methods is not UNSET:
            field_dict["cors_allowed_methods"] = cors_allowed_methods
        if cors_allowed_headers is not UNSET:
            field_dict["cors_allowed_headers"] = cors_allowed_headers
        if websocket_ping_interval is not UNSET:
            field_dict["websocket_ping_interval"] = websocket_ping_interval
        if websocket_ping_timeout is not UNSET:
            field_dict["websocket_ping_timeout"] = websocket_ping_timeout
        if max_parameter_size is not UNSET:
            field_dict["max_parameter_size"] = max_parameter_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_auth_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_string = _parse_auth_string(d.pop("auth_string", UNSET))

        host = d.pop("host", UNSET)

        port = d.pop("port", UNSET)

        def _parse_base_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_path = _parse_base_path(d.pop("base_path", UNSET))

        default_limit = d.pop("default_limit", UNSET)

        keepalive_timeout = d.pop("keepalive_timeout", UNSET)

        csrf_protection_enabled = d.pop("csrf_protection_enabled", UNSET)

        csrf_token_expiration = d.pop("csrf_token_expiration", UNSET)

        cors_allowed_origins = d.pop("cors_allowed_origins", UNSET)

        cors_allowed_methods = d.pop("cors_allowed_methods", UNSET)

        cors_allowed_headers = d.pop("cors_allowed_headers", UNSET)

        websocket_ping_interval = d.pop("websocket_ping_interval", UNSET)

        websocket_ping_timeout = d.pop("websocket_ping_timeout", UNSET)

        max_parameter_size = d.pop("max_parameter_size", UNSET)

        server_api_settings = cls(
            auth_string=auth_string,
            host=host,
            port=port,
            base_path=base_path,
            default_limit=default_limit,
            keepalive_timeout=keepalive_timeout,
            csrf_protection_enabled=csrf_protection_enabled,
            csrf_token_expiration=csrf_token_expiration,
            cors_allowed_origins=cors_allowed_origins,
            cors_allowed_methods=cors_allowed_methods,
            cors_allowed_headers=cors_allowed_headers,
            websocket_ping_interval=websocket_ping_interval,
            websocket_ping_timeout=websocket_ping_timeout,
            max_parameter_size=max_parameter_size,
        )

        server_api_settings.additional_properties = d
        return server_api_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
