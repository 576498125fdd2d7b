-- WabotIQ Tenant SDK: tables of the JDBC storage adapter, H2 2.x (any compatibility mode).
-- Idempotent: every statement is IF NOT EXISTS, so running it again changes nothing.
-- Apply it with JdbcStorage.applySchema(), or feed JdbcStorage.schemaSql(Dialect.H2) to the
-- host's own migration tool.

-- One row per tenant; see schema-postgresql.sql. H2 compares VARCHAR by Java's String order
-- (UTF-16 code units) unless the database sets a collation, which listing pages by. NULLS
-- DISTINCT is explicit so that modes treating NULLs as equal in a unique constraint (MSSQLServer)
-- still let any number of tenants have no WhatsApp number.
CREATE TABLE IF NOT EXISTS wabotiq_tenant (
  tenant_id       VARCHAR NOT NULL,
  version         BIGINT NOT NULL,
  slug            VARCHAR NOT NULL,
  whatsapp_number VARCHAR,
  status          VARCHAR NOT NULL,
  deleted_at      TIMESTAMP(9) WITH TIME ZONE,
  document        CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT wabotiq_tenant_pk PRIMARY KEY (tenant_id),
  CONSTRAINT wabotiq_tenant_slug_uq UNIQUE (slug),
  CONSTRAINT wabotiq_tenant_whatsapp_number_uq UNIQUE NULLS DISTINCT (whatsapp_number)
);

-- Sweeps list tenants by status in tenant_id order, skipping deleted ones (H2 has no partial
-- indexes: deleted_at is a key column instead).
CREATE INDEX IF NOT EXISTS wabotiq_tenant_status_idx
  ON wabotiq_tenant (status, deleted_at, tenant_id);

CREATE TABLE IF NOT EXISTS wabotiq_tenant_api_key (
  key_hash  VARCHAR NOT NULL,
  tenant_id VARCHAR NOT NULL,
  CONSTRAINT wabotiq_tenant_api_key_pk PRIMARY KEY (key_hash),
  CONSTRAINT wabotiq_tenant_api_key_tenant_fk FOREIGN KEY (tenant_id)
    REFERENCES wabotiq_tenant (tenant_id)
);

CREATE INDEX IF NOT EXISTS wabotiq_tenant_api_key_tenant_idx
  ON wabotiq_tenant_api_key (tenant_id);

CREATE TABLE IF NOT EXISTS wabotiq_document (
  tenant_id VARCHAR NOT NULL,
  kind      VARCHAR NOT NULL,
  version   BIGINT NOT NULL,
  json      CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT wabotiq_document_pk PRIMARY KEY (tenant_id, kind)
);

CREATE TABLE IF NOT EXISTS wabotiq_usage_counter (
  tenant_id VARCHAR NOT NULL,
  metric    VARCHAR NOT NULL,
  period    VARCHAR NOT NULL,
  used      BIGINT NOT NULL,
  CONSTRAINT wabotiq_usage_counter_pk PRIMARY KEY (tenant_id, metric, period),
  CONSTRAINT wabotiq_usage_counter_used_ck CHECK (used >= 0)
);

CREATE TABLE IF NOT EXISTS wabotiq_wrapped_key (
  tenant_id VARCHAR NOT NULL,
  version   INTEGER NOT NULL,
  wrapped   VARBINARY NOT NULL,
  CONSTRAINT wabotiq_wrapped_key_pk PRIMARY KEY (tenant_id, version)
);

-- When each API key was last used; see schema-postgresql.sql.
CREATE TABLE IF NOT EXISTS wabotiq_api_key_activity (
  tenant_id    VARCHAR NOT NULL,
  key_hash     VARCHAR NOT NULL,
  last_used_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  CONSTRAINT wabotiq_api_key_activity_pk PRIMARY KEY (tenant_id, key_hash)
);
