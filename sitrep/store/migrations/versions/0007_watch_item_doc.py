"""watch_items: an index on doc_id (the watched source, and its trust, of a stored document)

Revision ID: 0007_watch_item_doc
Revises: 0006_listing_index
"""
from alembic import op


revision = "0007_watch_item_doc"
down_revision = "0006_listing_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_watch_items_doc_id", "watch_items", ["doc_id"])


def downgrade() -> None:
    op.drop_index("ix_watch_items_doc_id", table_name="watch_items")
