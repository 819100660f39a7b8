using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Printing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Printing;

/// <summary>
/// The indexed nodes one at a time, taken from the left side of a general claim: index deltas,
/// entries at n − 1, Σ bodies, derivatives by an entry and the vector functions at general n.
/// </summary>
public class IndexedExpressionPrintingTests
{
    /// <summary>Left side of a claim at general n with indices i, j, k, its claim-language text and its LaTeX.</summary>
    private static readonly (string Expression, string Text, string Latex)[] Rows =
    [
        ("delta(i, j)", "delta(i, j)", @"\delta_{ij}"),

        // Two one-character indices run together; anything longer is kept apart by a comma.
        ("delta(i, 0)", "delta(i, 0)", @"\delta_{i0}"),
        ("delta(i, n-1)", "delta(i, n - 1)", @"\delta_{i,n-1}"),
        ("delta(n-1, j)", "delta(n - 1, j)", @"\delta_{n-1,j}"),
        ("z[n-2] * z[k]", "z[n - 2] * z[k]", @"z_{n-2} \cdot z_{k}"),

        // A Σ binds its body at product level: a sum body needs brackets, a product does not.
        ("sum(m in 0..n-1: y[m] + z[m])", "sum(m in 0..n - 1: y[m] + z[m])", @"\sum_{m=0}^{n-1} \left(y_{m} + z_{m}\right)"),
        ("sum(m in 1..n-2: 2 * z[m])", "sum(m in 1..n - 2: 2 * z[m])", @"\sum_{m=1}^{n-2} 2 z_{m}"),
        ("sum(m in 0..n-1: delta(i, m) * z[m])", "sum(m in 0..n - 1: delta(i, m) * z[m])", @"\sum_{m=0}^{n-1} \delta_{im} \cdot z_{m}"),
        ("exp(sum(m in 0..n-1: z[m]))", "exp(sum(m in 0..n - 1: z[m]))", @"\exp\left(\sum_{m=0}^{n-1} z_{m}\right)"),

        // A derivative reaches to the right: its body is bracketed unless it is an atom or another derivative.
        ("diff(z[i] * z[j], z[k])", "diff(z[i] * z[j], z[k])", @"\frac{\partial}{\partial z_{k}} \left(z_{i} \cdot z_{j}\right)"),
        ("diff(diff(logsumexp(z), z[i]), z[j])", "diff(diff(logsumexp(z), z[i]), z[j])", @"\frac{\partial}{\partial z_{j}} \frac{\partial}{\partial z_{i}} \operatorname{logsumexp}\left(z\right)"),
        ("diff(logsumexp(z), z[n-1])", "diff(logsumexp(z), z[n - 1])", @"\frac{\partial}{\partial z_{n-1}} \operatorname{logsumexp}\left(z\right)"),

        // Vector functions of an elementwise expression, and a number juxtaposed with a component.
        ("log_softmax(2 * z, j)", "log_softmax(2 * z, j)", @"\log\operatorname{softmax}\left(2 z\right)_{j}"),
        ("logsumexp(z - c)", "logsumexp(z - c)", @"\operatorname{logsumexp}\left(z - c\right)"),
        ("cross_entropy(z / t, y)", "cross_entropy(z / t, y)", @"\operatorname{CE}\left(\frac{z}{t}, y\right)"),
        ("3 * softmax(z, n-1)", "3 * softmax(z, n - 1)", @"3 \operatorname{softmax}\left(z\right)_{n-1}"),
    ];

    public static TheoryData<string, string> Texts => [.. Rows.Select(row => (row.Expression, row.Text))];

    public static TheoryData<string, string> Latex => [.. Rows.Select(row => (row.Expression, row.Latex))];

    public static TheoryData<string> Expressions => [.. Rows.Select(row => row.Expression)];

    [Theory]
    [MemberData(nameof(Texts))]
    public void PrintsTheClaimLanguageText(string expression, string text) =>
        Assert.Equal(text, PlainTextPrinter.Print(LeftSide(expression)));

    [Theory]
    [MemberData(nameof(Latex))]
    public void PrintsTheLatex(string expression, string latex) =>
        Assert.Equal(latex, LatexPrinter.Print(LeftSide(expression)));

    [Theory]
    [MemberData(nameof(Expressions))]
    public void PrintedTextParsesBackToTheSameTree(string expression)
    {
        var tree = LeftSide(expression);
        Assert.Equal(tree, LeftSide(PlainTextPrinter.Print(tree)));
    }

    /// <summary>
    /// A Σ inside a vector's element that rebinds the element's own index shadows it: its y[k] is the
    /// sum's entry, not the element's, and stays written with its subscript (the Σ, as the right
    /// operand of a plus, in brackets like any Σ there).
    /// </summary>
    [Fact]
    public void ASumRebindingTheElementIndexKeepsItsEntries()
    {
        var inner = new IndexedSum("k", new IndexConstant(0), new IndexFromEnd("n", 1), new Entry("y", new IndexVariable("k")));
        var softmax = new IndexedSoftmax(
            new ElementwiseVector("n", "k", new Add(new Entry("z", new IndexVariable("k")), inner)), new IndexVariable("i"));

        Assert.Equal("softmax(z + sum(k in 0..n - 1: y[k]), i)", PlainTextPrinter.Print(softmax));
        Assert.Equal(@"\operatorname{softmax}\left(z + \left(\sum_{k=0}^{n-1} y_{k}\right)\right)_{i}", LatexPrinter.Print(softmax));
    }

    /// <summary>An entry of a vector at another index than the element's is not the vector itself.</summary>
    [Fact]
    public void AnEntryAtAnotherIndexKeepsItsSubscript()
    {
        var softmax = new IndexedSoftmax(
            new ElementwiseVector("n", "k", new Add(new Entry("z", new IndexVariable("k")), new Entry("z", new IndexConstant(0)))), new IndexVariable("i"));

        Assert.Equal("softmax(z + z[0], i)", PlainTextPrinter.Print(softmax));
        Assert.Equal(@"\operatorname{softmax}\left(z + z_{0}\right)_{i}", LatexPrinter.Print(softmax));
    }

    // The right side passes z alone to logsumexp, which makes z a vector of length n for the left side too.
    private static Expr LeftSide(string expression)
    {
        var claim = ClaimParser.Parse($"for all n >= 3, i, j, k in 0..n-1: {expression} == logsumexp(z)").GetValueOrThrow();
        return Assert.IsType<GeneralClaim>(claim).Identity.Left;
    }
}
