"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 03:38:43.613638
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('documents',
    sa.Column('doc_id', sa.String(length=255), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('raw_hash', sa.String(length=64), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('date_source', sa.String(length=16), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('editor', sa.Text(), nullable=True),
    sa.Column('author', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('source_path', sa.Text(), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('clean_text', sa.Text(), nullable=False),
    sa.Column('minhash', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('doc_id'),
    sa.UniqueConstraint('content_hash')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_raw_hash'), ['raw_hash'], unique=False)

    op.create_table('locations',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=512), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('country_code', sa.String(length=2), nullable=True),
    sa.Column('admin1_code', sa.Text(), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('admin2', sa.Text(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('precision', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_locations_admin1_code'), ['admin1_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_locations_name'), ['name'], unique=False)

    op.create_table('tombstones',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=300), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('merged_into', sa.String(length=300), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tombstones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tombstones_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_tombstones_event_id'), ['event_id'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=300), nullable=False),
    sa.Column('doc_id', sa.String(length=255), nullable=False),
    sa.Column('parent_id', sa.String(length=300), nullable=True),
    sa.Column('event_type', sa.String(length=40), nullable=False),
    sa.Column('acled_event_type', sa.String(length=64), nullable=False),
    sa.Column('acled_sub_event_type', sa.String(length=80), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('date_end', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=10), nullable=False),
    sa.Column('is_aggregate', sa.Boolean(), nullable=False),
    sa.Column('actor1', sa.Text(), nullable=True),
    sa.Column('actor1_side', sa.Text(), nullable=True),
    sa.Column('actor2', sa.Text(), nullable=True),
    sa.Column('actor2_side', sa.Text(), nullable=True),
    sa.Column('location_id', sa.Integer(), nullable=True),
    sa.Column('fatalities_low', sa.Integer(), nullable=True),
    sa.Column('fatalities_best', sa.Integer(), nullable=True),
    sa.Column('fatalities_high', sa.Integer(), nullable=True),
    sa.Column('fatalities_qualifier', sa.String(length=16), nullable=True),
    sa.Column('injured_low', sa.Integer(), nullable=True),
    sa.Column('injured_best', sa.Integer(), nullable=True),
    sa.Column('injured_high', sa.Integer(), nullable=True),
    sa.Column('injured_qualifier', sa.String(length=16), nullable=True),
    sa.Column('missing_low', sa.Integer(), nullable=True),
    sa.Column('missing_best', sa.Integer(), nullable=True),
    sa.Column('missing_high', sa.Integer(), nullable=True),
    sa.Column('missing_qualifier', sa.String(length=16), nullable=True),
    sa.Column('civilian_targeting', sa.Boolean(), nullable=True),
    sa.Column('target', sa.Text(), nullable=True),
    sa.Column('weapons', sa.JSON(), nullable=False),
    sa.Column('original', sa.JSON(), nullable=False),
    sa.Column('cluster_id', sa.String(length=300), nullable=False),
    sa.Column('is_canonical', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_actor1_side'), ['actor1_side'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_actor2_side'), ['actor2_side'], unique=False)
        batch_op.create_index('ix_events_canonical_date', ['is_canonical', 'date', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_doc_id'), ['doc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_event_type'), ['event_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_fatalities_best'), ['fatalities_best'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_is_canonical'), ['is_canonical'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_updated_at'), ['updated_at'], unique=False)

    op.create_table('sources',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=255), nullable=False),
    sa.Column('source_doc_id', sa.String(length=255), nullable=False),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('raw_hash', sa.String(length=64), nullable=True),
    sa.Column('similarity', sa.Float(), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('content_hash')
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sources_doc_id'), ['doc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sources_raw_hash'), ['raw_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_sources_source_doc_id'), ['source_doc_id'], unique=False)

    op.create_table('statements',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=255), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('speaker', sa.Text(), nullable=True),
    sa.Column('speaker_role', sa.Text(), nullable=True),
    sa.Column('speaker_side', sa.Text(), nullable=True),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('direct', sa.Boolean(), nullable=False),
    sa.Column('event_ids', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statements_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_statements_doc_id'), ['doc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statements_speaker'), ['speaker'], unique=False)
        batch_op.create_index(batch_op.f('ix_statements_speaker_side'), ['speaker_side'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_pk', sa.Integer(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('doc_id', sa.String(length=255), nullable=False),
    sa.Column('claimant', sa.Text(), nullable=True),
    sa.Column('claimant_role', sa.Text(), nullable=True),
    sa.Column('claimant_side', sa.Text(), nullable=True),
    sa.Column('certainty', sa.String(length=16), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_pk'], ['events.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_doc_id'), ['doc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_event_pk'), ['event_pk'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_event_pk'))
        batch_op.drop_index(batch_op.f('ix_claims_doc_id'))

    op.drop_table('claims')
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statements_speaker_side'))
        batch_op.drop_index(batch_op.f('ix_statements_speaker'))
        batch_op.drop_index(batch_op.f('ix_statements_doc_id'))
        batch_op.drop_index(batch_op.f('ix_statements_date'))

    op.drop_table('statements')
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sources_source_doc_id'))
        batch_op.drop_index(batch_op.f('ix_sources_raw_hash'))
        batch_op.drop_index(batch_op.f('ix_sources_doc_id'))

    op.drop_table('sources')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_updated_at'))
        batch_op.drop_index(batch_op.f('ix_events_parent_id'))
        batch_op.drop_index(batch_op.f('ix_events_location_id'))
        batch_op.drop_index(batch_op.f('ix_events_is_canonical'))
        batch_op.drop_index(batch_op.f('ix_events_fatalities_best'))
        batch_op.drop_index(batch_op.f('ix_events_event_type'))
        batch_op.drop_index(batch_op.f('ix_events_doc_id'))
        batch_op.drop_index(batch_op.f('ix_events_date'))
        batch_op.drop_index(batch_op.f('ix_events_cluster_id'))
        batch_op.drop_index('ix_events_canonical_date')
        batch_op.drop_index(batch_op.f('ix_events_actor2_side'))
        batch_op.drop_index(batch_op.f('ix_events_actor1_side'))

    op.drop_table('events')
    with op.batch_alter_table('tombstones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tombstones_event_id'))
        batch_op.drop_index(batch_op.f('ix_tombstones_deleted_at'))

    op.drop_table('tombstones')
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_locations_name'))
        batch_op.drop_index(batch_op.f('ix_locations_admin1_code'))

    op.drop_table('locations')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_raw_hash'))
        batch_op.drop_index(batch_op.f('ix_documents_date'))
        batch_op.drop_index(batch_op.f('ix_documents_created_at'))

    op.drop_table('documents')

