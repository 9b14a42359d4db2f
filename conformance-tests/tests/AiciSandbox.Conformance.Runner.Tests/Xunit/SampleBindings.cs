namespace AiciSandbox.Conformance.Runner.Tests.Xunit;

/// <summary>The invoice the sample steps build, one per scenario.</summary>
public sealed class SampleInvoice
{
    public List<decimal> Lines { get; } = [];

    public decimal Discount { get; set; }

    public decimal Total => Lines.Sum() * (100 - Discount) / 100;
}

/// <summary>Thin steps for <c>Features/facturation.feature</c>.</summary>
[Binding]
public sealed class SampleInvoiceSteps(SampleInvoice invoice, IScenarioAttachments attachments)
{
    [Given("une facture vide")]
    public void Empty() => invoice.Lines.Should().BeEmpty();

    [Given("une ligne de {decimal} €")]
    [When("j'ajoute une ligne de {decimal} €")]
    public void Line(decimal amount) => invoice.Lines.Add(amount);

    [Given("les lignes")]
    public void Lines(DataTable table) => invoice.Lines.AddRange(table.Rows.Select(r => decimal.Parse(r["montant"].Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture)));

    [When("j'applique une remise de {int} %")]
    public void Discount(int percent) => invoice.Discount = percent;

    [Then("le total est de {decimal} €")]
    public void Total(decimal expected)
    {
        attachments.AttachJson("facture", invoice);
        invoice.Total.Should().Be(expected);
    }

    [Then("aucune remise n'est appliquée")]
    public void NoDiscount() => invoice.Discount.Should().Be(0);
}

/// <summary>Thin steps for <c>Features/en/notes.feature</c>.</summary>
[Binding]
public sealed class SampleNoteSteps
{
    private string _note = "";

    [Given("a note")]
    public void Note(string body) => _note = body;

    [Then("the note has {int} line(s)")]
    public void LineCount(int count) => _note.Split('\n').Should().HaveCount(count);
}
