namespace AiciSandbox.Server.Storage;

/// <summary>
/// The store's tables, in SQL that SQLite and PostgreSQL both accept. Each row keeps the domain record as JSON in
/// <c>data</c>, beside the columns that queries filter on.
/// </summary>
internal static class SqlSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS tenants (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL UNIQUE,
            data TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS tokens (
            hash TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL,
            expires_at BIGINT NOT NULL,
            data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_tokens_tenant ON tokens (tenant_id, expires_at);
        CREATE TABLE IF NOT EXISTS particuliers (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            identity_key TEXT NOT NULL,
            email TEXT NOT NULL,
            phone TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (tenant_id, id));
        CREATE INDEX IF NOT EXISTS ix_particuliers_identity ON particuliers (tenant_id, identity_key);
        CREATE INDEX IF NOT EXISTS ix_particuliers_email ON particuliers (tenant_id, email);
        CREATE INDEX IF NOT EXISTS ix_particuliers_phone ON particuliers (tenant_id, phone);
        CREATE TABLE IF NOT EXISTS demandes (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            num_facture TEXT NOT NULL,
            date_facture TEXT NOT NULL,
            submitted_at BIGINT NOT NULL,
            position INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (tenant_id, id));
        CREATE UNIQUE INDEX IF NOT EXISTS ux_demandes_numero ON demandes (tenant_id, num_facture);
        CREATE INDEX IF NOT EXISTS ix_demandes_date ON demandes (tenant_id, date_facture, submitted_at, position);
        """;
}
