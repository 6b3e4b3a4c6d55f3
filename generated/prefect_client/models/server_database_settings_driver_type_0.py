from enum import StrEnum


class ServerDatabaseSettingsDriverType0(StrEnum):
    POSTGRESQLASYNCPG = "postgresql+asyncpg"
    SQLITEAIOSQLITE = "sqlite+aiosqlite"

    def __str__(self) -> str:
        return str(self.value)
