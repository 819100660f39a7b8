using System.Text;
using Verification.Derivations;
using Verification.Derivations.Entries;
using Verification.Documents.Comparisons;
using Verification.Documents.Markdown;
using Verification.Symbolic.Claims;
using Verification.TestSupport;

namespace Verification.Documents.Tests.Comparisons;

/// <summary>The numeric tables at their fixed inputs: the derived formula, our kernel and finite differences must agree.</summary>
public sealed class ComparisonTableTests
{
    public static TheoryData<string> Comparisons => new(KernelComparisons.All.Select(static c => c.EntryId));

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void TheDerivedFormulaAgreesWithOurKernelAndTheFiniteDifference(string entryId)
    {
        var rows = ComparisonTable.Rows(Statement(entryId), KernelComparisons.For(entryId)!);

        Assert.All(rows, static row =>
        {
            // Absolute: the formula σ(1 − σ) loses relative accuracy in the tails (1 − σ cancels), the kernel does not.
            Assert.True(row.Difference <= 1e-12, $"formula {row.Derived} vs kernel {row.Kernel}");
            Assert.True(double.IsNaN(row.FiniteDifference) || Math.Abs(row.FiniteDifference - row.Kernel) <= 1e-6, $"finite difference {row.FiniteDifference} vs kernel {row.Kernel}");
        });
    }

    [Fact]
    public void EveryNumericTableMatchesItsSnapshot()
    {
        var text = new StringBuilder();
        foreach (var comparison in KernelComparisons.All)
        {
            var markdown = new MarkdownWriter().Heading(2, comparison.EntryId);
            ComparisonTable.Write(markdown, Statement(comparison.EntryId), comparison);
            text.Append(markdown).Append('\n');
        }

        Snapshot.Match(text.ToString(), "numeric-tables", "md");
    }

    [Fact]
    public void NumbersRoundTripExactly()
    {
        double[] values = [0.1, 1.0 / 3, 9.357622968838425E-14, double.Epsilon, -0.0];

        Assert.All(values, static v => Assert.Equal(v, double.Parse(Numbers.RoundTrip(v), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("0.30000000000000004", Numbers.RoundTrip(0.1 + 0.2));
    }

    private static IdentityClaim Statement(string entryId) => ((Derivation)Catalog.Get(entryId)).Statement;
}
