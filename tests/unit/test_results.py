"""Runs and results as researchers read them: decoding, run facts, dict access."""

from __future__ import annotations

import base64
import datetime
import json
from typing import Any

import pandas
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from vantage6_server_api.models import Result, Run

from tests.conformance import Spec
from tests.contract.spec_mock import SpecMock
from vantage6_client import DecryptionError
from vantage6_client._crypto import RSACryptor
from vantage6_client._payloads import PlainCryptor
from vantage6_client._results import (
    AlgorithmRun,
    RunLookup,
    TaskResult,
    TaskResults,
    decode,
    decode_stream,
)

PLAIN = PlainCryptor()
STARTED = "2026-11-30T10:00:00+00:00"
FINISHED = "2026-11-30T10:05:00+00:00"


def b64(value: Any) -> str:
    return base64.b64encode(json.dumps(value).encode()).decode()


def link(id_: int, path: str = "x") -> dict[str, Any]:
    return {"id": id_, "link": f"/api/{path}/{id_}", "methods": ["GET"]}


def run(
    id_: int,
    organization: int | None,
    status: str | None = "completed",
    input_: str | None = None,
    **more: Any,
) -> Run:
    data = {
        "id": id_,
        "assigned_at": STARTED,
        "blob_storage_used": False,
        "cleanup_at": None,
        "finished_at": FINISHED,
        "started_at": STARTED,
        "input": input_,
        "log": f"log of {id_}",
        "node": {"id": 40 + id_},
        "organization": link(organization, "organization") if organization else None,
        "ports": [],
        "results": link(id_, "result"),
        "status": status,
        "task": link(9, "task"),
    }
    return Run.from_dict(data | more)


def algorithm_run(id_: int, organization: int, status: str = "completed") -> Any:
    return AlgorithmRun.of(run(id_, organization, status), PLAIN)


def result(
    id_: int, value: Any, task: int | None = 9, blob: bool | None = None
) -> Result:
    return Result.from_dict(
        {
            "id": id_,
            "blob_storage_used": blob,
            "cleanup_at": None,
            "result": value,
            "run": link(id_, "run"),
            "task": link(task, "task") if task else None,
        }
    )


class Runs:
    def __init__(self, *runs: Any) -> None:
        self.runs = runs
        self.fetched = 0

    def __call__(self) -> Any:
        self.fetched += 1
        return self.runs


# -- decoding ----------------------------------------------------------------
def test_decode_reads_base64_of_json_and_nothing_as_none() -> None:
    assert decode(PLAIN, b64({"a": [1]})) == {"a": [1]}
    assert decode(PLAIN, None) is None
    assert decode(PLAIN, "") is None


NEEDS_A_KEY = (
    "the data is encrypted: call setup_encryption with your organization's "
    "private key first"
)


def test_an_encrypted_field_needs_a_key_set_up() -> None:
    with pytest.raises(DecryptionError) as raised:
        decode(PLAIN, "key$iv$data", run_id=3, organization_id=4)
    assert raised.value.reason == NEEDS_A_KEY
    assert (raised.value.run_id, raised.value.organization_id) == (3, 4)


@pytest.fixture(scope="module")
def cryptor() -> RSACryptor:
    return RSACryptor(rsa.generate_private_key(public_exponent=65537, key_size=2048))


@pytest.mark.parametrize("size", [1, 5, 2048, 100_000])
def test_decode_stream_decrypts_the_text_form_in_pieces(
    cryptor: RSACryptor, size: int
) -> None:
    value = {"numbers": list(range(2000))}
    text = cryptor.encrypt(json.dumps(value).encode(), cryptor.public_key).encode()
    pieces = [text[i : i + size] for i in range(0, len(text), size)]
    assert decode_stream(cryptor, iter(pieces)) == value
    assert decode(cryptor, text.decode()) == value


@pytest.mark.parametrize("text", ["not base64!", b64("x")[:-2] + "%%", "bm90IGpzb24="])
def test_what_cannot_be_read_is_a_decryption_error_naming_the_run(text: str) -> None:
    with pytest.raises(DecryptionError) as raised:
        decode(PLAIN, text, run_id=5, organization_id=6)
    assert (raised.value.run_id, raised.value.organization_id) == (5, 6)


@pytest.mark.parametrize("size", [1, 3, 7, 2048, 4096])
def test_decode_stream_reads_pieces_of_any_size(size: int) -> None:
    value = {"numbers": list(range(1500)), "text": "é" * 300}
    text = b64(value).encode()
    pieces = [text[i : i + size] for i in range(0, len(text), size)]
    assert decode_stream(PLAIN, iter(pieces)) == value


