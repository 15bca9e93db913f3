"""DataFrames and notebook tables on the real 5.0.3 HQ: a task's results,
decrypted and parsed, a row per run, as on 4.x."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pandas
from cryptography.hazmat.primitives.asymmetric import rsa
from vantage6_hq_api.api import Operations

from tests.hq.world import add_own_node, federation, unique
from vantage6_client import Client
from vantage6_client.testing.hq_node import HQNodePlayer

AGES = [{"age": 34}, {"age": 51}, {"age": 46}]


def test_an_hq_tasks_results_as_a_frame(
    admin: Client,
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
    rsa_keys: list[rsa.RSAPrivateKey],
) -> None:
    world = federation(ops, root, encrypted=True)
    own_node = add_own_node(ops, root, world)
    own_key, hospital_key = rsa_keys
    admin.setup_encryption(own_key)
    admin.collaboration_id = world.collaboration
    with (
        player(own_node, AGES[:1], private_key=own_key),
        player(world.node, AGES, private_key=hospital_key),
    ):
        admin.session.create("collaboration", name=unique("s"))
        made = admin.dataframe.create("default", "any/image", "read")
        admin.dataframe.wait(made.id, timeout=60, interval=0.2)
        task = admin.task.create(
            [world.own, world.hospital],
            unique("sum"),
            "any/image",
            "partial sums",
            "partial_sum",
            arguments={"column": "age"},
            action="federated_compute",
            databases=made.id,
        )
        results = admin.wait_for_results(task.id, timeout=60, interval=0.2)

    table = results.to_pandas()
    assert list(table.columns) == [
        "run_id",
        "task_id",
        "organization_id",
        "status",
        "started_at",
        "finished_at",
        "duration",
        "sum",
        "count",
    ]
    by_organization = table.set_index("organization_id")
    assert by_organization.loc[world.hospital, "sum"] == 131.0
    assert by_organization.loc[world.hospital, "count"] == 3
    assert by_organization.loc[world.own, "sum"] == 34.0
    assert set(table["status"]) == {"completed"}
    assert str(table["finished_at"].dtype).endswith(", UTC]")
    assert (table["duration"] >= pandas.Timedelta(0)).all()

    runs = admin.run.from_task(task.id).to_pandas()
    assert sorted(runs["organization_id"]) == sorted([world.own, world.hospital])
    # the arguments HQ holds are encrypted for each organization: hidden
    raw = admin.run.from_task(task.id)
    sealed = [run.raw.arguments or "" for run in raw]
    shown = results._repr_html_() + raw._repr_html_() + raw[0].raw._repr_html_()
    assert all(text and text not in shown for text in sealed)
    assert "131.0" not in shown and f"Results of task {task.id}: 2 results" in shown
