using Verification.Laws;

namespace Verification.Derivations.Tests.LawReferences;

/// <summary>Every law of the audit says which catalog entry proves what it checks, or why none does.</summary>
public class LawCatalogReferenceTests
{
    public static TheoryData<string> LawNames => [.. LawCatalog.All.Select(law => law.Name)];

    [Theory]
    [MemberData(nameof(LawNames))]
    public void LawNamesAnExistingEntryOrGivesAReason(string name)
    {
        var provedBy = LawCatalog.Find(name)!.ProvedBy;
        if (provedBy.EntryId is { } id)
        {
            Assert.Equal(id, Derivations.Catalog.Get(id).Id);
            Assert.Empty(provedBy.Reason);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(provedBy.Reason), $"{name} names no catalog entry and gives no reason");
        }
    }

    [Fact]
    public void FloatAndDoubleVersionsOfALawNameTheSameEntry()
    {
        Assert.All(
            LawCatalog.All.GroupBy(law => law.Id),
            versions => Assert.Single(versions.Select(law => law.ProvedBy).Distinct()));
    }
}
