using AiciSandbox.Storage.Tests.Contract;

namespace AiciSandbox.Storage.Tests.Sqlite;

// The store contract on SQLite (the default provider): one fresh database file per test class.

public sealed class SqliteTenantStoreTests(SqliteDatabase db) : TenantStoreContract(db), IClassFixture<SqliteDatabase>;

public sealed class SqliteTokenStoreTests(SqliteDatabase db) : TokenStoreContract(db), IClassFixture<SqliteDatabase>;

public sealed class SqliteParticulierStoreTests(SqliteDatabase db) : ParticulierStoreContract(db), IClassFixture<SqliteDatabase>;

public sealed class SqliteDemandeStoreTests(SqliteDatabase db) : DemandeStoreContract(db), IClassFixture<SqliteDatabase>;

public sealed class SqliteDemandeSearchTests(SqliteDatabase db) : DemandeSearchContract(db), IClassFixture<SqliteDatabase>;

public sealed class SqliteTenantIsolationTests(SqliteDatabase db) : TenantIsolationContract(db), IClassFixture<SqliteDatabase>;

public sealed class SqliteRoundTripTests(SqliteDatabase db) : RoundTripContract(db), IClassFixture<SqliteDatabase>;

public sealed class SqliteRestartTests(SqliteDatabase db) : RestartContract(db), IClassFixture<SqliteDatabase>;

public sealed class SqliteSequenceTests(SqliteDatabase db) : SequenceContract(db), IClassFixture<SqliteDatabase>;

public sealed class SqliteSequenceMigrationTests(SqliteDatabase db) : SequenceMigrationContract(db), IClassFixture<SqliteDatabase>;

public sealed class SqliteHistoryTests(SqliteDatabase db) : HistoryContract(db), IClassFixture<SqliteDatabase>;

public sealed class SqliteClockMoveTests(SqliteDatabase db) : ClockMoveContract(db), IClassFixture<SqliteDatabase>;
