using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Printing;
using Verification.Symbolic.Tests.Fixtures;

namespace Verification.Symbolic.Tests.Decision;

/// <summary>
/// Every claim of the seed threads settled: the verdicts below were worked out by hand from the
/// posts (see the comments in the fixture), not copied from the engine.
/// </summary>
public class SeedVerdictTests
{
    public static TheoryData<int, string> Expected => new()
    {
        { 0, "refuted" },   // 000: with w2 = 0, softmax(z)_2 = 1/(e^z1 + 1), not σ(z2)
        { 1, "proved" },    // 000: σ(z1) = e^z1/(e^z1 + 1)
        { 2, "refuted" },   // 000: σ(z2) = 1/(e^z1 + 1) mislabels 1 − σ(z1)
        { 3, "w1 = v11 - v21; w2 = v12 - v22; b = c1 - c2" }, // 000: the question, answered
        { 4, "proved" },    // 001: σ' = σ(1 − σ)
        { 5, "proved" },    // 001: quotient rule for softmax over x, y, z
        { 6, "proved" },    // 001: factored form of the same
        { 7, "proved" },    // 001: cross-entropy gradient a − y when Σy = 1
        { 8, "proved" },    // 001: shift invariance
        { 9, "proved" },    // 001: 2-class softmax = σ(z0 − z1)
        { 10, "proved" },   // 001: softmax(x)_0 = 1/(1 + e^(x1 − x0))
        { 11, "refuted" },  // 001: softmax(x)_0 ≠ σ(x0) in general
        { 12, "w = w0 - w1; b = b0 - b1" }, // 001: w' = w0 − w1, b' = b0 − b1
        { 13, "proved" },   // 002: independent sigmoids have a diagonal Jacobian
        { 14, "refuted" },  // 002: the diagonal formula sums x_j instead of e^(x_j)
        { 15, "proved" },   // 002: off-diagonal −e^(xi + xj)/S², j < i
        { 16, "proved" },   // 002: off-diagonal, j > i
        { 17, "proved" },   // 003: softmax sums to 1
        { 18, "refuted" },  // 004: softmax is not the sigmoid of its own logit
        { 19, "proved" },   // 004: softmax is the multinomial logit
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void SeedClaimHasItsVerdict(int index, string expected)
    {
        var line = ClaimParser.ParseFile(SeedClaimsFile.Text)[index];
        var result = ClaimChecker.Check(line.Result.GetValueOrThrow());
        Assert.Equal(expected, Describe(result));
    }

    private static string Describe(CheckResult result) => result switch
    {
        IdentityChecked identity => Describe(identity.Verdict),
        FamilyChecked family => Describe(family.Summary),
        EquivalenceChecked { Result: EquivalenceSolutions { Families: [var family] } } =>
            string.Join("; ", family.Assignments.Select(a => $"{a.Unknown.Name} = {PlainTextPrinter.Print(a.Value)}")),
        _ => result.ToString(),
    };

    private static string Describe(Verdict verdict) => verdict switch
    {
        Proved => "proved",
        Refuted => "refuted",
        Unknown unknown => "unknown: " + unknown.Reason,
        _ => verdict.ToString(),
    };
}