def test_decode_stream_of_nothing_is_none() -> None:
    assert decode_stream(PLAIN, iter([])) is None
    assert decode_stream(PLAIN, iter([b""])) is None


def test_decode_stream_of_an_encrypted_field_needs_a_key() -> None:
    with pytest.raises(DecryptionError) as raised:
        decode_stream(PLAIN, iter([b"key$", b"iv$data"]))
    assert raised.value.reason == NEEDS_A_KEY


def test_decode_stream_of_what_is_not_a_payload_is_a_decryption_error() -> None:
    with pytest.raises(DecryptionError):
        decode_stream(PLAIN, iter([base64.b64encode(b"\xff\xfe not json")]))


# -- run lookup --------------------------------------------------------------
def test_runs_are_fetched_once_on_first_use() -> None:
    runs = Runs(algorithm_run(1, 11), algorithm_run(2, 12))
    lookup = RunLookup(runs)
    assert runs.fetched == 0
    first = lookup(1)
    assert first is not None
    assert first.organization_id == 11
    assert lookup(3) is None
    assert runs.fetched == 1


# -- one result --------------------------------------------------------------
def test_a_result_reads_its_run_facts_through_the_lookup() -> None:
    runs = Runs(algorithm_run(1, 11, "failed"))
    made = TaskResult.of(result(1, "ignored"), {"mean": 2}, RunLookup(runs))
    assert (made.id, made.result, made.task_id) == (1, {"mean": 2}, 9)
    assert made.blob_storage_used is None
    assert runs.fetched == 0
    assert made.organization_id == 11
    assert made.status == "failed"
    assert made.log == "log of 1"
    assert made.started_at == datetime.datetime.fromisoformat(STARTED)
    assert made.finished_at == datetime.datetime.fromisoformat(FINISHED)
    assert made.run is not None
    assert runs.fetched == 1


def test_a_result_without_runs_has_no_run_facts() -> None:
    made = TaskResult(id=1, result=None)
    assert made.run is None
    assert (made.organization_id, made.status, made.log) == (None, None, None)
    assert (made.started_at, made.finished_at) == (None, None)


def test_a_result_reads_like_the_official_dict() -> None:
    runs = Runs(algorithm_run(4, 11))
    made = TaskResult.of(result(4, None, task=9), [1, 2], RunLookup(runs))
    assert made["result"] == "[1, 2]"  # the JSON text, as the official dict has it
    assert made.result == [1, 2]
    assert made["id"] == 4
    assert made["task"] == {"id": 9}
    assert made["run"] == {"id": 4}
    assert made.get("blob_storage_used", "absent") is None
    assert runs.fetched == 0  # none of that needs the run
    assert "status" in made
    assert "nonsense" not in made
    assert made.get("nonsense", "absent") == "absent"
    assert list(made) == list(made.keys())
    assert len(made) == len(list(made)) == 10
    assert runs.fetched == 0
    assert made["status"] == "completed"
    assert made["organization"] == {"id": 11}
    assert runs.fetched == 1
    assert made.to_dict() == {
        "id": 4,
        "result": "[1, 2]",
        "task": {"id": 9},
        "run": {"id": 4},
        "blob_storage_used": None,
        "organization": {"id": 11},
        "status": "completed",
        "log": "log of 4",
        "started_at": STARTED,
        "finished_at": FINISHED,
    }
    with pytest.raises(KeyError):
        made["nonsense"]


@pytest.mark.parametrize("blob", [True, False, None])
def test_a_result_says_whether_it_used_blob_storage(blob: bool | None) -> None:
    assert TaskResult.of(result(4, None, blob=blob), 1, None).blob_storage_used is blob


def test_a_result_of_no_task_and_no_run_has_none_in_its_dict() -> None:
    made = TaskResult.of(result(4, None, task=None), 1, None)
    assert made["task"] is None
    assert made.to_dict()["organization"] is None
    assert made.to_dict()["started_at"] is None


