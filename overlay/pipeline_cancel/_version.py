"""The overlay's version, read by the package, the User-Agent and the CLI without importing each other."""

__version__ = "0.3.0"
