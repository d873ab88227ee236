"""The shared web layer: the app-wide walls and guards, dependencies, error mapping and page machinery. Each domain package holds its own controllers and pages."""
