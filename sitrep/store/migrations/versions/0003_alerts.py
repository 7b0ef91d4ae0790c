"""alerts: rules, what was sent per (rule, event), deliveries (issue 15)

Revision ID: 0003_alerts
Revises: 0004_review
Create Date: 2026-12-04 19:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_alerts'
down_revision = '0004_review'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'alert_rules',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('filters', sa.JSON(), nullable=False),
        sa.Column('channels', sa.JSON(), nullable=False),
        sa.Column('digest_s', sa.Integer(), nullable=True),
        sa.Column('rate_per_hour', sa.Integer(), nullable=False),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('checked_until', sa.DateTime(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name'),
    )
    op.create_table(
        'alert_sent',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('rule_id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.String(length=300), nullable=False),
        sa.Column('fingerprint', sa.String(length=64), nullable=False),
        sa.Column('change', sa.String(length=16), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['rule_id'], ['alert_rules.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('rule_id', 'event_id', name='uq_alert_sent_rule_event'),
    )
    with op.batch_alter_table('alert_sent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_sent_rule_id'), ['rule_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_alert_sent_event_id'), ['event_id'], unique=False)
    op.create_table(
        'alert_deliveries',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('rule_id', sa.Integer(), nullable=False),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('target', sa.Text(), nullable=False),
        sa.Column('format', sa.String(length=16), nullable=False),
        sa.Column('event_ids', sa.JSON(), nullable=False),
        sa.Column('change', sa.String(length=16), nullable=False),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
        sa.Column('batched_into', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['rule_id'], ['alert_rules.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('alert_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_deliveries_rule_id'), ['rule_id'], unique=False)
        batch_op.create_index('ix_alert_deliveries_status_next', ['status', 'next_attempt_at'], unique=False)
        batch_op.create_index('ix_alert_deliveries_rule_sent', ['rule_id', 'sent_at'], unique=False)


def downgrade() -> None:
    op.drop_table('alert_deliveries')
    op.drop_table('alert_sent')
    op.drop_table('alert_rules')
