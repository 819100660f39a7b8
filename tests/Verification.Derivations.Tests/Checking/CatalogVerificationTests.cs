using Verification.Derivations.Checking;

namespace Verification.Derivations.Tests.Checking;

/// <summary>Every entry of the catalog is established by the engine at test time.</summary>
public class CatalogVerificationTests
{
    public static TheoryData<string> EntryIds => [.. Derivations.Catalog.All.Select(entry => entry.Id)];

    [Theory]
    [MemberData(nameof(EntryIds))]
    public void EntryIsVerified(string id)
    {
        var report = CatalogVerifier.Verify(Derivations.Catalog.Get(id));
        Assert.True(report.Verified, Describe(report));
    }

    [Fact]
    public void IdsAreUniqueAndKebabCase()
    {
        var ids = Derivations.Catalog.All.Select(entry => entry.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
    }

    [Fact]
    public void EveryEntryAndStepExplainsItself()
    {
        Assert.All(Derivations.Catalog.All, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Title), entry.Id);
            Assert.False(string.IsNullOrWhiteSpace(entry.Summary), entry.Id);
        });
        var steps = Derivations.Catalog.All.OfType<Derivations.Entries.Derivation>().SelectMany(d => d.Steps).ToList();
        Assert.All(steps, step => Assert.False(string.IsNullOrWhiteSpace(step.Rule) || string.IsNullOrWhiteSpace(step.Explanation), step.Expression.ToString()));
    }

    [Fact]
    public void ChaptersComeInTheirOrder()
    {
        var families = Derivations.Catalog.All.Select(entry => entry.Family).ToList();
        Assert.Equal(families.Order(), families);
        Assert.Equal(Enum.GetValues<Derivations.Entries.TheoremFamily>(), families.Distinct());
    }

    private static string Describe(EntryReport report) => report switch
    {
        DerivationReport derivation when derivation.FirstFailure is { } failure =>
            $"link {failure.Index} ({failure.Link.Left} == {failure.Link.Right}): {failure.Verdict}",
        _ => report.ToString(),
    };
}
