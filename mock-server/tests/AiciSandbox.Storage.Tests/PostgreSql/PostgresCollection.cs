namespace AiciSandbox.Storage.Tests.PostgreSql;

/// <summary>
/// Every PostgreSQL test class belongs to this collection: they share one <see cref="PostgresServer"/>, started before the
/// first of them and stopped after the last, each class on its own database.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
