using Verification.Derivations.Checking;

namespace Verification.Derivations.Tests.Catalog;

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

    private static string Describe(EntryReport report) => report switch
    {
        DerivationReport derivation when derivation.FirstFailure is { } failure =>
            $"link {failure.Index} ({failure.Link.Left} == {failure.Link.Right}): {failure.Verdict}",
        _ => report.ToString(),
    };
}
