"""Contains all the data models used in inputs/outputs"""

from .api_settings import APISettings
from .artifact import Artifact
from .artifact_collection import ArtifactCollection
from .artifact_collection_data_type_0 import ArtifactCollectionDataType0
from .artifact_collection_filter import ArtifactCollectionFilter
from .artifact_collection_filter_flow_run_id import ArtifactCollectionFilterFlowRunId
from .artifact_collection_filter_key import ArtifactCollectionFilterKey
from .artifact_collection_filter_latest_id import ArtifactCollectionFilterLatestId
from .artifact_collection_filter_task_run_id import ArtifactCollectionFilterTaskRunId
from .artifact_collection_filter_type import ArtifactCollectionFilterType
from .artifact_collection_metadata_type_0 import ArtifactCollectionMetadataType0
from .artifact_collection_sort import ArtifactCollectionSort
from .artifact_create import ArtifactCreate
from .artifact_create_data_type_0 import ArtifactCreateDataType0
from .artifact_create_metadata_type_0 import ArtifactCreateMetadataType0
from .artifact_data_type_0 import ArtifactDataType0
from .artifact_filter import ArtifactFilter
from .artifact_filter_flow_run_id import ArtifactFilterFlowRunId
from .artifact_filter_id import ArtifactFilterId
from .artifact_filter_key import ArtifactFilterKey
from .artifact_filter_task_run_id import ArtifactFilterTaskRunId
from .artifact_filter_type import ArtifactFilterType
from .artifact_metadata_type_0 import ArtifactMetadataType0
from .artifact_sort import ArtifactSort
from .artifact_update import ArtifactUpdate
from .artifact_update_data_type_0 import ArtifactUpdateDataType0
from .artifact_update_metadata_type_0 import ArtifactUpdateMetadataType0
from .automation import Automation
from .automation_create import AutomationCreate
from .automation_filter import AutomationFilter
from .automation_filter_created import AutomationFilterCreated
from .automation_filter_name import AutomationFilterName
from .automation_filter_tags import AutomationFilterTags
from .automation_partial_update import AutomationPartialUpdate
from .automation_sort import AutomationSort
from .automation_update import AutomationUpdate
from .block_document import BlockDocument
from .block_document_block_document_references import (
    BlockDocumentBlockDocumentReferences,
)
from .block_document_block_document_references_additional_property import (
    BlockDocumentBlockDocumentReferencesAdditionalProperty,
)
from .block_document_create import BlockDocumentCreate
from .block_document_create_data import BlockDocumentCreateData
from .block_document_data import BlockDocumentData
from .block_document_filter import BlockDocumentFilter
from .block_document_filter_block_type_id import BlockDocumentFilterBlockTypeId
from .block_document_filter_id import BlockDocumentFilterId
from .block_document_filter_is_anonymous import BlockDocumentFilterIsAnonymous
from .block_document_filter_name import BlockDocumentFilterName
from .block_document_sort import BlockDocumentSort
from .block_document_update import BlockDocumentUpdate
from .block_document_update_data import BlockDocumentUpdateData
from .block_schema import BlockSchema
from .block_schema_create import BlockSchemaCreate
from .block_schema_create_fields import BlockSchemaCreateFields
from .block_schema_fields import BlockSchemaFields
from .block_schema_filter import BlockSchemaFilter
from .block_schema_filter_block_type_id import BlockSchemaFilterBlockTypeId
from .block_schema_filter_capabilities import BlockSchemaFilterCapabilities
from .block_schema_filter_id import BlockSchemaFilterId
from .block_schema_filter_version import BlockSchemaFilterVersion
from .block_type import BlockType
from .block_type_create import BlockTypeCreate
from .block_type_filter import BlockTypeFilter
from .block_type_filter_name import BlockTypeFilterName
from .block_type_filter_slug import BlockTypeFilterSlug
from .block_type_update import BlockTypeUpdate
from .body_average_flow_run_lateness_flow_runs_lateness_post import (
    BodyAverageFlowRunLatenessFlowRunsLatenessPost,
)
from .body_bulk_decrement_active_slots_v2_concurrency_limits_decrement_post import (
    BodyBulkDecrementActiveSlotsV2ConcurrencyLimitsDecrementPost,
)
from .body_bulk_decrement_active_slots_with_lease_v2_concurrency_limits_decrement_with_lease_post import (
    BodyBulkDecrementActiveSlotsWithLeaseV2ConcurrencyLimitsDecrementWithLeasePost,
)
from .body_bulk_delete_deployments_deployments_bulk_delete_post import (
    BodyBulkDeleteDeploymentsDeploymentsBulkDeletePost,
)
from .body_bulk_delete_flow_runs_flow_runs_bulk_delete_post import (
    BodyBulkDeleteFlowRunsFlowRunsBulkDeletePost,
)
from .body_bulk_delete_flows_flows_bulk_delete_post import (
    BodyBulkDeleteFlowsFlowsBulkDeletePost,
)
from .body_bulk_increment_active_slots_v2_concurrency_limits_increment_post import (
    BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPost,
)
from .body_bulk_increment_active_slots_v2_concurrency_limits_increment_post_mode import (
    BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode,
)
from .body_bulk_increment_active_slots_with_lease_v2_concurrency_limits_increment_with_lease_post import (
    BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePost,
)
from .body_bulk_increment_active_slots_with_lease_v2_concurrency_limits_increment_with_lease_post_mode import (
    BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode,
)
from .body_bulk_set_flow_run_state_flow_runs_bulk_set_state_post import (
    BodyBulkSetFlowRunStateFlowRunsBulkSetStatePost,
)
from .body_count_account_events_events_count_by_countable_post import (
    BodyCountAccountEventsEventsCountByCountablePost,
)
from .body_count_artifacts_artifacts_count_post import (
    BodyCountArtifactsArtifactsCountPost,
)
from .body_count_block_documents_block_documents_count_post import (
    BodyCountBlockDocumentsBlockDocumentsCountPost,
)
from .body_count_deployments_by_flow_ui_flows_count_deployments_post import (
    BodyCountDeploymentsByFlowUiFlowsCountDeploymentsPost,
)
from .body_count_deployments_deployments_count_post import (
    BodyCountDeploymentsDeploymentsCountPost,
)
from .body_count_flow_runs_flow_runs_count_post import (
    BodyCountFlowRunsFlowRunsCountPost,
)
from .body_count_flows_flows_count_post import BodyCountFlowsFlowsCountPost
from .body_count_latest_artifacts_artifacts_latest_count_post import (
    BodyCountLatestArtifactsArtifactsLatestCountPost,
)
from .body_count_task_runs_by_flow_run_ui_flow_runs_count_task_runs_post import (
    BodyCountTaskRunsByFlowRunUiFlowRunsCountTaskRunsPost,
)
from .body_count_task_runs_task_runs_count_post import (
    BodyCountTaskRunsTaskRunsCountPost,
)
from .body_count_variables_variables_count_post import (
    BodyCountVariablesVariablesCountPost,
)
from .body_count_work_pools_work_pools_count_post import (
    BodyCountWorkPoolsWorkPoolsCountPost,
)
from .body_create_flow_run_input_flow_runs_id_input_post import (
    BodyCreateFlowRunInputFlowRunsIdInputPost,
)
from .body_decrement_concurrency_limits_v1_concurrency_limits_decrement_post import (
    BodyDecrementConcurrencyLimitsV1ConcurrencyLimitsDecrementPost,
)
from .body_filter_flow_run_input_flow_runs_id_input_filter_post import (
    BodyFilterFlowRunInputFlowRunsIdInputFilterPost,
)
from .body_flow_run_history_flow_runs_history_post import (
    BodyFlowRunHistoryFlowRunsHistoryPost,
)
from .body_get_scheduled_flow_runs_for_deployments_deployments_get_scheduled_flow_runs_post import (
    BodyGetScheduledFlowRunsForDeploymentsDeploymentsGetScheduledFlowRunsPost,
)
from .body_get_scheduled_flow_runs_work_pools_name_get_scheduled_flow_runs_post import (
    BodyGetScheduledFlowRunsWorkPoolsNameGetScheduledFlowRunsPost,
)
from .body_increment_concurrency_limits_v1_concurrency_limits_increment_post import (
    BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost,
)
from .body_next_runs_by_flow_ui_flows_next_runs_post import (
    BodyNextRunsByFlowUiFlowsNextRunsPost,
)
from .body_paginate_deployments_deployments_paginate_post import (
    BodyPaginateDeploymentsDeploymentsPaginatePost,
)
from .body_paginate_flow_runs_flow_runs_paginate_post import (
    BodyPaginateFlowRunsFlowRunsPaginatePost,
)
from .body_paginate_flows_flows_paginate_post import BodyPaginateFlowsFlowsPaginatePost
from .body_paginate_task_runs_task_runs_paginate_post import (
    BodyPaginateTaskRunsTaskRunsPaginatePost,
)
from .body_read_all_concurrency_limits_v2v2_concurrency_limits_filter_post import (
    BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost,
)
from .body_read_artifacts_artifacts_filter_post import (
    BodyReadArtifactsArtifactsFilterPost,
)
from .body_read_automations_automations_filter_post import (
    BodyReadAutomationsAutomationsFilterPost,
)
from .body_read_block_documents_block_documents_filter_post import (
    BodyReadBlockDocumentsBlockDocumentsFilterPost,
)
from .body_read_block_schemas_block_schemas_filter_post import (
    BodyReadBlockSchemasBlockSchemasFilterPost,
)
from .body_read_block_types_block_types_filter_post import (
    BodyReadBlockTypesBlockTypesFilterPost,
)
from .body_read_concurrency_limits_concurrency_limits_filter_post import (
    BodyReadConcurrencyLimitsConcurrencyLimitsFilterPost,
)
from .body_read_dashboard_task_run_counts_ui_task_runs_dashboard_counts_post import (
    BodyReadDashboardTaskRunCountsUiTaskRunsDashboardCountsPost,
)
from .body_read_deployments_deployments_filter_post import (
    BodyReadDeploymentsDeploymentsFilterPost,
)
from .body_read_events_events_filter_post import BodyReadEventsEventsFilterPost
from .body_read_flow_run_history_ui_flow_runs_history_post import (
    BodyReadFlowRunHistoryUiFlowRunsHistoryPost,
)
from .body_read_flow_runs_flow_runs_filter_post import (
    BodyReadFlowRunsFlowRunsFilterPost,
)
from .body_read_flows_flows_filter_post import BodyReadFlowsFlowsFilterPost
from .body_read_latest_artifacts_artifacts_latest_filter_post import (
    BodyReadLatestArtifactsArtifactsLatestFilterPost,
)
from .body_read_logs_logs_filter_post import BodyReadLogsLogsFilterPost
from .body_read_saved_searches_saved_searches_filter_post import (
    BodyReadSavedSearchesSavedSearchesFilterPost,
)
from .body_read_task_run_counts_by_state_ui_task_runs_count_post import (
    BodyReadTaskRunCountsByStateUiTaskRunsCountPost,
)
from .body_read_task_runs_task_runs_filter_post import (
    BodyReadTaskRunsTaskRunsFilterPost,
)
from .body_read_task_workers_task_workers_filter_post import (
    BodyReadTaskWorkersTaskWorkersFilterPost,
)
from .body_read_variables_variables_filter_post import (
    BodyReadVariablesVariablesFilterPost,
)
from .body_read_work_pool_concurrency_status_work_pools_name_concurrency_status_post import (
    BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost,
)
from .body_read_work_pools_work_pools_filter_post import (
    BodyReadWorkPoolsWorkPoolsFilterPost,
)
from .body_read_work_queue_concurrency_status_work_queues_id_concurrency_status_post import (
    BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost,
)
from .body_read_work_queue_runs_work_queues_id_get_runs_post import (
    BodyReadWorkQueueRunsWorkQueuesIdGetRunsPost,
)
from .body_read_work_queues_work_pools_work_pool_name_queues_filter_post import (
    BodyReadWorkQueuesWorkPoolsWorkPoolNameQueuesFilterPost,
)
from .body_read_work_queues_work_queues_filter_post import (
    BodyReadWorkQueuesWorkQueuesFilterPost,
)
from .body_read_workers_work_pools_work_pool_name_workers_filter_post import (
    BodyReadWorkersWorkPoolsWorkPoolNameWorkersFilterPost,
)
from .body_renew_concurrency_lease_v2_concurrency_limits_leases_lease_id_renew_post import (
    BodyRenewConcurrencyLeaseV2ConcurrencyLimitsLeasesLeaseIdRenewPost,
)
from .body_reset_concurrency_limit_by_tag_concurrency_limits_tag_tag_reset_post import (
    BodyResetConcurrencyLimitByTagConcurrencyLimitsTagTagResetPost,
)
from .body_resume_flow_run_flow_runs_id_resume_post import (
    BodyResumeFlowRunFlowRunsIdResumePost,
)
from .body_resume_flow_run_flow_runs_id_resume_post_run_input_type_0 import (
    BodyResumeFlowRunFlowRunsIdResumePostRunInputType0,
)
from .body_schedule_deployment_deployments_id_schedule_post import (
    BodyScheduleDeploymentDeploymentsIdSchedulePost,
)
from .body_set_flow_run_state_flow_runs_id_set_state_post import (
    BodySetFlowRunStateFlowRunsIdSetStatePost,
)
from .body_set_task_run_state_task_runs_id_set_state_post import (
    BodySetTaskRunStateTaskRunsIdSetStatePost,
)
from .body_task_run_history_task_runs_history_post import (
    BodyTaskRunHistoryTaskRunsHistoryPost,
)
from .body_validate_obj_ui_schemas_validate_post import (
    BodyValidateObjUiSchemasValidatePost,
)
from .body_validate_obj_ui_schemas_validate_post_schema import (
    BodyValidateObjUiSchemasValidatePostSchema,
)
from .body_validate_obj_ui_schemas_validate_post_values import (
    BodyValidateObjUiSchemasValidatePostValues,
)
from .body_worker_heartbeat_work_pools_work_pool_name_workers_heartbeat_post import (
    BodyWorkerHeartbeatWorkPoolsWorkPoolNameWorkersHeartbeatPost,
)
from .call_webhook import CallWebhook
from .cancel_flow_run import CancelFlowRun
from .change_flow_run_state import ChangeFlowRunState
from .cli_settings import CLISettings
from .client_metrics_settings import ClientMetricsSettings
from .client_settings import ClientSettings
from .client_settings_custom_headers import ClientSettingsCustomHeaders
from .cloud_settings import CloudSettings
from .compound_trigger import CompoundTrigger
from .compound_trigger_output import CompoundTriggerOutput
from .compound_trigger_output_require_type_1 import CompoundTriggerOutputRequireType1
from .compound_trigger_require_type_1 import CompoundTriggerRequireType1
from .concurrency_lease_holder import ConcurrencyLeaseHolder
from .concurrency_lease_holder_type import ConcurrencyLeaseHolderType
from .concurrency_limit import ConcurrencyLimit
from .concurrency_limit_create import ConcurrencyLimitCreate
from .concurrency_limit_strategy import ConcurrencyLimitStrategy
from .concurrency_limit_v2 import ConcurrencyLimitV2
from .concurrency_limit_v2_create import ConcurrencyLimitV2Create
from .concurrency_limit_v2_update import ConcurrencyLimitV2Update
from .concurrency_limit_with_lease_response import ConcurrencyLimitWithLeaseResponse
from .concurrency_options import ConcurrencyOptions
from .constant import Constant
from .count_by_state import CountByState
from .countable import Countable
from .created_by import CreatedBy
from .cron_schedule import CronSchedule
from .csrf_token import CsrfToken
from .delete_flow_run import DeleteFlowRun
from .dependency_result import DependencyResult
from .deployment_bulk_delete_response import DeploymentBulkDeleteResponse
from .deployment_create import DeploymentCreate
from .deployment_create_job_variables import DeploymentCreateJobVariables
from .deployment_create_labels_type_0 import DeploymentCreateLabelsType0
from .deployment_create_parameter_openapi_schema_type_0 import (
    DeploymentCreateParameterOpenapiSchemaType0,
)
from .deployment_create_parameters import DeploymentCreateParameters
from .deployment_create_pull_steps_type_0_item import DeploymentCreatePullStepsType0Item
from .deployment_filter import DeploymentFilter
from .deployment_filter_concurrency_limit import DeploymentFilterConcurrencyLimit
from .deployment_filter_id import DeploymentFilterId
from .deployment_filter_name import DeploymentFilterName
from .deployment_filter_paused import DeploymentFilterPaused
from .deployment_filter_tags import DeploymentFilterTags
from .deployment_filter_work_queue_name import DeploymentFilterWorkQueueName
from .deployment_flow_run_create import DeploymentFlowRunCreate
from .deployment_flow_run_create_context import DeploymentFlowRunCreateContext
from .deployment_flow_run_create_job_variables_type_0 import (
    DeploymentFlowRunCreateJobVariablesType0,
)
from .deployment_flow_run_create_labels_type_0 import DeploymentFlowRunCreateLabelsType0
from .deployment_flow_run_create_parameters import DeploymentFlowRunCreateParameters
from .deployment_or_flow_name_filter import DeploymentOrFlowNameFilter
from .deployment_pagination_response import DeploymentPaginationResponse
from .deployment_response import DeploymentResponse
from .deployment_response_job_variables import DeploymentResponseJobVariables
from .deployment_response_labels import DeploymentResponseLabels
from .deployment_response_parameter_openapi_schema_type_0 import (
    DeploymentResponseParameterOpenapiSchemaType0,
)
from .deployment_response_parameters import DeploymentResponseParameters
from .deployment_response_pull_steps_type_0_item import (
    DeploymentResponsePullStepsType0Item,
)
from .deployment_schedule import DeploymentSchedule
from .deployment_schedule_create import DeploymentScheduleCreate
from .deployment_schedule_create_parameters import DeploymentScheduleCreateParameters
from .deployment_schedule_parameters import DeploymentScheduleParameters
from .deployment_schedule_update import DeploymentScheduleUpdate
from .deployment_schedule_update_parameters import DeploymentScheduleUpdateParameters
from .deployment_sort import DeploymentSort
from .deployment_status import DeploymentStatus
from .deployment_update import DeploymentUpdate
from .deployment_update_job_variables_type_0 import DeploymentUpdateJobVariablesType0
from .deployment_update_parameter_openapi_schema_type_0 import (
    DeploymentUpdateParameterOpenapiSchemaType0,
)
from .deployment_update_parameters_type_0 import DeploymentUpdateParametersType0
from .deployment_update_pull_steps_type_0_item import DeploymentUpdatePullStepsType0Item
from .deployments_settings import DeploymentsSettings
from .do_nothing import DoNothing
from .edge import Edge
from .event import Event
from .event_any_resource_filter import EventAnyResourceFilter
from .event_count import EventCount
from .event_filter import EventFilter
from .event_id_filter import EventIDFilter
from .event_name_filter import EventNameFilter
from .event_occurred_filter import EventOccurredFilter
from .event_order import EventOrder
from .event_page import EventPage
from .event_payload import EventPayload
from .event_related_filter import EventRelatedFilter
from .event_resource_filter import EventResourceFilter
from .event_text_filter import EventTextFilter
from .event_trigger import EventTrigger
from .event_trigger_match_related_type_1 import EventTriggerMatchRelatedType1
from .event_trigger_match_related_type_2_item_type_1 import (
    EventTriggerMatchRelatedType2ItemType1,
)
from .event_trigger_match_type_1 import EventTriggerMatchType1
from .event_trigger_posture import EventTriggerPosture
from .events_settings import EventsSettings
from .experiments_settings import ExperimentsSettings
from .flow import Flow
from .flow_bulk_delete_response import FlowBulkDeleteResponse
from .flow_create import FlowCreate
from .flow_create_labels_type_0 import FlowCreateLabelsType0
from .flow_filter import FlowFilter
from .flow_filter_deployment import FlowFilterDeployment
from .flow_filter_id import FlowFilterId
from .flow_filter_name import FlowFilterName
from .flow_filter_tags import FlowFilterTags
from .flow_labels_type_0 import FlowLabelsType0
from .flow_pagination_response import FlowPaginationResponse
from .flow_run import FlowRun
from .flow_run_bulk_create_response import FlowRunBulkCreateResponse
from .flow_run_bulk_delete_response import FlowRunBulkDeleteResponse
from .flow_run_bulk_set_state_response import FlowRunBulkSetStateResponse
from .flow_run_context import FlowRunContext
from .flow_run_create import FlowRunCreate
from .flow_run_create_context import FlowRunCreateContext
from .flow_run_create_job_variables_type_0 import FlowRunCreateJobVariablesType0
from .flow_run_create_labels_type_0 import FlowRunCreateLabelsType0
from .flow_run_create_parameters import FlowRunCreateParameters
from .flow_run_create_result import FlowRunCreateResult
from .flow_run_create_result_status import FlowRunCreateResultStatus
from .flow_run_filter import FlowRunFilter
from .flow_run_filter_created_by import FlowRunFilterCreatedBy
from .flow_run_filter_deployment_id import FlowRunFilterDeploymentId
from .flow_run_filter_end_time import FlowRunFilterEndTime
from .flow_run_filter_expected_start_time import FlowRunFilterExpectedStartTime
from .flow_run_filter_flow_version import FlowRunFilterFlowVersion
from .flow_run_filter_id import FlowRunFilterId
from .flow_run_filter_idempotency_key import FlowRunFilterIdempotencyKey
from .flow_run_filter_name import FlowRunFilterName
from .flow_run_filter_next_scheduled_start_time import (
    FlowRunFilterNextScheduledStartTime,
)
from .flow_run_filter_parent_flow_run_id import FlowRunFilterParentFlowRunId
from .flow_run_filter_parent_task_run_id import FlowRunFilterParentTaskRunId
from .flow_run_filter_start_time import FlowRunFilterStartTime
from .flow_run_filter_state import FlowRunFilterState
from .flow_run_filter_state_name import FlowRunFilterStateName
from .flow_run_filter_state_type import FlowRunFilterStateType
from .flow_run_filter_tags import FlowRunFilterTags
from .flow_run_filter_work_queue_name import FlowRunFilterWorkQueueName
from .flow_run_input import FlowRunInput
from .flow_run_job_variables_type_0 import FlowRunJobVariablesType0
from .flow_run_labels_type_0 import FlowRunLabelsType0
from .flow_run_not_found import FlowRunNotFound
from .flow_run_orchestration_result import FlowRunOrchestrationResult
from .flow_run_pagination_response import FlowRunPaginationResponse
from .flow_run_parameters import FlowRunParameters
from .flow_run_policy import FlowRunPolicy
from .flow_run_policy_retry_type_type_0 import FlowRunPolicyRetryTypeType0
from .flow_run_response import FlowRunResponse
from .flow_run_response_context import FlowRunResponseContext
from .flow_run_response_job_variables_type_0 import FlowRunResponseJobVariablesType0
from .flow_run_response_labels import FlowRunResponseLabels
from .flow_run_response_parameters import FlowRunResponseParameters
from .flow_run_result import FlowRunResult
from .flow_run_slot_summary import FlowRunSlotSummary
from .flow_run_sort import FlowRunSort
from .flow_run_update import FlowRunUpdate
from .flow_run_update_job_variables_type_0 import FlowRunUpdateJobVariablesType0
from .flow_run_update_parameters import FlowRunUpdateParameters
from .flow_sort import FlowSort
from .flow_update import FlowUpdate
from .flows_settings import FlowsSettings
from .global_concurrency_limit_response import GlobalConcurrencyLimitResponse
from .graph import Graph
from .graph_artifact import GraphArtifact
from .graph_state import GraphState
from .history_response import HistoryResponse
from .history_response_state import HistoryResponseState
from .http_validation_error import HTTPValidationError
from .internal_settings import InternalSettings
from .internal_settings_logging_level import InternalSettingsLoggingLevel
from .interval_schedule import IntervalSchedule
from .log import Log
from .log_create import LogCreate
from .log_filter import LogFilter
from .log_filter_flow_run_id import LogFilterFlowRunId
from .log_filter_level import LogFilterLevel
from .log_filter_task_run_id import LogFilterTaskRunId
from .log_filter_text_search import LogFilterTextSearch
from .log_filter_timestamp import LogFilterTimestamp
from .log_sort import LogSort
from .logging_settings import LoggingSettings
from .logging_settings_level import LoggingSettingsLevel
from .logging_to_api_settings import LoggingToAPISettings
from .logging_to_api_settings_when_missing_flow import (
    LoggingToAPISettingsWhenMissingFlow,
)
from .minimal_concurrency_limit_response import MinimalConcurrencyLimitResponse
from .node import Node
from .node_kind import NodeKind
from .operator import Operator
from .orchestration_result import OrchestrationResult
from .parameter import Parameter
from .pause_automation import PauseAutomation
from .pause_automation_source import PauseAutomationSource
from .pause_deployment import PauseDeployment
from .pause_deployment_source import PauseDeploymentSource
from .pause_work_pool import PauseWorkPool
from .pause_work_pool_source import PauseWorkPoolSource
from .pause_work_queue import PauseWorkQueue
from .pause_work_queue_source import PauseWorkQueueSource
from .plugins_settings import PluginsSettings
from .queue_filter import QueueFilter
from .r_rule_schedule import RRuleSchedule
from .read_view_content_collections_views_view_get_response_read_view_content_collections_views_view_get import (
    ReadViewContentCollectionsViewsViewGetResponseReadViewContentCollectionsViewsViewGet,
)
from .received_event import ReceivedEvent
from .received_event_payload import ReceivedEventPayload
from .related_resource import RelatedResource
from .resource import Resource
from .resource_specification import ResourceSpecification
from .results_settings import ResultsSettings
from .resume_automation import ResumeAutomation
from .resume_automation_source import ResumeAutomationSource
from .resume_deployment import ResumeDeployment
from .resume_deployment_source import ResumeDeploymentSource
from .resume_flow_run import ResumeFlowRun
from .resume_work_pool import ResumeWorkPool
from .resume_work_pool_source import ResumeWorkPoolSource
from .resume_work_queue import ResumeWorkQueue
from .resume_work_queue_source import ResumeWorkQueueSource
from .run_deployment import RunDeployment
from .run_deployment_job_variables_type_0 import RunDeploymentJobVariablesType0
from .run_deployment_parameters_type_0 import RunDeploymentParametersType0
from .run_deployment_source import RunDeploymentSource
from .runner_server_settings import RunnerServerSettings
from .runner_server_settings_log_level import RunnerServerSettingsLogLevel
from .runner_settings import RunnerSettings
from .saved_search import SavedSearch
from .saved_search_create import SavedSearchCreate
from .saved_search_filter import SavedSearchFilter
from .schema_value_index_error import SchemaValueIndexError
from .schema_value_property_error import SchemaValuePropertyError
from .schema_values_validation_response import SchemaValuesValidationResponse
from .send_notification import SendNotification
from .sequence_trigger import SequenceTrigger
from .sequence_trigger_output import SequenceTriggerOutput
from .server_api_settings import ServerAPISettings
from .server_concurrency_settings import ServerConcurrencySettings
from .server_database_settings import ServerDatabaseSettings
from .server_database_settings_driver_type_0 import ServerDatabaseSettingsDriverType0
from .server_default_result_storage import ServerDefaultResultStorage
from .server_default_result_storage_update import ServerDefaultResultStorageUpdate
from .server_deployments_settings import ServerDeploymentsSettings
from .server_docket_settings import ServerDocketSettings
from .server_ephemeral_settings import ServerEphemeralSettings
from .server_events_settings import ServerEventsSettings
from .server_flow_run_graph_settings import ServerFlowRunGraphSettings
from .server_logs_settings import ServerLogsSettings
from .server_services_cancellation_cleanup_settings import (
    ServerServicesCancellationCleanupSettings,
)
from .server_services_cleanup_reconciler_settings import (
    ServerServicesCleanupReconcilerSettings,
)
from .server_services_db_vacuum_settings import ServerServicesDBVacuumSettings
from .server_services_db_vacuum_settings_event_retention_overrides import (
    ServerServicesDBVacuumSettingsEventRetentionOverrides,
)
from .server_services_event_logger_settings import ServerServicesEventLoggerSettings
from .server_services_event_persister_settings import (
    ServerServicesEventPersisterSettings,
)
from .server_services_foreman_settings import ServerServicesForemanSettings
from .server_services_late_runs_settings import ServerServicesLateRunsSettings
from .server_services_pause_expirations_settings import (
    ServerServicesPauseExpirationsSettings,
)
from .server_services_repossessor_settings import ServerServicesRepossessorSettings
from .server_services_scheduler_settings import ServerServicesSchedulerSettings
from .server_services_settings import ServerServicesSettings
from .server_services_task_run_recorder_settings import (
    ServerServicesTaskRunRecorderSettings,
)
from .server_services_triggers_settings import ServerServicesTriggersSettings
from .server_settings import ServerSettings
from .server_settings_logging_level import ServerSettingsLoggingLevel
from .server_tasks_scheduling_settings import ServerTasksSchedulingSettings
from .server_tasks_settings import ServerTasksSettings
from .server_ui_settings import ServerUISettings
from .server_worker_channel_settings import ServerWorkerChannelSettings
from .set_state_status import SetStateStatus
from .settings import Settings
from .simple_flow_run import SimpleFlowRun
from .simple_next_flow_run import SimpleNextFlowRun
from .sql_alchemy_connect_args_settings import SQLAlchemyConnectArgsSettings
from .sql_alchemy_settings import SQLAlchemySettings
from .sql_alchemy_tls_settings import SQLAlchemyTLSSettings
from .state import State
from .state_abort_details import StateAbortDetails
from .state_accept_details import StateAcceptDetails
from .state_create import StateCreate
from .state_details import StateDetails
from .state_details_run_input_keyset_type_0 import StateDetailsRunInputKeysetType0
from .state_reject_details import StateRejectDetails
from .state_type import StateType
from .state_wait_details import StateWaitDetails
from .suspend_flow_run import SuspendFlowRun
from .task_run import TaskRun
from .task_run_count import TaskRunCount
from .task_run_create import TaskRunCreate
from .task_run_create_labels_type_0 import TaskRunCreateLabelsType0
from .task_run_create_task_inputs import TaskRunCreateTaskInputs
from .task_run_filter import TaskRunFilter
from .task_run_filter_end_time import TaskRunFilterEndTime
from .task_run_filter_expected_start_time import TaskRunFilterExpectedStartTime
from .task_run_filter_flow_run_id import TaskRunFilterFlowRunId
from .task_run_filter_id import TaskRunFilterId
from .task_run_filter_name import TaskRunFilterName
from .task_run_filter_start_time import TaskRunFilterStartTime
from .task_run_filter_state import TaskRunFilterState
from .task_run_filter_state_name import TaskRunFilterStateName
from .task_run_filter_state_type import TaskRunFilterStateType
from .task_run_filter_sub_flow_runs import TaskRunFilterSubFlowRuns
from .task_run_filter_tags import TaskRunFilterTags
from .task_run_labels_type_0 import TaskRunLabelsType0
from .task_run_pagination_response import TaskRunPaginationResponse
from .task_run_policy import TaskRunPolicy
from .task_run_response import TaskRunResponse
from .task_run_response_task_inputs import TaskRunResponseTaskInputs
from .task_run_result import TaskRunResult
from .task_run_sort import TaskRunSort
from .task_run_task_inputs import TaskRunTaskInputs
from .task_run_update import TaskRunUpdate
from .task_worker_filter import TaskWorkerFilter
from .task_worker_response import TaskWorkerResponse
from .tasks_runner_settings import TasksRunnerSettings
from .tasks_scheduling_settings import TasksSchedulingSettings
from .tasks_settings import TasksSettings
from .telemetry_settings import TelemetrySettings
from .testing_settings import TestingSettings
from .time_unit import TimeUnit
from .ui_task_run import UITaskRun
from .ui_task_run_labels_type_0 import UITaskRunLabelsType0
from .ui_task_run_task_inputs import UITaskRunTaskInputs
from .update_flow_run_labels_flow_runs_id_labels_patch_labels import (
    UpdateFlowRunLabelsFlowRunsIdLabelsPatchLabels,
)
from .updated_by import UpdatedBy
from .validation_error import ValidationError
from .validation_error_context import ValidationErrorContext
from .variable import Variable
from .variable_create import VariableCreate
from .variable_create_value_type_4 import VariableCreateValueType4
from .variable_filter import VariableFilter
from .variable_filter_id import VariableFilterId
from .variable_filter_name import VariableFilterName
from .variable_filter_tags import VariableFilterTags
from .variable_sort import VariableSort
from .variable_update import VariableUpdate
from .variable_update_value_type_4 import VariableUpdateValueType4
from .variable_value_type_4 import VariableValueType4
from .version_info import VersionInfo
from .work_pool_concurrency_status import WorkPoolConcurrencyStatus
from .work_pool_create import WorkPoolCreate
from .work_pool_create_base_job_template import WorkPoolCreateBaseJobTemplate
from .work_pool_filter import WorkPoolFilter
from .work_pool_filter_id import WorkPoolFilterId
from .work_pool_filter_name import WorkPoolFilterName
from .work_pool_filter_type import WorkPoolFilterType
from .work_pool_response import WorkPoolResponse
from .work_pool_response_base_job_template import WorkPoolResponseBaseJobTemplate
from .work_pool_status import WorkPoolStatus
from .work_pool_storage_configuration import WorkPoolStorageConfiguration
from .work_pool_storage_configuration_bundle_execution_step_type_0 import (
    WorkPoolStorageConfigurationBundleExecutionStepType0,
)
from .work_pool_storage_configuration_bundle_upload_step_type_0 import (
    WorkPoolStorageConfigurationBundleUploadStepType0,
)
from .work_pool_update import WorkPoolUpdate
from .work_pool_update_base_job_template_type_0 import (
    WorkPoolUpdateBaseJobTemplateType0,
)
from .work_queue import WorkQueue
from .work_queue_concurrency_status import WorkQueueConcurrencyStatus
from .work_queue_concurrency_status_detail import WorkQueueConcurrencyStatusDetail
from .work_queue_create import WorkQueueCreate
from .work_queue_filter import WorkQueueFilter
from .work_queue_filter_id import WorkQueueFilterId
from .work_queue_filter_name import WorkQueueFilterName
from .work_queue_health_policy import WorkQueueHealthPolicy
from .work_queue_response import WorkQueueResponse
from .work_queue_status import WorkQueueStatus
from .work_queue_status_detail import WorkQueueStatusDetail
from .work_queue_update import WorkQueueUpdate
from .worker_filter import WorkerFilter
from .worker_filter_last_heartbeat_time import WorkerFilterLastHeartbeatTime
from .worker_filter_status import WorkerFilterStatus
from .worker_flow_run_response import WorkerFlowRunResponse
from .worker_response import WorkerResponse
from .worker_settings import WorkerSettings
from .worker_status import WorkerStatus
from .worker_webserver_settings import WorkerWebserverSettings

