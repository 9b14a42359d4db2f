using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>
/// A step's data table: the first row is the header, the others are data rows read by column name.
/// </summary>
/// <remarks>Immutable. Cell values are the trimmed texts of the Gherkin table, placeholders already filled in.</remarks>
public sealed class DataTable
{
    private readonly Dictionary<string, int> _columns;

    /// <summary>Builds a table from raw rows, the first being the header.</summary>
    public DataTable(IEnumerable<IEnumerable<string>> rows)
    {
        Raw = rows.Select(r => (IReadOnlyList<string>)r.ToArray()).ToArray();
        Header = Raw.Count > 0 ? Raw[0] : [];
        _columns = Header.Select((name, i) => (name, i)).DistinctBy(c => c.name).ToDictionary(c => c.name, c => c.i);
        Rows = Raw.Skip(1).Select(cells => new DataTableRow(this, cells)).ToArray();
    }

    /// <summary>Wraps the table of a compiled pickle step.</summary>
    public static DataTable From(PickleTable table) => new(table.Rows.Select(r => r.Cells.Select(c => c.Value)));

    /// <summary>Column names (the first row).</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows (every row after the header).</summary>
    public IReadOnlyList<DataTableRow> Rows { get; }

    /// <summary>Every row including the header, as written.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Raw { get; }

    /// <summary>Each data row as a column → value dictionary.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> AsDictionaries() =>
        Rows.Select(r => (IReadOnlyDictionary<string, string>)_columns.ToDictionary(c => c.Key, c => r.Cells[c.Value])).ToArray();

    /// <summary>Reads a two-column table without header semantics as key → value (every row, header included).</summary>
    public IReadOnlyDictionary<string, string> AsKeyValues() =>
        Raw.Where(r => r.Count >= 2).ToDictionary(r => r[0], r => r[1]);

    internal int ColumnIndex(string column) => _columns.TryGetValue(column, out var index)
        ? index
        : throw new KeyNotFoundException($"The table has no column '{column}' (columns: {string.Join(", ", Header)}).");

    /// <inheritdoc />
    public override string ToString() => string.Join(Environment.NewLine, Raw.Select(r => "| " + string.Join(" | ", r) + " |"));
}

/// <summary>One data row of a <see cref="DataTable"/>.</summary>
public sealed class DataTableRow
{
    private readonly DataTable _table;

    internal DataTableRow(DataTable table, IReadOnlyList<string> cells) => (_table, Cells) = (table, cells);

    /// <summary>The cell values, by position.</summary>
    public IReadOnlyList<string> Cells { get; }

    /// <summary>The value in the named column.</summary>
    public string this[string column] => Cells[_table.ColumnIndex(column)];

    /// <summary>The value at a position.</summary>
    public string this[int index] => Cells[index];
}
