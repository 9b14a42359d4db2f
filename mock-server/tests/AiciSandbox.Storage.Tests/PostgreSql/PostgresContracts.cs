using AiciSandbox.Storage.Tests.Contract;

namespace AiciSandbox.Storage.Tests.PostgreSql;

// The store contract on PostgreSQL: the collection's private server, one fresh database per test class.

[Collection(PostgresCollection.Name)]
public sealed class PostgresTenantStoreTests(PostgresServer server) : TenantStoreContract(server.DatabaseFor(typeof(PostgresTenantStoreTests)));

[Collection(PostgresCollection.Name)]
public sealed class PostgresTokenStoreTests(PostgresServer server) : TokenStoreContract(server.DatabaseFor(typeof(PostgresTokenStoreTests)));

[Collection(PostgresCollection.Name)]
public sealed class PostgresParticulierStoreTests(PostgresServer server)
    : ParticulierStoreContract(server.DatabaseFor(typeof(PostgresParticulierStoreTests)));

[Collection(PostgresCollection.Name)]
public sealed class PostgresDemandeStoreTests(PostgresServer server) : DemandeStoreContract(server.DatabaseFor(typeof(PostgresDemandeStoreTests)));

[Collection(PostgresCollection.Name)]
public sealed class PostgresDemandeSearchTests(PostgresServer server) : DemandeSearchContract(server.DatabaseFor(typeof(PostgresDemandeSearchTests)));

[Collection(PostgresCollection.Name)]
public sealed class PostgresTenantIsolationTests(PostgresServer server)
    : TenantIsolationContract(server.DatabaseFor(typeof(PostgresTenantIsolationTests)));

[Collection(PostgresCollection.Name)]
public sealed class PostgresRoundTripTests(PostgresServer server) : RoundTripContract(server.DatabaseFor(typeof(PostgresRoundTripTests)));

[Collection(PostgresCollection.Name)]
public sealed class PostgresRestartTests(PostgresServer server) : RestartContract(server.DatabaseFor(typeof(PostgresRestartTests)));

[Collection(PostgresCollection.Name)]
public sealed class PostgresSequenceTests(PostgresServer server) : SequenceContract(server.DatabaseFor(typeof(PostgresSequenceTests)));

[Collection(PostgresCollection.Name)]
public sealed class PostgresSequenceMigrationTests(PostgresServer server)
    : SequenceMigrationContract(server.DatabaseFor(typeof(PostgresSequenceMigrationTests)));

[Collection(PostgresCollection.Name)]
public sealed class PostgresHistoryTests(PostgresServer server) : HistoryContract(server.DatabaseFor(typeof(PostgresHistoryTests)));

[Collection(PostgresCollection.Name)]
public sealed class PostgresClockMoveTests(PostgresServer server) : ClockMoveContract(server.DatabaseFor(typeof(PostgresClockMoveTests)));
