"""Shapes shared by the web app and the workers: tables, API families, enums."""
