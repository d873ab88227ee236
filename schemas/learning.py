"""Weight sets learned from staff decisions: one row per training run, the active one ranks new proposals."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field, SQLModel

from schemas.models import DEFAULT_ORG, utcnow


class WeightSetStatus:
    """A weight set's state: active (ranks now), retired (was active), refused (lost on held-out decisions)."""

    active = "active"
    retired = "retired"
    refused = "refused"


class WeightSet(SQLModel, table=True):
    """The feature weights one training run fitted for an organisation, with the held-out comparison that
    decided whether they rank: `tag` (w1, w2 …) is appended to the algorithm version of every proposal they
    rank (skill-v4.2+w3)."""

    __tablename__ = "weight_set"
    __table_args__ = (UniqueConstraint("org_id", "seq", name="uq_weight_set_seq"),)

    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(default=DEFAULT_ORG, max_length=40, index=True)
    seq: int
    base_algorithm: str = Field(max_length=40)
    weights: dict[str, float] = Field(default_factory=dict, sa_type=JSON)
    previous: dict[str, float] = Field(
        default_factory=dict, sa_type=JSON
    )  # the weights it was judged against
    status: str = Field(max_length=20, index=True)
    current_accuracy: float
    proposed_accuracy: float
    heldout_requests: int
    heldout_pairs: int
    train_pairs: int
    decisions: int
    note: str = Field(default="", max_length=200)
    created_by: str = Field(default="", max_length=100)
    created_at: datetime = Field(default_factory=utcnow)
    changed_at: datetime = Field(default_factory=utcnow)

    @property
    def tag(self) -> str:
        """Returns the suffix this set adds to the algorithm version (w1, w2 …)."""
        return f"w{self.seq}"


class WeightSetRead(SQLModel):
    id: int
    tag: str
    algorithm: str
    status: str
    weights: dict[str, float]
    previous: dict[str, float]
    current_accuracy: float
    proposed_accuracy: float
    heldout_requests: int
    heldout_pairs: int
    train_pairs: int
    decisions: int
    note: str
    created_by: str
    created_at: datetime
    changed_at: datetime
