"""The uvicorn server around the API, with logs that keep secrets out.

uvicorn's access log writes the path with its query string; the hub's log
keeps the path only, so that nothing a client puts after "?" (by mistake, a
token) ends up in a log file. Headers, where tokens belong, are never logged.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

import uvicorn
from fastapi import FastAPI
from uvicorn.config import LOGGING_CONFIG

#: Position of the path in the arguments of uvicorn's access log record.
ACCESS_PATH_ARG = 2


class PathOnly(logging.Filter):
    """Drops the query string from uvicorn's access log lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) > ACCESS_PATH_ARG:
            path = str(args[ACCESS_PATH_ARG]).split("?", 1)[0]
            record.args = (*args[:ACCESS_PATH_ARG], path, *args[ACCESS_PATH_ARG + 1 :])
        return True


def log_config() -> dict[str, Any]:
    config = copy.deepcopy(LOGGING_CONFIG)
    config["filters"] = {"path_only": {"()": PathOnly}}
    config["loggers"]["uvicorn.access"]["filters"] = ["path_only"]
    config["loggers"]["guichet"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config


def build_server(app: FastAPI, host: str, port: int) -> uvicorn.Server:
    return uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, log_config=log_config(), server_header=False)
    )
