"""The held-out sets name the public page each record follows (sources.json). A page the search tool stored on an
unrelated, unsafe domain is withdrawn, not cited: no address in any set names such a site."""

import json
import re
from pathlib import Path

HELD = Path(__file__).resolve().parents[2] / "bench" / "heldout"
UNSAFE = re.compile(
    r"kinky|porn|xxx|hentai|nude|escort-|casino|viagra|cialis|freevideoclips|adult-", re.IGNORECASE
)


def addresses() -> list[tuple[str, str, str]]:
    out = []
    for f in sorted(HELD.glob("*/sources.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        for part in ("volunteers", "requests"):
            out.extend((f.parent.name, rid, src) for rid, src in data.get(part, {}).items())
    return out


def test_every_set_names_its_sources():
    got = addresses()
    assert len({s for s, _r, _a in got}) >= 10
    assert all(a.startswith(("http://", "https://", "withdrawn: ")) for _s, _r, a in got)


def test_no_source_names_an_unsafe_site():
    assert [(s, r, a) for s, r, a in addresses() if UNSAFE.search(a)] == []
