# Skillbank — `make help` lists the targets. The two commands that matter are ./run and ./test.
.PHONY: help i18n run demo test test-fast typecheck lint lock vectors chaos chaos-full bench quality speed worker-memory latency burst bench-service bench-import load clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

run:  ## serve the embedded mode (SQLite, matcher thread) on :8000
	./run

demo:  ## serve with the shipped sample volunteers and requests
	./run --demo

test:  ## the whole suite, as CI runs it (import contracts, lint, pytest)
	./test

test-fast:  ## the unit tests only (pure matcher, jobs on SQLite): seconds, not minutes
	scripts/bootstrap dev && .venv/bin/python -m pytest tests/unit -q -m "not slow"

typecheck:  ## mypy as ./test runs it: matching/ and schemas/ strictly, service/ and workers/ with the defaults
	scripts/bootstrap dev && .venv/bin/mypy matching schemas service workers

lint:  ## import-linter contracts and ruff only
	scripts/bootstrap dev && .venv/bin/lint-imports --no-cache && .venv/bin/ruff check matching service workers schemas tests bench

i18n:  ## extract every Japanese string into service/locale/messages.pot and update the English .po (then translate the empty msgstr)
	scripts/bootstrap dev
	.venv/bin/pybabel extract -F babel.cfg -k gettext:2 --no-location --sort-output --no-wrap --omit-header -o service/locale/messages.pot .
	.venv/bin/pybabel update -i service/locale/messages.pot -d service/locale -D messages -l en --ignore-obsolete --no-fuzzy-matching --no-wrap --omit-header

lock:  ## regenerate requirements.lock and requirements-dev.lock (hashed) from pyproject.toml after editing its deps
	scripts/lock

chaos:  ## the chaos scenarios at the suite's reduced counts
	./test tests/integration/test_chaos.py -q

chaos-full:  ## the chaos scenarios at the trust targets' full counts (takes several minutes)
	.venv/bin/python -m bench.chaos redis-outage --submissions 500 --outage 30
	.venv/bin/python -m bench.chaos worker-kill --jobs 1000 --kills 10
	.venv/bin/python -m bench.chaos db-restart --submissions 300

quality:  ## matching quality on ../shared/data/dev with the ablation
	.venv/bin/python -m bench.quality

vectors:  ## install the optional word-vector model (ja-ginza, 59 MB, no deps; the layer stays off unless SKILLBANK_VECTORS=on)
	.venv/bin/python -m pip install --no-deps --require-hashes -r requirements-vectors.lock

speed:  ## matcher speed at 10k/100k/1M synthetic volunteers
	.venv/bin/python -m bench.speed

worker-memory:  ## PSS of a real Celery worker at 100k volunteers: matcher prebuilt before the fork vs per child
	.venv/bin/python -m bench.worker_memory

latency:  ## POST → proposals visible, embedded and Celery modes
	.venv/bin/python -m bench.latency

burst:  ## a burst of 500 requests → all matched, 1 and 8 clients, embedded and Celery, beside the matcher's batch
	.venv/bin/python -m bench.burst

load:  ## wrk: POST and GET /api/requests in production mode beside a hello-world Litestar app (needs wrk)
	.venv/bin/python -m bench.load

bench: quality speed latency  ## all benchmarks

clean:  ## remove the local database and caches (keeps .venv)
	rm -rf var .pytest_cache .ruff_cache .hypothesis

bench-service:  ## the service at 100k volunteers beside hello/executemany references (VOLUNTEERS=5000 for a quick run)
	.venv/bin/python -m bench.service --volunteers $${VOLUNTEERS:-100000}

bench-import:  ## `skillbank import` beside executemany of the same rows, SQLite and PostgreSQL (VOLUNTEERS, ROUNDS)
	.venv/bin/python -m bench.import_rate --volunteers $${VOLUNTEERS:-100000} --rounds $${ROUNDS:-3}
