"""A client library for accessing Runflow admin API (run cancellation, authored from the docs page)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
