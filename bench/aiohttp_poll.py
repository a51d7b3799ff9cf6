#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The reference poller of scripts/run-bench: GET every task id once with aiohttp over N kept connections and parse
each body as JSON, as veza-task-cli get does. Prints how many answers said COMPLETE."""
import argparse
import asyncio
import json
import sys

import aiohttp


async def poll(base, token, ids, connections):
    queue = asyncio.Queue()
    for task_id in ids:
        queue.put_nowait(task_id)
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    complete = 0

    async def worker(session):
        nonlocal complete
        while True:
            try:
                task_id = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            async with session.get(f"{base}/api/v1/assessments/async_tasks/{task_id}") as response:
                body = await response.read()
            task = json.loads(body)
            task = task.get("task", task.get("value", task))
            if response.status == 200 and task.get("state") in ("COMPLETE", 3):
                complete += 1

    connector = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(connector=connector, headers=headers) as session:
        await asyncio.gather(*(worker(session) for _ in range(connections)))
    return complete


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("base", help="e.g. http://127.0.0.1:8080")
    parser.add_argument("ids", help="a file of task ids, one a line")
    parser.add_argument("--connections", type=int, default=6)
    parser.add_argument("--token", default="bench-token")
    args = parser.parse_args()
    with open(args.ids, encoding="utf-8") as f:
        ids = [line.strip() for line in f if line.strip()]
    complete = asyncio.run(poll(args.base.rstrip("/"), args.token, ids, args.connections))
    print(f"{complete} of {len(ids)} complete")
    return 0 if complete == len(ids) else 1


if __name__ == "__main__":
    sys.exit(main())
