# Skillbank production image: web app, Celery worker, Celery beat and migrations all run from it
# (see compose.yaml). The embedded mode (SQLite, no Redis) also works: `docker run -p 8000:8000 skillbank`.

# --- build stage: install the project and its locked dependencies into a virtualenv -----------------
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

WORKDIR /src

# Dependencies first, from the hashed lock alone (`make lock` writes it), so code edits do not invalidate this layer.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock

# Then the project itself, without resolving anything again (what goes in is filtered by .dockerignore).
COPY . .
RUN pip install --no-deps .

# --- runtime stage -----------------------------------------------------------------------------------
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH="/opt/venv/bin:$PATH" \
    SKILLBANK_VAR_DIR=/app/var

RUN groupadd --system --gid 10001 skillbank \
    && useradd --system --uid 10001 --gid skillbank --home-dir /app --shell /usr/sbin/nologin skillbank

COPY --from=build /opt/venv /opt/venv

WORKDIR /app
# var/ is the only writable place: SQLite file in embedded mode, celery beat schedule.
RUN mkdir -p /app/var && chown skillbank:skillbank /app/var

USER skillbank

EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]

CMD ["skillbank", "serve", "--host", "0.0.0.0", "--port", "8000"]
