"""Shapes shared by the web app and the workers: tables, API families, enums."""

from sqlmodel import SQLModel

# Every model builds its pydantic validator and serializer when first used (pydantic's thread-safe deferred
# build), not when its module is imported: the ~60 models cost each process 50–100 ms of CPU at import before
# /health could answer, and most are first used by the OpenAPI document built in the background after start, or
# never in a worker. Set here, before any model class is made, so every SQLModel subclass inherits it.
SQLModel.model_config["defer_build"] = True
