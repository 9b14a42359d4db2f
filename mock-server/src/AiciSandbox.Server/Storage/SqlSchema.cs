namespace AiciSandbox.Server.Storage;

/// <summary>
/// The store's tables as numbered migrations, in SQL that SQLite and PostgreSQL both accept. Each row keeps the domain
/// record as JSON in <c>data</c>, beside the columns that queries filter on. A database records the last migration it ran
/// in <c>schema_version</c>; start-up runs the newer ones.
/// </summary>
internal static class SqlSchema
{
    public const string VersionTable = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);";

    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1 — the URSSAF surface: tenants, tokens, particuliers, demandes.
        """
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
        """,
        // 2 — the simulation engine: due dates and statuses, aid ceilings, transitions, outbox, journal, snapshots.
        """
        ALTER TABLE particuliers ADD COLUMN next_due BIGINT;
        ALTER TABLE demandes ADD COLUMN id_client TEXT;
        ALTER TABLE demandes ADD COLUMN statut INTEGER;
        ALTER TABLE demandes ADD COLUMN next_due BIGINT;
        ALTER TABLE demandes ADD COLUMN annee INTEGER;
        ALTER TABLE demandes ADD COLUMN eligible_cents BIGINT;
        CREATE INDEX IF NOT EXISTS ix_particuliers_due ON particuliers (tenant_id, next_due);
        CREATE INDEX IF NOT EXISTS ix_demandes_due ON demandes (tenant_id, next_due);
        CREATE INDEX IF NOT EXISTS ix_demandes_client ON demandes (tenant_id, id_client, annee);
        CREATE INDEX IF NOT EXISTS ix_demandes_statut ON demandes (tenant_id, statut);
        CREATE TABLE IF NOT EXISTS transitions (
            tenant_id TEXT NOT NULL,
            seq BIGINT NOT NULL,
            at BIGINT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (tenant_id, seq));
        CREATE TABLE IF NOT EXISTS outbox (
            tenant_id TEXT NOT NULL,
            seq BIGINT NOT NULL,
            at BIGINT NOT NULL,
            kind TEXT NOT NULL,
            id_client TEXT,
            id_demande TEXT,
            data TEXT NOT NULL,
            PRIMARY KEY (tenant_id, seq));
        CREATE TABLE IF NOT EXISTS journal (
            tenant_id TEXT NOT NULL,
            seq BIGINT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (tenant_id, seq));
        CREATE TABLE IF NOT EXISTS snapshots (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (tenant_id, id));
        """,
        // 3 — fault injection: armed faults per tenant, used up call by call.
        """
        CREATE TABLE IF NOT EXISTS faults (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            operation TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (tenant_id, id));
        """,
        // 4 — the last sequence number each tenant gave in the journal, the outbox and the transitions, so that numbering
        // never goes back when their rows are deleted (clear, reset, trimming); it starts from the numbers already used.
        """
        CREATE TABLE IF NOT EXISTS sequences (
            tenant_id TEXT NOT NULL,
            name TEXT NOT NULL,
            last_seq BIGINT NOT NULL,
            PRIMARY KEY (tenant_id, name));
        INSERT INTO sequences (tenant_id, name, last_seq) SELECT tenant_id, 'journal', MAX(seq) FROM journal GROUP BY tenant_id;
        INSERT INTO sequences (tenant_id, name, last_seq) SELECT tenant_id, 'outbox', MAX(seq) FROM outbox GROUP BY tenant_id;
        INSERT INTO sequences (tenant_id, name, last_seq) SELECT tenant_id, 'transitions', MAX(seq) FROM transitions GROUP BY tenant_id;
        """,
        // 5 — the next position of a tenant's demandes (MAX(position) at each submission) without reading all its demandes.
        """
        CREATE INDEX IF NOT EXISTS ix_demandes_position ON demandes (tenant_id, position);
        """,
        // 6 — the web pages: the particulier's access to her space (password hash only) and which tenant created which.
        """
        CREATE TABLE IF NOT EXISTS particulier_access (
            tenant_id TEXT NOT NULL,
            id_client TEXT NOT NULL,
            email TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (tenant_id, id_client));
        CREATE INDEX IF NOT EXISTS ix_particulier_access_email ON particulier_access (email);
        CREATE TABLE IF NOT EXISTS tenant_owners (
            tenant_id TEXT PRIMARY KEY,
            owner_id TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_tenant_owners_owner ON tenant_owners (owner_id);
        """,
        // 7 — the history of one object (a demande, a particulier) without reading every transition of its tenant. Rows
        // written before it keep a NULL object_id: readers of one object's history look at those too (SqlSandboxStore).
        """
        ALTER TABLE transitions ADD COLUMN object_id TEXT;
        CREATE INDEX IF NOT EXISTS ix_transitions_object ON transitions (tenant_id, object_id, seq);
        """,
        // 8 — the yearly ceiling of a submission (SUM of eligible_cents by particulier and year, released statuses left
        // out) from the index alone: reading each demande's row made a submission cost grow with the particulier's demandes.
        """
        DROP INDEX IF EXISTS ix_demandes_client;
        CREATE INDEX IF NOT EXISTS ix_demandes_plafond ON demandes (tenant_id, id_client, annee, statut, eligible_cents);
        """,
        // 9 — a clock move's settled demandes that still have something due, told from the live ones by the index alone
        // (SqlSandboxStore.WorldDemandesSql): without the status beside the due date, each live demande's row was read twice.
        """
        DROP INDEX IF EXISTS ix_demandes_due;
        CREATE INDEX IF NOT EXISTS ix_demandes_due ON demandes (tenant_id, next_due, statut);
        """,
    ];
}
