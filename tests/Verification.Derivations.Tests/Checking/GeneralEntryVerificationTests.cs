using Verification.Derivations.Checking;
using Verification.Derivations.Entries;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Expressions;

namespace Verification.Derivations.Tests.Checking;

/// <summary>
/// Every theorem for every n is proved by the engine's case argument (never by instances), each
/// keeps its worked examples at concrete n, and every family stated for n = 2..8 has its theorem.
/// </summary>
public class GeneralEntryVerificationTests
{
    public static TheoryData<string> GeneralEntryIds => [.. Derivations.Catalog.All.OfType<GeneralEntry>().Select(entry => entry.Id)];

    [Theory]
    [MemberData(nameof(GeneralEntryIds))]
    public void TheoremIsProvedForEveryNInEveryCase(string id)
    {
        var report = Assert.IsType<GeneralEntryReport>(CatalogVerifier.Verify(Derivations.Catalog.Get(id)));
        var decision = report.Result.Decision;

        Assert.True(report.Verified, decision.Verdict.ToString());
        Assert.IsType<Proved>(decision.Verdict);
        Assert.Null(decision.Counterexample);
        Assert.NotEmpty(decision.Cases);
        Assert.All(decision.Cases, argument =>
        {
            Assert.IsType<Proved>(argument.Verdict);
            Assert.NotNull(argument.Reduced);
        });
    }

    [Theory]
    [MemberData(nameof(GeneralEntryIds))]
    public void EveryRestSymbolOfAReducedIdentityIsExplained(string id)
    {
        var report = (GeneralEntryReport)CatalogVerifier.Verify(Derivations.Catalog.Get(id));
        Assert.All(report.Result.Decision.Cases, argument =>
        {
            var used = ExprTraversal.FreeSymbols(argument.Reduced!.Left, argument.Reduced.Right).Select(symbol => symbol.Name);
            var explained = argument.RestSums.Select(rest => rest.Symbol.Name).ToHashSet(StringComparer.Ordinal);
            Assert.All(used.Where(name => name.StartsWith("R_", StringComparison.Ordinal)), name => Assert.Contains(name, explained));
        });
    }

    [Fact]
    public void TheJacobianSplitsIntoTheDiagonalAndTheOffDiagonalCase()
    {
        var report = (GeneralEntryReport)CatalogVerifier.Verify(Derivations.Catalog.Get("softmax-jacobian-every-n"));

        Assert.Equal(["i = j", "i ≠ j"], report.Result.Decision.Cases.Select(argument => argument.Case));
        Assert.Equal([1, 2], report.Result.Decision.Cases.Select(argument => argument.NamedCount));
        Assert.Equal(1, report.Result.Claim.MinimumSize);
    }

    [Fact]
    public void WorkedExamplesAreEntriesOfTheCatalog()
    {
        var general = Derivations.Catalog.All.OfType<GeneralEntry>().ToList();
        Assert.All(general, entry => Assert.All(entry.WorkedExamples, id => Assert.NotNull(Derivations.Catalog.Get(id))));
    }

    /// <summary>
    /// Entries stated for n = 2..8 whose every-n form the claim language cannot write yet, with the
    /// reason; each must still exist in the catalog (so the list cannot go stale).
    /// </summary>
    private static readonly Dictionary<string, string> WithoutAnEveryNFormYet = new(StringComparer.Ordinal)
    {
        ["softmax-temperature-jacobian"] = "softmax(z, i, temperature: T) divides a whole vector by T; claims for every n have no elementwise vector arithmetic and no named arguments",
        ["cross-entropy-label-smoothing-gradient"] = "the smoothed targets (1 − ε)y + ε/n use n as a number, which claims for every n allow only in positions",
    };

    [Fact]
    public void EveryEntryWithoutAnEveryNFormIsInTheCatalog() =>
        Assert.All(WithoutAnEveryNFormYet.Keys, id => Assert.NotNull(Derivations.Catalog.Get(id)));

    [Fact]
    public void EveryFamilyStatedForEachConcreteNHasItsTheoremForEveryN()
    {
        var examples = Derivations.Catalog.All.OfType<GeneralEntry>().SelectMany(entry => entry.WorkedExamples).ToHashSet(StringComparer.Ordinal);
        var concrete = Derivations.Catalog.All.OfType<IdentityEntry>()
            .Where(entry => entry.Claims.Any(claim => claim.Explanation.StartsWith("n = ", StringComparison.Ordinal)))
            .Where(entry => !WithoutAnEveryNFormYet.ContainsKey(entry.Id))
            .Select(entry => entry.Id)
            .ToList();

        Assert.NotEmpty(concrete);
        Assert.All(concrete, id => Assert.Contains(id, examples));
    }

    [Fact]
    public void ATheoremThatIsNotAboutEveryNIsAnAuthoringError()
    {
        var entry = new GeneralEntry(
            "not-general", TheoremFamily.Softmax, "Not general", "A claim at one n.", new CheckedClaim("sigmoid(x) == 1 - sigmoid(-x)", "one identity"), []);

        Assert.Throws<ArgumentException>(() => CatalogVerifier.Verify(entry));
    }
}
