"""Celery workers: thin tasks that take job ids and call the service layer."""
