"""A bounded fuzz run of the API from its own OpenAPI document (schemathesis): no server errors, no broken responses.

Each operation gets a bounded number of generated requests (valid and invalid values alike); every response must be a
documented status with a documented body, and none may be a server error.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = pytest.mark.slow

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 40


def fuzz_operation(operation: schemathesis.APIOperation, base_url: str, calls: dict[str, int]) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def fuzz(case: schemathesis.Case) -> None:
        case.call_and_validate(base_url=base_url, checks=CHECKS)
        calls[operation.label] = calls.get(operation.label, 0) + 1

    fuzz()


def test_api_never_fails(records_server: str) -> None:
    schema = schemathesis.openapi.from_url(f"{records_server}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    calls: dict[str, int] = {}
    for operation in operations:
        fuzz_operation(operation, records_server, calls)
    assert len(calls) == len(operations) and all(n >= 1 for n in calls.values())
    assert sum(calls.values()) >= 5 * EXAMPLES  # operations with parameters got many different requests
