using Verification.Derivations.Checking;
using Verification.Derivations.Entries;
using Verification.Symbolic;
using Verification.Symbolic.Equivalence;

namespace Verification.Derivations.Tests.Chapters.Seeds;

/// <summary>
/// The seed audit's verdicts, worked out by hand from the posts (the same reading as
/// Verification.Symbolic.Tests' SeedVerdictTests), compared with what the catalog computes.
/// </summary>
public class SeedAuditVerdictTests
{
    public static TheoryData<string, string, string> Expected => new()
    {
        { "seed-000-1", "000_aeb398d921d8d7ea.txt", "refuted" },   // with w2 = 0, softmax(z)_2 = 1/(e^z1 + 1), not σ(z2)
        { "seed-000-2", "000_aeb398d921d8d7ea.txt", "proved" },
        { "seed-000-3", "000_aeb398d921d8d7ea.txt", "refuted" },   // 1/(e^z1 + 1) is 1 − σ(z1), not σ(z2)
        { "seed-000-4", "000_aeb398d921d8d7ea.txt", "w1 = v11 - v21; w2 = v12 - v22; b = c1 - c2" },
        { "seed-001-1", "001_7d660d61d9f405ac.txt", "proved" },
        { "seed-001-2", "001_7d660d61d9f405ac.txt", "proved" },
        { "seed-001-3", "001_7d660d61d9f405ac.txt", "proved" },
        { "seed-001-4", "001_7d660d61d9f405ac.txt", "proved" },
        { "seed-001-5", "001_7d660d61d9f405ac.txt", "proved" },
        { "seed-001-6", "001_7d660d61d9f405ac.txt", "proved" },
        { "seed-001-7", "001_7d660d61d9f405ac.txt", "proved" },
        { "seed-001-8", "001_7d660d61d9f405ac.txt", "refuted" },   // softmax(x)_0 ≠ σ(x0) unless x1 = 0
        { "seed-001-9", "001_7d660d61d9f405ac.txt", "w = w0 - w1; b = b0 - b1" },
        { "seed-002-1", "002_a1822d6af50b93be.txt", "proved" },
        { "seed-002-2", "002_a1822d6af50b93be.txt", "refuted" },   // sums x_j where e^(x_j) belongs
        { "seed-002-3", "002_a1822d6af50b93be.txt", "proved" },
        { "seed-002-4", "002_a1822d6af50b93be.txt", "proved" },
        { "seed-003-1", "003_77334b5fab611832.txt", "proved" },
        { "seed-004-1", "004_133b4d9dc8bdd7d5.txt", "refuted" },   // softmax is not σ of its own logit
        { "seed-004-2", "004_133b4d9dc8bdd7d5.txt", "proved" },
        { "seed-001-every-n-1", "001_7d660d61d9f405ac.txt", "proved" },
        { "seed-001-every-n-2", "001_7d660d61d9f405ac.txt", "proved" },
        { "seed-002-every-n-1", "002_a1822d6af50b93be.txt", "refuted" },   // at n = 2: Σ x_j where Σ e^(x_j) belongs
        { "seed-002-every-n-2", "002_a1822d6af50b93be.txt", "proved" },    // off the diagonal, for every n
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void SeedClaimHasItsVerdict(string id, string sourceFile, string expected)
    {
        var report = Assert.IsType<SeedAuditReport>(CatalogVerifier.Verify(Derivations.Catalog.Get(id)));
        Assert.Equal(sourceFile, report.Seed.SourceFile);
        var actual = report.Result is EquivalenceChecked { Result: EquivalenceSolutions solutions }
            ? SolverAnswers.Describe(solutions)
            : report.Verdict;
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EverySeedClaimIsAudited() =>
        Assert.Equal(Expected.Count, Derivations.Catalog.All.OfType<SeedAuditEntry>().Count());
}
