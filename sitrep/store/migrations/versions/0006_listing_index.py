"""events: the listing index (canonical events newest first, issue 13)

``GET /events`` orders canonical events by ``coalesce(date, ''), id`` descending and pages
with a keyset on the same pair; this index serves that order without a sort and seeks the
cursor, so a page costs the same on page 1 and page 2,000 (see docs/PERFORMANCE.md).

Revision ID: 0006_listing_index
Revises: 0005_watch
"""
from alembic import op
import sqlalchemy as sa


revision = "0006_listing_index"
down_revision = "0005_watch"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_listing", "events", ["is_canonical", sa.text("coalesce(date, '')"), "id"])


def downgrade() -> None:
    op.drop_index("ix_events_listing", table_name="events")
