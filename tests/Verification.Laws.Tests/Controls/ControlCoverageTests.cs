using System.Text;
using Verification.Laws.Controls;
using Verification.Laws.Results;

namespace Verification.Laws.Tests.Controls;

/// <summary>
/// Every law in the catalog can fail: some negative control fails it on the law's own generated inputs. A law no
/// broken implementation can fail would be a law that checks nothing.
/// </summary>
public class ControlCoverageTests(CatchMatrix matrix, ITestOutputHelper output) : IClassFixture<CatchMatrix>
{
    [Fact]
    public void EveryLawIsFailedByAtLeastOneNegativeControl()
    {
        var table = new StringBuilder();
        foreach (var law in LawCatalog.All)
        {
            var catchers = matrix.ControlsFailing(law);
            table.Append(law.Name).Append(": ").AppendLine(catchers.Count == 0 ? "NOT CAUGHT" : string.Join(", ", catchers));
        }

        output.WriteLine(table.ToString());
        Assert.All(LawCatalog.All, law => Assert.NotEmpty(matrix.ControlsFailing(law)));
    }

    [Fact]
    public void EveryControlFailsSomeLaw()
    {
        Assert.All(NegativeControls.All, control =>
            Assert.Contains(matrix.Results, entry => entry.Control == control && entry.Result is LawFails));
    }

    [Fact]
    public void FailuresCarryTheirCounterexample()
    {
        Assert.All(matrix.Results.Select(static entry => entry.Result).OfType<LawFails>(), static failure =>
        {
            Assert.NotEmpty(failure.Worst.Inputs);
            Assert.False(failure.Worst.MeasuredError <= failure.Worst.AllowedTolerance, failure.ToString());
        });
    }
}
