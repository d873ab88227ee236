"""A hello-world Litestar app, the baseline of bench.load: the same uvicorn settings as `skillbank serve`.

.venv/bin/python -m bench.hello PORT
"""

from __future__ import annotations

import sys
from typing import Any

import uvicorn
from litestar import Litestar, get, post


@get("/hello", sync_to_thread=False)
def hello() -> dict[str, str]:
    """Returns a constant."""
    return {"hello": "world"}


@post("/hello", sync_to_thread=False)
def hello_post(data: dict[str, Any]) -> dict[str, Any]:
    """Decodes a JSON body and answers 201, like a submission without the database."""
    return {"id": 1, "status": "matching", "fields": len(data)}


app = Litestar([hello, hello_post])


if __name__ == "__main__":
    # exactly cmd_serve's call (service/cli.py)
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
