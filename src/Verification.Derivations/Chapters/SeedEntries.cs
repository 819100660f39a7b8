using System.Globalization;

namespace Verification.Derivations.Chapters;

/// <summary>
/// Every mathematical claim of the seed Q&amp;A threads, as posted (right or wrong), with its source
/// file and quote; the verdict is the engine's. Claims come from the embedded seed fixture; only the
/// titles are written here, one per claim in file order. Then the threads' Jacobian formulas read for
/// every n (from <c>seed-claims-every-n.txt</c>), settled by the engine's argument for every n or by a
/// counterexample at a concrete n.
/// </summary>
internal static class SeedEntries
{
    private static readonly ImmutableArray<string> Titles =
    [
        "Softmax with one zero weight row is σ of each logit",
        "σ(z₁) = e^(z₁)/(e^(z₁) + 1)",
        "σ(z₂) = 1/(e^(z₁) + 1)",
        "Which sigmoid head gives the softmax prediction?",
        "σ' = σ(1 − σ)",
        "The softmax derivative by the quotient rule",
        "The factored softmax derivative",
        "The cross-entropy gradient is a − y",
        "Shifting the logits does not change softmax",
        "Two-class softmax is the sigmoid",
        "softmax(x)₀ = 1/(1 + e^(x₁ − x₀))",
        "softmax(x)₀ = σ(x₀)?",
        "The sigmoid head of a two-class softmax head",
        "Independent sigmoids have a diagonal Jacobian",
        "The posted diagonal of the softmax Jacobian",
        "The posted off-diagonal of the softmax Jacobian, j < i",
        "The posted off-diagonal of the softmax Jacobian, j > i",
        "Softmax units sum to one",
        "Softmax is the sigmoid of each logit?",
        "Softmax is the multinomial logit",
    ];

    private static readonly ImmutableArray<string> EveryNTitles =
    [
        "The softmax derivative by the quotient rule, for every n",
        "The factored softmax derivative, for every n",
        "The posted diagonal of the softmax Jacobian, for every n",
        "The posted off-diagonal of the softmax Jacobian, for every n",
    ];

    public static ImmutableArray<CatalogEntry> All { get; } =
    [
        .. Build(SeedFixture.Text, Titles, string.Empty, static (thread, ordinal) => $"Claim {ordinal} of thread {thread}, as posted; the verdict is the engine's."),
        .. Build(
            SeedFixture.EveryNText,
            EveryNTitles,
            "every-n-",
            static (thread, _) => $"Thread {thread}'s formula read for every number of inputs n, not only the n = 3 of the post; the verdict is the engine's, for every n or with a counterexample at a concrete n."),
    ];

    /// <param name="text">A seed claims file.</param>
    /// <param name="titles">One title per claim, in file order.</param>
    /// <param name="reading">What the ids say after the thread: nothing for the claims as posted, <c>every-n-</c> for their every-n reading.</param>
    /// <param name="summary">The summary, from the thread's number and the claim's ordinal in its file.</param>
    private static IEnumerable<CatalogEntry> Build(string text, ImmutableArray<string> titles, string reading, Func<string, int, string> summary)
    {
        var claims = SeedFixture.Read(text);
        if (claims.Length != titles.Length)
        {
            throw new InvalidOperationException($"a seed claims file has {claims.Length} claims but {titles.Length} titles are written");
        }

        return claims.Select((claim, index) => Entry(claim, titles[index], claims.Take(index).Count(c => c.SourceFile == claim.SourceFile) + 1, reading, summary));
    }

    private static SeedAuditEntry Entry(SeedFixture.SeedClaim claim, string title, int ordinalInFile, string reading, Func<string, int, string> summary)
    {
        var thread = claim.SourceFile[..3];
        return new SeedAuditEntry(
            string.Create(CultureInfo.InvariantCulture, $"seed-{thread}-{reading}{ordinalInFile}"),
            TheoremFamily.Seeds,
            title,
            summary(thread, ordinalInFile),
            claim.SourceFile,
            claim.Quote,
            new CheckedClaim(claim.ClaimText, claim.Quote));
    }
}
