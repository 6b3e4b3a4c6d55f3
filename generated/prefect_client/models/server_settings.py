from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_settings_logging_level import ServerSettingsLoggingLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_api_settings import ServerAPISettings
    from ..models.server_concurrency_settings import ServerConcurrencySettings
    from ..models.server_database_settings import ServerDatabaseSettings
    from ..models.server_deployments_settings import ServerDeploymentsSettings
    from ..models.server_docket_settings import ServerDocketSettings
    from ..models.server_ephemeral_settings import ServerEphemeralSettings
    from ..models.server_events_settings import ServerEventsSettings
    from ..models.server_flow_run_graph_settings import ServerFlowRunGraphSettings
    from ..models.server_logs_settings import ServerLogsSettings
    from ..models.server_services_settings import ServerServicesSettings
    from ..models.server_tasks_settings import ServerTasksSettings
    from ..models.server_ui_settings import ServerUISettings
    from ..models.server_worker_channel_settings import ServerWorkerChannelSettings


T = TypeVar("T", bound="ServerSettings")


@_attrs_define
class ServerSettings:
    """Settings for controlling server behavior

    Attributes:
        logging_level (ServerSettingsLoggingLevel | Unset): The default logging level for the Prefect API server.
            Default: ServerSettingsLoggingLevel.WARNING.
        analytics_enabled (bool | Unset):
                    When enabled, Prefect sends anonymous data (e.g. count of flow runs, package version)
                    on server startup to help us improve our product.
                     Default: True.
        metrics_enabled (bool | Unset): Whether or not to enable Prometheus metrics in the API. Default: False.
        log_retryable_errors (bool | Unset): If `True`, log retryable errors in the API and it's services. Default:
            False.
        register_blocks_on_start (bool | Unset): If set, any block types that have been imported will be registered with
            the backend on application startup. If not set, block types must be manually registered. Default: True.
        memoize_block_auto_registration (bool | Unset): Controls whether or not block auto-registration on start
            Default: True.
        memo_store_path (str | Unset): Path to the memo store file. Defaults to $PREFECT_HOME/memo_store.toml
        deployment_schedule_max_scheduled_runs (int | Unset): The maximum number of scheduled runs to create for a
            deployment. Default: 50.
        api (ServerAPISettings | Unset): Settings for controlling API server behavior
        concurrency (ServerConcurrencySettings | Unset):
        database (ServerDatabaseSettings | Unset): Settings for controlling server database behavior
        deployments (ServerDeploymentsSettings | Unset):
        docket (ServerDocketSettings | Unset): Settings for controlling Docket behavior
        ephemeral (ServerEphemeralSettings | Unset): Settings for controlling ephemeral server behavior
        events (ServerEventsSettings | Unset): Settings for controlling behavior of the events subsystem
        flow_run_graph (ServerFlowRunGraphSettings | Unset): Settings for controlling behavior of the flow run graph
        logs (ServerLogsSettings | Unset): Settings for controlling behavior of the logs subsystem
        services (ServerServicesSettings | Unset): Settings for controlling server services
        tasks (ServerTasksSettings | Unset): Settings for controlling server-side behavior related to tasks
        ui (ServerUISettings | Unset):
        worker_channel (ServerWorkerChannelSettings | Unset): Settings for server-side worker channel storage and
            delivery policy.
    """

    logging_level: ServerSettingsLoggingLevel | Unset = (
        ServerSettingsLoggingLevel.WARNING
    )
    analytics_enabled: bool | Unset = True
    metrics_enabled: bool | Unset = False
    log_retryable_errors: bool | Unset = False
    register_blocks_on_start: bool | Unset = True
    memoize_block_auto_registration: bool | Unset = True
    memo_store_path: str | Unset = UNSET
    deployment_schedule_max_scheduled_runs: int | Unset = 50
    api: ServerAPISettings | Unset = UNSET
    concurrency: ServerConcurrencySettings | Unset = UNSET
    database: ServerDatabaseSettings | Unset = UNSET
    deployments: ServerDeploymentsSettings | Unset = UNSET
    docket: ServerDocketSettings | Unset = UNSET
    ephemeral: ServerEphemeralSettings | Unset = UNSET
    events: ServerEventsSettings | Unset = UNSET
    flow_run_graph: ServerFlowRunGraphSettings | Unset = UNSET
    logs: ServerLogsSettings | Unset = UNSET
    services: ServerServicesSettings | Unset = UNSET
    tasks: ServerTasksSettings | Unset = UNSET
    ui: ServerUISettings | Unset = UNSET
    worker_channel: ServerWorkerChannelSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logging_level: str | Unset = UNSET
        if not isinstance(self.logging_level, Unset):
            logging_level = self.logging_level.value

        analytics_enabled = self.analytics_enabled

        metrics_enabled = self.metrics_enabled

        log_retryable_errors = self.log_retryable_errors

        register_blocks_on_start = self.register_blocks_on_start

        memoize_block_auto_registration = self.memoize_block_auto_registration

        memo_store_path = self.memo_store_path

        deployment_schedule_max_scheduled_runs = (
            self.deployment_schedule_max_scheduled_runs
        )

        api: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api, Unset):
            api = self.api.to_dict()

        concurrency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.concurrency, Unset):
            concurrency = self.concurrency.to_dict()

        database: dict[str, Any] | Unset = UNSET
        if not isinstance(self.database, Unset):
            database = self.database.to_dict()

        deployments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = self.deployments.to_dict()

        docket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.docket, Unset):
            docket = self.docket.to_dict()

        ephemeral: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ephemeral, Unset):
            ephemeral = self.ephemeral.to_dict()

        events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events.to_dict()

        flow_run_graph: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_run_graph, Unset):
            flow_run_graph = self.flow_run_graph.to_dict()

        logs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = self.logs.to_dict()

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

        ui: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ui, Unset):
            ui = self.ui.to_dict()

        worker_channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.worker_channel, Unset):
            worker_channel = self.worker_channel.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logging_level is not UNSET:
            field_dict["logging_level"] = logging_level
        if analytics_enabled is not UNSET:
            field_dict["analytics_enabled"] = analytics_enabled
        if metrics_enabled is not UNSET:
            field_dict["metrics_enabled"] = metrics_enabled
        if log_retryable_errors is not UNSET:
            field_dict["log_retryable_errors"] = log_retryable_errors
        if register_blocks_on_start is not UNSET:
            field_dict["register_blocks_on_start"] = register_blocks_on_start
        if memoize_block_auto_registration is not UNSET:
            field_dict["memoize_block_auto_registration"] = (
                memoize_block_auto_registration
            )
        if memo_store_path is not UNSET:
            field_dict["memo_store_path"] = memo_store_path
        if deployment_schedule_max_scheduled_runs is not UNSET:
            field_dict["deployment_schedule_max_scheduled_runs"] = (
                deployment_schedule_max_scheduled_runs
            )
        if api is not UNSET:
            field_dict["api"] = api
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if database is not UNSET:
            field_dict["database"] = database
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if docket is not UNSET:
            field_dict["docket"] = docket
        if ephemeral is not UNSET:
            field_dict["ephemeral"] = ephemeral
        if events is not UNSET:
            field_dict["events"] = events
        if flow_run_graph is not UNSET:
            field_dict["flow_run_graph"] = flow_run_graph
        if logs is not UNSET:
            field_dict["logs"] = logs
        if services is not UNSET:
            field_dict["services"] = services
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if ui is not UNSET:
            field_dict["ui"] = ui
        if worker_channel is not UNSET:
            field_dict["worker_channel"] = worker_channel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_api_settings import ServerAPISettings
        from ..models.server_concurrency_settings import ServerConcurrencySettings
        from ..models.server_database_settings import ServerDatabaseSettings
        from ..models.server_deployments_settings import ServerDeploymentsSettings
        from ..models.server_docket_settings import ServerDocketSettings
        from ..models.server_ephemeral_settings import ServerEphemeralSettings
        from ..models.server_events_settings import ServerEventsSettings
        from ..models.server_flow_run_graph_settings import ServerFlowRunGraphSettings
        from ..models.server_logs_settings import ServerLogsSettings
        from ..models.server_services_settings import ServerServicesSettings
        from ..models.server_tasks_settings import ServerTasksSettings
        from ..models.server_ui_settings import ServerUISettings
        from ..models.server_worker_channel_settings import ServerWorkerChannelSettings

        d = dict(src_dict)
        _logging_level = d.pop("logging_level", UNSET)
        logging_level: ServerSettingsLoggingLevel | Unset
        if isinstance(_logging_level, Unset):
            logging_level = UNSET
        else:
            logging_level = ServerSettingsLoggingLevel(_logging_level)

        analytics_enabled = d.pop("analytics_enabled", UNSET)

        metrics_enabled = d.pop("metrics_enabled", UNSET)

        log_retryable_errors = d.pop("log_retryable_errors", UNSET)

        register_blocks_on_start = d.pop("register_blocks_on_start", UNSET)

        memoize_block_auto_registration = d.pop(
            "memoize_block_auto_registration", UNSET
        )

        memo_store_path = d.pop("memo_store_path", UNSET)

        deployment_schedule_max_scheduled_runs = d.pop(
            "deployment_schedule_max_scheduled_runs", UNSET
        )

        _api = d.pop("api", UNSET)
        api: ServerAPISettings | Unset
        if isinstance(_api, Unset):
            api = UNSET
        else:
            api = ServerAPISettings.from_dict(_api)

        _concurrency = d.pop("concurrency", UNSET)
        concurrency: ServerConcurrencySettings | Unset
        if isinstance(_concurrency, Unset):
            concurrency = UNSET
        else:
            concurrency = ServerConcurrencySettings.from_dict(_concurrency)

        _database = d.pop("database", UNSET)
        database: ServerDatabaseSettings | Unset
        if isinstance(_database, Unset):
            database = UNSET
        else:
            database = ServerDatabaseSettings.from_dict(_database)

        _deployments = d.pop("deployments", UNSET)
        deployments: ServerDeploymentsSettings | Unset
        if isinstance(_deployments, Unset):
            deployments = UNSET
        else:
            deployments = ServerDeploymentsSettings.from_dict(_deployments)

        _docket = d.pop("docket", UNSET)
        docket: ServerDocketSettings | Unset
        if isinstance(_docket, Unset):
            docket = UNSET
        else:
            docket = ServerDocketSettings.from_dict(_docket)

        _ephemeral = d.pop("ephemeral", UNSET)
        ephemeral: ServerEphemeralSettings | Unset
        if isinstance(_ephemeral, Unset):
            ephemeral = UNSET
        else:
            ephemeral = ServerEphemeralSettings.from_dict(_ephemeral)

        _events = d.pop("events", UNSET)
        events: ServerEventsSettings | Unset
        if isinstance(_events, Unset):
            events = UNSET
        else:
            events = ServerEventsSettings.from_dict(_events)

        _flow_run_graph = d.pop("flow_run_graph", UNSET)
        flow_run_graph: ServerFlowRunGraphSettings | Unset
        if isinstance(_flow_run_graph, Unset):
            flow_run_graph = UNSET
        else:
            flow_run_graph = ServerFlowRunGraphSettings.from_dict(_flow_run_graph)

        _logs = d.pop("logs", UNSET)
        logs: ServerLogsSettings | Unset
        if isinstance(_logs, Unset):
            logs = UNSET
        else:
            logs = ServerLogsSettings.from_dict(_logs)

        _services = d.pop("services", UNSET)
        services: ServerServicesSettings | Unset
        if isinstance(_services, Unset):
            services = UNSET
        else:
            services = ServerServicesSettings.from_dict(_services)

        _tasks = d.pop("tasks", UNSET)
        tasks: ServerTasksSettings | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = ServerTasksSettings.from_dict(_tasks)

        _ui = d.pop("ui", UNSET)
        ui: ServerUISettings | Unset
        if isinstance(_ui, Unset):
            ui = UNSET
        else:
            ui = ServerUISettings.from_dict(_ui)

        _worker_channel = d.pop("worker_channel", UNSET)
        worker_channel: ServerWorkerChannelSettings | Unset
        if isinstance(_worker_channel, Unset):
            worker_channel = UNSET
        else:
            worker_channel = ServerWorkerChannelSettings.from_dict(_worker_channel)

        server_settings = cls(
            logging_level=logging_level,
            analytics_enabled=analytics_enabled,
            metrics_enabled=metrics_enabled,
            log_retryable_errors=log_retryable_errors,
            register_blocks_on_start=register_blocks_on_start,
            memoize_block_auto_registration=memoize_block_auto_registration,
            memo_store_path=memo_store_path,
            deployment_schedule_max_scheduled_runs=deployment_schedule_max_scheduled_runs,
            api=api,
            concurrency=concurrency,
            database=database,
            deployments=deployments,
            docket=docket,
            ephemeral=ephemeral,
            events=events,
            flow_run_graph=flow_run_graph,
            logs=logs,
            services=services,
            tasks=tasks,
            ui=ui,
            worker_channel=worker_channel,
        )

        server_settings.additional_properties = d
        return server_settings

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