__all__ = (
    "APISettings",
    "Artifact",
    "ArtifactCollection",
    "ArtifactCollectionDataType0",
    "ArtifactCollectionFilter",
    "ArtifactCollectionFilterFlowRunId",
    "ArtifactCollectionFilterKey",
    "ArtifactCollectionFilterLatestId",
    "ArtifactCollectionFilterTaskRunId",
    "ArtifactCollectionFilterType",
    "ArtifactCollectionMetadataType0",
    "ArtifactCollectionSort",
    "ArtifactCreate",
    "ArtifactCreateDataType0",
    "ArtifactCreateMetadataType0",
    "ArtifactDataType0",
    "ArtifactFilter",
    "ArtifactFilterFlowRunId",
    "ArtifactFilterId",
    "ArtifactFilterKey",
    "ArtifactFilterTaskRunId",
    "ArtifactFilterType",
    "ArtifactMetadataType0",
    "ArtifactSort",
    "ArtifactUpdate",
    "ArtifactUpdateDataType0",
    "ArtifactUpdateMetadataType0",
    "Automation",
    "AutomationCreate",
    "AutomationFilter",
    "AutomationFilterCreated",
    "AutomationFilterName",
    "AutomationFilterTags",
    "AutomationPartialUpdate",
    "AutomationSort",
    "AutomationUpdate",
    "BlockDocument",
    "BlockDocumentBlockDocumentReferences",
    "BlockDocumentBlockDocumentReferencesAdditionalProperty",
    "BlockDocumentCreate",
    "BlockDocumentCreateData",
    "BlockDocumentData",
    "BlockDocumentFilter",
    "BlockDocumentFilterBlockTypeId",
    "BlockDocumentFilterId",
    "BlockDocumentFilterIsAnonymous",
    "BlockDocumentFilterName",
    "BlockDocumentSort",
    "BlockDocumentUpdate",
    "BlockDocumentUpdateData",
    "BlockSchema",
    "BlockSchemaCreate",
    "BlockSchemaCreateFields",
    "BlockSchemaFields",
    "BlockSchemaFilter",
    "BlockSchemaFilterBlockTypeId",
    "BlockSchemaFilterCapabilities",
    "BlockSchemaFilterId",
    "BlockSchemaFilterVersion",
    "BlockType",
    "BlockTypeCreate",
    "BlockTypeFilter",
    "BlockTypeFilterName",
    "BlockTypeFilterSlug",
    "BlockTypeUpdate",
    "BodyAverageFlowRunLatenessFlowRunsLatenessPost",
    "BodyBulkDecrementActiveSlotsV2ConcurrencyLimitsDecrementPost",
    "BodyBulkDecrementActiveSlotsWithLeaseV2ConcurrencyLimitsDecrementWithLeasePost",
    "BodyBulkDeleteDeploymentsDeploymentsBulkDeletePost",
    "BodyBulkDeleteFlowRunsFlowRunsBulkDeletePost",
    "BodyBulkDeleteFlowsFlowsBulkDeletePost",
    "BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPost",
    "BodyBulkIncrementActiveSlotsV2ConcurrencyLimitsIncrementPostMode",
    "BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePost",
    "BodyBulkIncrementActiveSlotsWithLeaseV2ConcurrencyLimitsIncrementWithLeasePostMode",
    "BodyBulkSetFlowRunStateFlowRunsBulkSetStatePost",
    "BodyCountAccountEventsEventsCountByCountablePost",
    "BodyCountArtifactsArtifactsCountPost",
    "BodyCountBlockDocumentsBlockDocumentsCountPost",
    "BodyCountDeploymentsByFlowUiFlowsCountDeploymentsPost",
    "BodyCountDeploymentsDeploymentsCountPost",
    "BodyCountFlowRunsFlowRunsCountPost",
    "BodyCountFlowsFlowsCountPost",
    "BodyCountLatestArtifactsArtifactsLatestCountPost",
    "BodyCountTaskRunsByFlowRunUiFlowRunsCountTaskRunsPost",
    "BodyCountTaskRunsTaskRunsCountPost",
    "BodyCountVariablesVariablesCountPost",
    "BodyCountWorkPoolsWorkPoolsCountPost",
    "BodyCreateFlowRunInputFlowRunsIdInputPost",
    "BodyDecrementConcurrencyLimitsV1ConcurrencyLimitsDecrementPost",
    "BodyFilterFlowRunInputFlowRunsIdInputFilterPost",
    "BodyFlowRunHistoryFlowRunsHistoryPost",
    "BodyGetScheduledFlowRunsForDeploymentsDeploymentsGetScheduledFlowRunsPost",
    "BodyGetScheduledFlowRunsWorkPoolsNameGetScheduledFlowRunsPost",
    "BodyIncrementConcurrencyLimitsV1ConcurrencyLimitsIncrementPost",
    "BodyNextRunsByFlowUiFlowsNextRunsPost",
    "BodyPaginateDeploymentsDeploymentsPaginatePost",
    "BodyPaginateFlowRunsFlowRunsPaginatePost",
    "BodyPaginateFlowsFlowsPaginatePost",
    "BodyPaginateTaskRunsTaskRunsPaginatePost",
    "BodyReadAllConcurrencyLimitsV2V2ConcurrencyLimitsFilterPost",
    "BodyReadArtifactsArtifactsFilterPost",
    "BodyReadAutomationsAutomationsFilterPost",
    "BodyReadBlockDocumentsBlockDocumentsFilterPost",
    "BodyReadBlockSchemasBlockSchemasFilterPost",
    "BodyReadBlockTypesBlockTypesFilterPost",
    "BodyReadConcurrencyLimitsConcurrencyLimitsFilterPost",
    "BodyReadDashboardTaskRunCountsUiTaskRunsDashboardCountsPost",
    "BodyReadDeploymentsDeploymentsFilterPost",
    "BodyReadEventsEventsFilterPost",
    "BodyReadFlowRunHistoryUiFlowRunsHistoryPost",
    "BodyReadFlowRunsFlowRunsFilterPost",
    "BodyReadFlowsFlowsFilterPost",
    "BodyReadLatestArtifactsArtifactsLatestFilterPost",
    "BodyReadLogsLogsFilterPost",
    "BodyReadSavedSearchesSavedSearchesFilterPost",
    "BodyReadTaskRunCountsByStateUiTaskRunsCountPost",
    "BodyReadTaskRunsTaskRunsFilterPost",
    "BodyReadTaskWorkersTaskWorkersFilterPost",
    "BodyReadVariablesVariablesFilterPost",
    "BodyReadWorkPoolConcurrencyStatusWorkPoolsNameConcurrencyStatusPost",
    "BodyReadWorkPoolsWorkPoolsFilterPost",
    "BodyReadWorkQueueConcurrencyStatusWorkQueuesIdConcurrencyStatusPost",
    "BodyReadWorkQueueRunsWorkQueuesIdGetRunsPost",
    "BodyReadWorkQueuesWorkPoolsWorkPoolNameQueuesFilterPost",
    "BodyReadWorkQueuesWorkQueuesFilterPost",
    "BodyReadWorkersWorkPoolsWorkPoolNameWorkersFilterPost",
    "BodyRenewConcurrencyLeaseV2ConcurrencyLimitsLeasesLeaseIdRenewPost",
    "BodyResetConcurrencyLimitByTagConcurrencyLimitsTagTagResetPost",
    "BodyResumeFlowRunFlowRunsIdResumePost",
    "BodyResumeFlowRunFlowRunsIdResumePostRunInputType0",
    "BodyScheduleDeploymentDeploymentsIdSchedulePost",
    "BodySetFlowRunStateFlowRunsIdSetStatePost",
    "BodySetTaskRunStateTaskRunsIdSetStatePost",
    "BodyTaskRunHistoryTaskRunsHistoryPost",
    "BodyValidateObjUiSchemasValidatePost",
    "BodyValidateObjUiSchemasValidatePostSchema",
    "BodyValidateObjUiSchemasValidatePostValues",
    "BodyWorkerHeartbeatWorkPoolsWorkPoolNameWorkersHeartbeatPost",
    "CLISettings",
    "CallWebhook",
    "CancelFlowRun",
    "ChangeFlowRunState",
    "ClientMetricsSettings",
    "ClientSettings",
    "ClientSettingsCustomHeaders",
    "CloudSettings",
    "CompoundTrigger",
    "CompoundTriggerOutput",
    "CompoundTriggerOutputRequireType1",
    "CompoundTriggerRequireType1",
    "ConcurrencyLeaseHolder",
    "ConcurrencyLeaseHolderType",
    "ConcurrencyLimit",
    "ConcurrencyLimitCreate",
    "ConcurrencyLimitStrategy",
    "ConcurrencyLimitV2",
    "ConcurrencyLimitV2Create",
    "ConcurrencyLimitV2Update",
    "ConcurrencyLimitWithLeaseResponse",
    "ConcurrencyOptions",
    "Constant",
    "CountByState",
    "Countable",
    "CreatedBy",
    "CronSchedule",
    "CsrfToken",
    "DeleteFlowRun",
    "DependencyResult",
    "DeploymentBulkDeleteResponse",
    "DeploymentCreate",
    "DeploymentCreateJobVariables",
    "DeploymentCreateLabelsType0",
    "DeploymentCreateParameterOpenapiSchemaType0",
    "DeploymentCreateParameters",
    "DeploymentCreatePullStepsType0Item",
    "DeploymentFilter",
    "DeploymentFilterConcurrencyLimit",
    "DeploymentFilterId",
    "DeploymentFilterName",
    "DeploymentFilterPaused",
    "DeploymentFilterTags",
    "DeploymentFilterWorkQueueName",
    "DeploymentFlowRunCreate",
    "DeploymentFlowRunCreateContext",
    "DeploymentFlowRunCreateJobVariablesType0",
    "DeploymentFlowRunCreateLabelsType0",
    "DeploymentFlowRunCreateParameters",
    "DeploymentOrFlowNameFilter",
    "DeploymentPaginationResponse",
    "DeploymentResponse",
    "DeploymentResponseJobVariables",
    "DeploymentResponseLabels",
    "DeploymentResponseParameterOpenapiSchemaType0",
    "DeploymentResponseParameters",
    "DeploymentResponsePullStepsType0Item",
    "DeploymentSchedule",
    "DeploymentScheduleCreate",
    "DeploymentScheduleCreateParameters",
    "DeploymentScheduleParameters",
    "DeploymentScheduleUpdate",
    "DeploymentScheduleUpdateParameters",
    "DeploymentSort",
    "DeploymentStatus",
    "DeploymentUpdate",
    "DeploymentUpdateJobVariablesType0",
    "DeploymentUpdateParameterOpenapiSchemaType0",
    "DeploymentUpdateParametersType0",
    "DeploymentUpdatePullStepsType0Item",
    "DeploymentsSettings",
    "DoNothing",
    "Edge",
    "Event",
    "EventAnyResourceFilter",
    "EventCount",
    "EventFilter",
    "EventIDFilter",
    "EventNameFilter",
    "EventOccurredFilter",
    "EventOrder",
    "EventPage",
    "EventPayload",
    "EventRelatedFilter",
    "EventResourceFilter",
    "EventTextFilter",
    "EventTrigger",
    "EventTriggerMatchRelatedType1",
    "EventTriggerMatchRelatedType2ItemType1",
    "EventTriggerMatchType1",
    "EventTriggerPosture",
    "EventsSettings",
    "ExperimentsSettings",
    "Flow",
    "FlowBulkDeleteResponse",
    "FlowCreate",
    "FlowCreateLabelsType0",
    "FlowFilter",
    "FlowFilterDeployment",
    "FlowFilterId",
    "FlowFilterName",
    "FlowFilterTags",
    "FlowLabelsType0",
    "FlowPaginationResponse",
    "FlowRun",
    "FlowRunBulkCreateResponse",
    "FlowRunBulkDeleteResponse",
    "FlowRunBulkSetStateResponse",
    "FlowRunContext",
    "FlowRunCreate",
    "FlowRunCreateContext",
    "FlowRunCreateJobVariablesType0",
    "FlowRunCreateLabelsType0",
    "FlowRunCreateParameters",
    "FlowRunCreateResult",
    "FlowRunCreateResultStatus",
    "FlowRunFilter",
    "FlowRunFilterCreatedBy",
    "FlowRunFilterDeploymentId",
    "FlowRunFilterEndTime",
    "FlowRunFilterExpectedStartTime",
    "FlowRunFilterFlowVersion",
    "FlowRunFilterId",
    "FlowRunFilterIdempotencyKey",
    "FlowRunFilterName",
    "FlowRunFilterNextScheduledStartTime",
    "FlowRunFilterParentFlowRunId",
    "FlowRunFilterParentTaskRunId",
    "FlowRunFilterStartTime",
    "FlowRunFilterState",
    "FlowRunFilterStateName",
    "FlowRunFilterStateType",
    "FlowRunFilterTags",
    "FlowRunFilterWorkQueueName",
    "FlowRunInput",
    "FlowRunJobVariablesType0",
    "FlowRunLabelsType0",
    "FlowRunNotFound",
    "FlowRunOrchestrationResult",
    "FlowRunPaginationResponse",
    "FlowRunParameters",
    "FlowRunPolicy",
    "FlowRunPolicyRetryTypeType0",
    "FlowRunResponse",
    "FlowRunResponseContext",
    "FlowRunResponseJobVariablesType0",
    "FlowRunResponseLabels",
    "FlowRunResponseParameters",
    "FlowRunResult",
    "FlowRunSlotSummary",
    "FlowRunSort",
    "FlowRunUpdate",
    "FlowRunUpdateJobVariablesType0",
    "FlowRunUpdateParameters",
    "FlowSort",
    "FlowUpdate",
    "FlowsSettings",
    "GlobalConcurrencyLimitResponse",
    "Graph",
    "GraphArtifact",
    "GraphState",
    "HTTPValidationError",
    "HistoryResponse",
    "HistoryResponseState",
    "InternalSettings",
    "InternalSettingsLoggingLevel",
    "IntervalSchedule",
    "Log",
    "LogCreate",
    "LogFilter",
    "LogFilterFlowRunId",
    "LogFilterLevel",
    "LogFilterTaskRunId",
    "LogFilterTextSearch",
    "LogFilterTimestamp",
    "LogSort",
    "LoggingSettings",
    "LoggingSettingsLevel",
    "LoggingToAPISettings",
    "LoggingToAPISettingsWhenMissingFlow",
    "MinimalConcurrencyLimitResponse",
    "Node",
    "NodeKind",
    "Operator",
    "OrchestrationResult",
    "Parameter",
    "PauseAutomation",
    "PauseAutomationSource",
    "PauseDeployment",
    "PauseDeploymentSource",
    "PauseWorkPool",
    "PauseWorkPoolSource",
    "PauseWorkQueue",
    "PauseWorkQueueSource",
    "PluginsSettings",
    "QueueFilter",
    "RRuleSchedule",
    "ReadViewContentCollectionsViewsViewGetResponseReadViewContentCollectionsViewsViewGet",
    "ReceivedEvent",
    "ReceivedEventPayload",
    "RelatedResource",
    "Resource",
    "ResourceSpecification",
    "ResultsSettings",
    "ResumeAutomation",
    "ResumeAutomationSource",
    "ResumeDeployment",
    "ResumeDeploymentSource",
    "ResumeFlowRun",
    "ResumeWorkPool",
    "ResumeWorkPoolSource",
    "ResumeWorkQueue",
    "ResumeWorkQueueSource",
    "RunDeployment",
    "RunDeploymentJobVariablesType0",
    "RunDeploymentParametersType0",
    "RunDeploymentSource",
    "RunnerServerSettings",
    "RunnerServerSettingsLogLevel",
    "RunnerSettings",
    "SQLAlchemyConnectArgsSettings",
    "SQLAlchemySettings",
    "SQLAlchemyTLSSettings",
    "SavedSearch",
    "SavedSearchCreate",
    "SavedSearchFilter",
    "SchemaValueIndexError",
    "SchemaValuePropertyError",
    "SchemaValuesValidationResponse",
    "SendNotification",
    "SequenceTrigger",
    "SequenceTriggerOutput",
    "ServerAPISettings",
    "ServerConcurrencySettings",
    "ServerDatabaseSettings",
    "ServerDatabaseSettingsDriverType0",
    "ServerDefaultResultStorage",
    "ServerDefaultResultStorageUpdate",
    "ServerDeploymentsSettings",
    "ServerDocketSettings",
    "ServerEphemeralSettings",
    "ServerEventsSettings",
    "ServerFlowRunGraphSettings",
    "ServerLogsSettings",
    "ServerServicesCancellationCleanupSettings",
    "ServerServicesCleanupReconcilerSettings",
    "ServerServicesDBVacuumSettings",
    "ServerServicesDBVacuumSettingsEventRetentionOverrides",
    "ServerServicesEventLoggerSettings",
    "ServerServicesEventPersisterSettings",
    "ServerServicesForemanSettings",
    "ServerServicesLateRunsSettings",
    "ServerServicesPauseExpirationsSettings",
    "ServerServicesRepossessorSettings",
    "ServerServicesSchedulerSettings",
    "ServerServicesSettings",
    "ServerServicesTaskRunRecorderSettings",
    "ServerServicesTriggersSettings",
    "ServerSettings",
    "ServerSettingsLoggingLevel",
    "ServerTasksSchedulingSettings",
    "ServerTasksSettings",
    "ServerUISettings",
    "ServerWorkerChannelSettings",
    "SetStateStatus",
    "Settings",
    "SimpleFlowRun",
    "SimpleNextFlowRun",
    "State",
    "StateAbortDetails",
    "StateAcceptDetails",
    "StateCreate",
    "StateDetails",
    "StateDetailsRunInputKeysetType0",
    "StateRejectDetails",
    "StateType",
    "StateWaitDetails",
    "SuspendFlowRun",
    "TaskRun",
    "TaskRunCount",
    "TaskRunCreate",
    "TaskRunCreateLabelsType0",
    "TaskRunCreateTaskInputs",
    "TaskRunFilter",
    "TaskRunFilterEndTime",
    "TaskRunFilterExpectedStartTime",
    "TaskRunFilterFlowRunId",
    "TaskRunFilterId",
    "TaskRunFilterName",
    "TaskRunFilterStartTime",
    "TaskRunFilterState",
    "TaskRunFilterStateName",
    "TaskRunFilterStateType",
    "TaskRunFilterSubFlowRuns",
    "TaskRunFilterTags",
    "TaskRunLabelsType0",
    "TaskRunPaginationResponse",
    "TaskRunPolicy",
    "TaskRunResponse",
    "TaskRunResponseTaskInputs",
    "TaskRunResult",
    "TaskRunSort",
    "TaskRunTaskInputs",
    "TaskRunUpdate",
    "TaskWorkerFilter",
    "TaskWorkerResponse",
    "TasksRunnerSettings",
    "TasksSchedulingSettings",
    "TasksSettings",
    "TelemetrySettings",
    "TestingSettings",
    "TimeUnit",
    "UITaskRun",
    "UITaskRunLabelsType0",
    "UITaskRunTaskInputs",
    "UpdateFlowRunLabelsFlowRunsIdLabelsPatchLabels",
    "UpdatedBy",
    "ValidationError",
    "ValidationErrorContext",
    "Variable",
    "VariableCreate",
    "VariableCreateValueType4",
    "VariableFilter",
    "VariableFilterId",
    "VariableFilterName",
    "VariableFilterTags",
    "VariableSort",
    "VariableUpdate",
    "VariableUpdateValueType4",
    "VariableValueType4",
    "VersionInfo",
    "WorkPoolConcurrencyStatus",
    "WorkPoolCreate",
    "WorkPoolCreateBaseJobTemplate",
    "WorkPoolFilter",
    "WorkPoolFilterId",
    "WorkPoolFilterName",
    "WorkPoolFilterType",
    "WorkPoolResponse",
    "WorkPoolResponseBaseJobTemplate",
    "WorkPoolStatus",
    "WorkPoolStorageConfiguration",
    "WorkPoolStorageConfigurationBundleExecutionStepType0",
    "WorkPoolStorageConfigurationBundleUploadStepType0",
    "WorkPoolUpdate",
    "WorkPoolUpdateBaseJobTemplateType0",
    "WorkQueue",
    "WorkQueueConcurrencyStatus",
    "WorkQueueConcurrencyStatusDetail",
    "WorkQueueCreate",
    "WorkQueueFilter",
    "WorkQueueFilterId",
    "WorkQueueFilterName",
    "WorkQueueHealthPolicy",
    "WorkQueueResponse",
    "WorkQueueStatus",
    "WorkQueueStatusDetail",
    "WorkQueueUpdate",
    "WorkerFilter",
    "WorkerFilterLastHeartbeatTime",
    "WorkerFilterStatus",
    "WorkerFlowRunResponse",
    "WorkerResponse",
    "WorkerSettings",
    "WorkerStatus",
    "WorkerWebserverSettings",
)
