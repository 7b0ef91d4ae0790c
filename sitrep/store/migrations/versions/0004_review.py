"""users, reviews, review anchors, audit trail, review links (analyst review, issue 16)

Revision ID: 0004_review
Revises: 0001
Create Date: 2026-12-04 18:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_review'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'users',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('role', sa.String(length=16), nullable=False),
        sa.Column('token_id', sa.String(length=32), nullable=False),
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('revoked_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name'),
        sa.UniqueConstraint('token_id'),
    )
    op.create_table(
        'reviews',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('key', sa.String(length=300), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('overrides', sa.JSON(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('snapshot', sa.JSON(), nullable=True),
        sa.Column('merged_into', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('reviews', schema=None) as b:
        b.create_index(b.f('ix_reviews_key'), ['key'], unique=False)
        b.create_index(b.f('ix_reviews_status'), ['status'], unique=False)
        b.create_index(b.f('ix_reviews_updated_at'), ['updated_at'], unique=False)
    op.create_table(
        'review_anchors',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('review_id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.String(length=300), nullable=False),
        sa.Column('doc_id', sa.String(length=255), nullable=False),
        sa.Column('fingerprint', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('review_anchors', schema=None) as b:
        b.create_index(b.f('ix_review_anchors_review_id'), ['review_id'], unique=False)
        b.create_index(b.f('ix_review_anchors_event_id'), ['event_id'], unique=False)
        b.create_index(b.f('ix_review_anchors_doc_id'), ['doc_id'], unique=False)
        b.create_index(b.f('ix_review_anchors_fingerprint'), ['fingerprint'], unique=False)
    op.create_table(
        'review_actions',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('review_id', sa.Integer(), nullable=True),
        sa.Column('event_id', sa.String(length=300), nullable=False),
        sa.Column('action', sa.String(length=16), nullable=False),
        sa.Column('user_name', sa.String(length=100), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('before', sa.JSON(), nullable=True),
        sa.Column('after', sa.JSON(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('review_actions', schema=None) as b:
        b.create_index(b.f('ix_review_actions_review_id'), ['review_id'], unique=False)
        b.create_index(b.f('ix_review_actions_event_id'), ['event_id'], unique=False)
        b.create_index(b.f('ix_review_actions_at'), ['at'], unique=False)
    op.create_table(
        'review_links',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('a_review_id', sa.Integer(), nullable=False),
        sa.Column('b_review_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['a_review_id'], ['reviews.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['b_review_id'], ['reviews.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('review_links', schema=None) as b:
        b.create_index(b.f('ix_review_links_a_review_id'), ['a_review_id'], unique=False)
        b.create_index(b.f('ix_review_links_b_review_id'), ['b_review_id'], unique=False)


def downgrade() -> None:
    op.drop_table('review_links')
    op.drop_table('review_actions')
    op.drop_table('review_anchors')
    op.drop_table('reviews')
    op.drop_table('users')