# -- all results of a task ---------------------------------------------------
def test_task_results_are_a_sequence_and_the_official_envelope() -> None:
    lookup = RunLookup(Runs(algorithm_run(1, 11), algorithm_run(2, 12)))
    first = TaskResult.of(result(1, None), "a", lookup)
    second = TaskResult.of(result(2, None), "b", lookup)
    orphan = TaskResult(id=3, result="c")
    results = TaskResults(9, [first, second, orphan])
    assert (len(results), results[0], results[-1]) == (3, first, orphan)
    assert results[1:] == [second, orphan]
    assert list(results) == [first, second, orphan]
    assert results["data"] == [first, second, orphan]
    assert results["data"] is not results["data"]  # a copy each time
    with pytest.raises(KeyError) as raised:
        results["links"]
    assert raised.value.args == ("links",)
    assert results.values == ["a", "b", "c"]
    assert results.by_organization() == {11: "a", 12: "b"}
    assert results.to_dict() == {"data": [r.to_dict() for r in results]}
    assert repr(results) == "<TaskResults of task 9: 3 results>"


# -- runs --------------------------------------------------------------------
def test_a_run_is_decoded_with_its_timeline() -> None:
    made = AlgorithmRun.of(run(2, 11, "active", input_=b64({"method": "m"})), PLAIN)
    assert (made.id, made.task_id, made.organization_id) == (2, 9, 11)
    assert (made.status, made.log, made.node_id) == ("active", "log of 2", 42)
    assert made.input == {"method": "m"}
    assert made.input_decrypted
    assert made.assigned_at == datetime.datetime.fromisoformat(STARTED)
    assert made.started_at == datetime.datetime.fromisoformat(STARTED)
    assert made.finished_at == datetime.datetime.fromisoformat(FINISHED)
    assert made.task is None
    assert made.to_dict()["input"] == '{"method": "m"}'  # as the official has it
    assert made.to_dict()["id"] == 2


def test_a_run_with_its_task_included() -> None:
    spec = Spec.load()
    task = SpecMock(None, spec).example(spec.document["components"]["schemas"]["Task"])
    task["id"] = 9
    made = AlgorithmRun.of(run(2, 11, task=task), PLAIN)
    assert made.task_id == 9
    assert made.task is not None
    assert made.task.id == 9


def test_input_not_decoded_when_not_asked() -> None:
    made = AlgorithmRun.of(run(2, 11, input_="key$iv$x"), PLAIN, decrypt_input=False)
    assert (made.input, made.input_decrypted) == (None, False)


def test_input_for_another_organization_is_marked_not_raised() -> None:
    made = AlgorithmRun.of(run(2, 11, input_="key$iv$x"), PLAIN, own_organization_id=12)
    assert (made.input, made.input_decrypted) == (None, False)


def test_unreadable_input_for_our_own_organization_is_an_error() -> None:
    with pytest.raises(DecryptionError) as raised:
        AlgorithmRun.of(run(2, 11, input_="key$iv$x"), PLAIN, own_organization_id=11)
    assert (raised.value.run_id, raised.value.organization_id) == (2, 11)


def test_missing_run_facts_are_none() -> None:
    made = AlgorithmRun.of(
        run(
            2,
            None,
            None,
            log=None,
            node={},
            started_at=None,
            finished_at=None,
            assigned_at=None,
        ),
        PLAIN,
    )
    assert (made.organization_id, made.status, made.log, made.node_id) == (
        None,
        None,
        None,
        None,
    )
    assert (made.assigned_at, made.started_at, made.finished_at) == (None, None, None)
    assert (made.input, made.input_decrypted) == (None, True)


# -- pandas: one record per item ----------------------------------------------
def test_a_dataframe_of_results_has_one_record_per_result() -> None:
    """pandas.DataFrame(results) made a frame of field names when results
    iterated their keys; now each result is a record."""
    lookup = RunLookup(Runs(algorithm_run(1, 2), algorithm_run(2, 3, "failed")))
    results = TaskResults(
        9,
        [
            TaskResult(1, {"mean": 3.5}, 9, runs=lookup),
            TaskResult(2, None, 9, runs=lookup),
        ],
    )
    frame = pandas.DataFrame(results)
    assert len(frame) == 2
    assert list(frame["id"]) == [1, 2]
    assert frame["result"][0] == '{"mean": 3.5}'  # the official JSON text
    assert pandas.isna(frame["result"][1])
    assert list(frame["status"]) == ["completed", "failed"]
    assert list(frame["organization"]) == [{"id": 2}, {"id": 3}]  # the JSON form


def test_a_dataframe_of_runs_or_models_has_one_record_per_item() -> None:
    frame = pandas.DataFrame([algorithm_run(1, 2), algorithm_run(2, 3)])
    assert list(frame["id"]) == [1, 2]
    models = pandas.DataFrame([run(4, 2), run(5, 3)])
    assert list(models["id"]) == [4, 5]
    assert list(models["status"]) == ["completed", "completed"]
