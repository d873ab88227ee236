"""Skillbank's service layer: settings, database, use-cases, web app and CLI."""
