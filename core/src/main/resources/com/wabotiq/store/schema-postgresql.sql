-- WabotIQ Tenant SDK: tables of the JDBC storage adapter, PostgreSQL 12 or later.
-- Idempotent: every statement is IF NOT EXISTS, so running it again changes nothing.
-- Apply it with JdbcStorage.applySchema(), or feed JdbcStorage.schemaSql(Dialect.POSTGRESQL)
-- to the host's own migration tool (Flyway, Liquibase).

-- One row per tenant. The plain columns are what the adapter looks tenants up by; the whole
-- tenant is the document (JSON text written and read by the SDK, stored exactly as given).
-- tenant_id uses the "C" collation: ordering by it is code-point order, which listing pages by.
CREATE TABLE IF NOT EXISTS wabotiq_tenant (
  tenant_id       TEXT COLLATE "C" NOT NULL,
  version         BIGINT NOT NULL,
  slug            TEXT NOT NULL,
  whatsapp_number TEXT,
  status          TEXT NOT NULL,
  deleted_at      TIMESTAMPTZ,
  document        TEXT NOT NULL,
  CONSTRAINT wabotiq_tenant_pk PRIMARY KEY (tenant_id),
  CONSTRAINT wabotiq_tenant_slug_uq UNIQUE (slug),
  CONSTRAINT wabotiq_tenant_whatsapp_number_uq UNIQUE (whatsapp_number)
);

-- Sweeps (trial expiry) list tenants by status in tenant_id order, skipping deleted ones:
-- this partial index serves that keyset query as one index range scan.
CREATE INDEX IF NOT EXISTS wabotiq_tenant_status_idx
  ON wabotiq_tenant (status, tenant_id) WHERE deleted_at IS NULL;

-- The hashes of each tenant's API keys, unique across all tenants: authenticates an API call.
CREATE TABLE IF NOT EXISTS wabotiq_tenant_api_key (
  key_hash  TEXT NOT NULL,
  tenant_id TEXT COLLATE "C" NOT NULL,
  CONSTRAINT wabotiq_tenant_api_key_pk PRIMARY KEY (key_hash),
  CONSTRAINT wabotiq_tenant_api_key_tenant_fk FOREIGN KEY (tenant_id)
    REFERENCES wabotiq_tenant (tenant_id)
);

-- Reading a tenant gathers its key hashes; an update replaces them.
CREATE INDEX IF NOT EXISTS wabotiq_tenant_api_key_tenant_idx
  ON wabotiq_tenant_api_key (tenant_id);

-- Each tenant's settings and agent configuration, one versioned JSON document of each kind.
CREATE TABLE IF NOT EXISTS wabotiq_document (
  tenant_id TEXT NOT NULL,
  kind      TEXT NOT NULL,
  version   BIGINT NOT NULL,
  json      TEXT NOT NULL,
  CONSTRAINT wabotiq_document_pk PRIMARY KEY (tenant_id, kind)
);

-- Usage counters: a row per tenant, metric and period; used is a plain number.
CREATE TABLE IF NOT EXISTS wabotiq_usage_counter (
  tenant_id TEXT NOT NULL,
  metric    TEXT NOT NULL,
  period    TEXT NOT NULL,
  used      BIGINT NOT NULL,
  CONSTRAINT wabotiq_usage_counter_pk PRIMARY KEY (tenant_id, metric, period),
  CONSTRAINT wabotiq_usage_counter_used_ck CHECK (used >= 0)
);

-- Wrapped data keys, one per tenant and key version; deleting them shreds the tenant's secrets.
CREATE TABLE IF NOT EXISTS wabotiq_wrapped_key (
  tenant_id TEXT NOT NULL,
  version   INTEGER NOT NULL,
  wrapped   BYTEA NOT NULL,
  CONSTRAINT wabotiq_wrapped_key_pk PRIMARY KEY (tenant_id, version)
);

-- When each API key was last used, a row per tenant and key hash, kept apart from the tenant row
-- so that recording a use never bumps the tenant's version. A use is written only when it is at
-- least a given interval after the stored one, by one conditional upsert per use.
CREATE TABLE IF NOT EXISTS wabotiq_api_key_activity (
  tenant_id    TEXT COLLATE "C" NOT NULL,
  key_hash     TEXT COLLATE "C" NOT NULL,
  last_used_at TIMESTAMPTZ NOT NULL,
  CONSTRAINT wabotiq_api_key_activity_pk PRIMARY KEY (tenant_id, key_hash)
);
