using Verification.Symbolic.Claims;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Printing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Printing;

/// <summary>
/// Claims at general n, the form the catalog's every-n chapter prints into the paper: the quantifier
/// header (size, indices, hypotheses) and the indexed nodes (softmax components, z[i], sums over i,
/// derivatives by an entry) in both notations.
/// </summary>
public class GeneralClaimPrintingTests
{
    /// <summary>Claim text, the claim-language text it prints as, and the LaTeX it prints as.</summary>
    private static readonly (string Claim, string Text, string Latex)[] Rows =
    [
        // The softmax Jacobian: ∂s_i/∂z_j = s_i (δ_ij − s_j).
        (
            "for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) - softmax(z, j))",
            "for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) - softmax(z, j))",
            @"\text{for all } n \ge 1,\ i, j \in \{0, \ldots, n - 1\}:\; \frac{\partial}{\partial z_{j}} \operatorname{softmax}\left(z\right)_{i} = \operatorname{softmax}\left(z\right)_{i} \cdot \left(\delta_{ij} - \operatorname{softmax}\left(z\right)_{j}\right)"),

        // Σ_i s_i = 1: no index variables, so no "i ∈ {…}" part; the sum's upper bound is n − 1.
        (
            "for all n >= 1: sum(i in 0..n-1: softmax(z, i)) == 1",
            "for all n >= 1: sum(i in 0..n - 1: softmax(z, i)) == 1",
            @"\text{for all } n \ge 1:\; \sum_{i=0}^{n-1} \operatorname{softmax}\left(z\right)_{i} = 1"),

        // The cross-entropy gradient under the hypothesis that the targets sum to one.
        (
            "for all n >= 1, j in 0..n-1: diff(cross_entropy(z, y), z[j]) == softmax(z, j) - y[j] where sum(k in 0..n-1: y[k]) == 1",
            "for all n >= 1, j in 0..n-1: diff(cross_entropy(z, y), z[j]) == softmax(z, j) - y[j] where sum(k in 0..n - 1: y[k]) == 1",
            @"\text{for all } n \ge 1,\ j \in \{0, \ldots, n - 1\}:\; \frac{\partial}{\partial z_{j}} \operatorname{CE}\left(z, y\right) = \operatorname{softmax}\left(z\right)_{j} - y_{j} \quad \text{where } \sum_{k=0}^{n-1} y_{k} = 1"),

        // log softmax_i = z_i − logsumexp(z), from n = 2.
        (
            "for all n >= 2, i in 0..n-1: log_softmax(z, i) == z[i] - logsumexp(z)",
            "for all n >= 2, i in 0..n-1: log_softmax(z, i) == z[i] - logsumexp(z)",
            @"\text{for all } n \ge 2,\ i \in \{0, \ldots, n - 1\}:\; \log\operatorname{softmax}\left(z\right)_{i} = z_{i} - \operatorname{logsumexp}\left(z\right)"),

        // Shift invariance: the vector argument z + c is written as its element, c added to every entry.
        (
            "for all n >= 1, i in 0..n-1: softmax(z + c, i) == softmax(z, i)",
            "for all n >= 1, i in 0..n-1: softmax(z + c, i) == softmax(z, i)",
            @"\text{for all } n \ge 1,\ i \in \{0, \ldots, n - 1\}:\; \operatorname{softmax}\left(z + c\right)_{i} = \operatorname{softmax}\left(z\right)_{i}"),

        // The vector-Jacobian product: the derivative as a factor is bracketed (it reaches to the
        // right), the Σ as the right operand of a minus is bracketed, its product body is not.
        (
            "for all n >= 1, j in 0..n-1: sum(i in 0..n-1: g[i] * diff(softmax(z, i), z[j])) == softmax(z, j) * (g[j] - sum(i in 0..n-1: softmax(z, i) * g[i]))",
            "for all n >= 1, j in 0..n-1: sum(i in 0..n - 1: g[i] * diff(softmax(z, i), z[j])) == softmax(z, j) * (g[j] - sum(i in 0..n - 1: softmax(z, i) * g[i]))",
            @"\text{for all } n \ge 1,\ j \in \{0, \ldots, n - 1\}:\; \sum_{i=0}^{n-1} g_{i} \cdot \left(\frac{\partial}{\partial z_{j}} \operatorname{softmax}\left(z\right)_{i}\right) = \operatorname{softmax}\left(z\right)_{j} \cdot \left(g_{j} - \left(\sum_{i=0}^{n-1} \operatorname{softmax}\left(z\right)_{i} \cdot g_{i}\right)\right)"),

        // Two components written out: softmax_0 = σ(z_0 − z_1) when n = 2, the last entry as z[n-1].
        (
            "for all n >= 2: softmax(z, 0) == sigmoid(z[0] - z[n-1])",
            "for all n >= 2: softmax(z, 0) == sigmoid(z[0] - z[n - 1])",
            @"\text{for all } n \ge 2:\; \operatorname{softmax}\left(z\right)_{0} = \sigma\left(z_{0} - z_{n-1}\right)"),
    ];

    public static TheoryData<string, string> Texts => [.. Rows.Select(row => (row.Claim, row.Text))];

    public static TheoryData<string, string> Latex => [.. Rows.Select(row => (row.Claim, row.Latex))];

    public static TheoryData<string> ClaimTexts => [.. Rows.Select(row => row.Claim)];

    [Theory]
    [MemberData(nameof(Texts))]
    public void PrintsTheClaimLanguageText(string claim, string text) =>
        Assert.Equal(text, PlainTextPrinter.Print(ParseClaim(claim)));

    [Theory]
    [MemberData(nameof(Latex))]
    public void PrintsTheLatex(string claim, string latex) =>
        Assert.Equal(latex, LatexPrinter.Print(ParseClaim(claim)));

    [Theory]
    [MemberData(nameof(ClaimTexts))]
    public void PrintedTextParsesBackToTheSameClaim(string claim)
    {
        var parsed = Assert.IsType<GeneralClaim>(ParseClaim(claim));
        var back = Assert.IsType<GeneralClaim>(ClaimParser.Parse(PlainTextPrinter.Print(parsed)).GetValueOrThrow());
        Assert.Equal((parsed.Size, parsed.MinimumSize, parsed.Identity), (back.Size, back.MinimumSize, back.Identity));
        Assert.Equal(parsed.Indices, back.Indices);
        Assert.Equal(parsed.Hypotheses, back.Hypotheses);
    }
}
